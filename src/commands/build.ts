/** `report build`: load → validate → aggregate → render → write. */
import { join, resolve } from 'node:path';
import { convertToPdf, requireSoffice } from '../convert-pdf.js';
import { posixPath } from '../display-path.js';
import { ReportError, type ReportError as RE } from '../errors.js';
import { formatDiagnostics } from '../format-error.js';
import { periodId, type Period } from '../period.js';
import { renderMonthDocument, type MonthOptions, type RunContext } from '../pipeline.js';
import { writeMarkdown } from '../render-markdown.js';
import { checkOutputDir, isInside, writeOutputs, type OutputFile, type WriteHooks } from '../write.js';
import { checkFreshness } from './freshness.js';
import type { Io } from './io.js';

export type OutputFormat = 'md' | 'docx' | 'pdf';

export interface BuildOptions extends MonthOptions {
  readonly context: RunContext;
  readonly period: Period;
  /** Output folder; default out/<YYYY-MM>. */
  readonly outDir?: string;
  readonly formats: readonly OutputFormat[];
  readonly hooks?: WriteHooks;
  /** Compare the fresh outputs with those in the output folder instead of writing (build --check). */
  readonly check?: boolean;
  /** Date stamped into the DOCX metadata and zip entries; default the first day of the period (reproducible builds). */
  readonly stamp?: Date;
  /** With check: compare with the output folder (default); false when nothing is committed to compare with. */
  readonly compare?: boolean;
  /** Fail (exit 1, nothing written) when a month it compares with is invalid: build --all. */
  readonly comparedMustBeValid?: boolean;
  /** Also write report-<YYYY-MM>.sources.json: where every number of the Markdown comes from (build --provenance). */
  readonly provenance?: boolean;
}

/** SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when set, else the first day of the period. */
export function docxStamp(period: Period, env: Readonly<Record<string, string | undefined>> = {}): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return new Date(Date.UTC(period.year, period.month - 1, 1));
  if (!/^\d{1,12}$/.test(epoch)) throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: `SOURCE_DATE_EPOCH=${epoch}` } });
  return new Date(Number(epoch) * 1000);
}

/** Build the outputs of one month in memory; returns them with the warnings, or the diagnostics that stop the build. */
export async function renderMonth(
  options: BuildOptions,
): Promise<{ files: OutputFile[]; warnings: readonly RE[] } | { errors: readonly RE[]; warnings: readonly RE[] }> {
  const rendered = renderMonthDocument(options.context, options.period, options);
  if (!rendered.ok) return { errors: rendered.errors, warnings: rendered.warnings };
  const document = rendered.value;
  const base = `report-${periodId(options.period)}`;
  const files: OutputFile[] = [];
  if (options.provenance) {
    // loaded only here: the map is not part of a plain build
    const { monthSources } = await import('./sources.js');
    const { sourcesJson } = await import('../sources-map.js');
    const { markdown, map } = monthSources(document, options.context, `${base}.md`);
    files.push({ name: `${base}.md`, data: markdown }, { name: `${base}.sources.json`, data: sourcesJson(map) });
  } else if (options.formats.includes('md')) files.push({ name: `${base}.md`, data: writeMarkdown(document) });
  if (options.formats.includes('docx') || options.formats.includes('pdf')) {
    // loaded only here: the docx library is the largest dependency and md-only builds never need it
    const { buildDocx } = await import('../docx-pack.js');
    files.push({ name: `${base}.docx`, data: await buildDocx(document, options.stamp ?? docxStamp(options.period)) });
  }
  return { files, warnings: rendered.warnings };
}

/** Build one month and write its outputs; prints written paths on stdout. Returns the exit code. */
/** The earlier months whose invalid data a month's year to date or comparisons leave out, from its warnings. */
const comparedInvalid = (warnings: readonly RE[]): string[] =>
  [
    ...new Set(
      warnings
        .filter((w) => w.code === 'VALIDATE_HISTORY_INVALID' || w.code === 'VALIDATE_HISTORY_FIGURE_INVALID')
        .map((w) => String(w.params.month)),
    ),
  ].sort();

export async function build(options: BuildOptions, io: Io): Promise<number> {
  // an empty --out would resolve to the current folder
  if (options.outDir !== undefined && options.outDir.trim() === '')
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: '--out ""' } });
  const outDir = options.outDir ?? join('out', periodId(options.period));
  if (isInside(outDir, options.context.dataDir)) throw new ReportError({ code: 'WRITE_INTO_DATA', params: { path: outDir } });
  // an output path that is a file (or under one) is a usage error before any work, not after the rendering
  const shownOut = posixPath(outDir);
  checkOutputDir(outDir, shownOut);
  const env = io.env ?? {};
  // fail before any work when the PDF cannot be made
  const soffice = options.formats.includes('pdf') ? requireSoffice(env) : null;
  const result = await renderMonth({ ...options, stamp: options.stamp ?? docxStamp(options.period, env) });
  const diagnostics = 'errors' in result ? [...result.errors, ...result.warnings] : result.warnings;
  io.err(formatDiagnostics(diagnostics, 'text', io));
  if ('errors' in result) return 1;
  // build --all: a report is only as good as the months it compares with
  const invalid = options.comparedMustBeValid ? comparedInvalid(result.warnings) : [];
  if (invalid.length > 0) {
    const problem = new ReportError({
      code: 'BUILD_COMPARED_MONTH_INVALID',
      params: { month: periodId(options.period), compared: invalid },
    });
    io.err(formatDiagnostics([problem], 'text', io));
    return 1;
  }
  if (options.check) {
    if (options.compare === false) return 0;
    return checkFreshness(
      resolve(outDir),
      shownOut,
      result.files,
      io,
      (path, state) =>
        new ReportError({ code: state === 'stale' ? 'BUILD_OUTPUT_STALE' : 'BUILD_OUTPUT_MISSING', params: { path }, file: path }),
    );
  }
  let files = result.files;
  if (soffice) {
    const docx = files.find((f) => f.name.endsWith('.docx'))!;
    const base = docx.name.replace(/\.docx$/, '');
    files = [...files, { name: `${base}.pdf`, data: await convertToPdf(soffice, docx.data as Uint8Array, base, env) }];
    // the DOCX was made only to print the PDF: written only when asked for
    if (!options.formats.includes('docx')) files = files.filter((f) => f !== docx);
  }
  const written = writeOutputs(resolve(outDir), shownOut, files, options.hooks);
  io.out(written.map((p) => `${p}\n`).join(''));
  return 0;
}
