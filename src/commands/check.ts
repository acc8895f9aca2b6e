/** `report check`: validate a month (all problems at once), prove it renders and proof-read its texts; writes only with --fix --write. */
import { basename, dirname, join } from 'node:path';
import { DISTRICT_FILE, monthFileKind, REPORT_FILE } from '../data-layout.js';
import { ReportError } from '../errors.js';
import { diagnosticsSummary, diagnosticsTable, formatDiagnostics, type DiagnosticFormat } from '../format-error.js';
import { lineStarts, templateTexts, yamlTexts, type TextFile } from '../located-text.js';
import { loadInputs, type LoadedFile } from '../load.js';
import { say } from '../messages.js';
import { periodId, type Period } from '../period.js';
import { renderMonthDocument, validateMonth, type RunContext } from '../pipeline.js';
import { fixFile, type FixedFile } from '../proofread-fix.js';
import { findingDiagnostic, proofread, type Finding } from '../proofread.js';
import { readTemplates } from '../templates.js';
import { unifiedDiff } from '../unified-diff.js';
import { appendToFile, stillReads, writeOutputs } from '../write.js';
import type { SourceFile } from '../yaml-source.js';
import type { Io } from './io.js';

export interface CheckOptions {
  readonly context: RunContext;
  readonly period: Period;
  readonly format: DiagnosticFormat;
  /** Warnings fail the check too. */
  readonly strict?: boolean;
  /** --pace-margin; default DEFAULT_PACE_MARGIN. */
  readonly paceMargin?: number;
  /** Print the proof-reader's corrections of the data files as a diff on stdout. */
  readonly fix?: boolean;
  /** With fix: write them. */
  readonly write?: boolean;
}

export async function check(options: CheckOptions, io: Io): Promise<number> {
  if (options.write && !options.fix)
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: say(io.lang, 'ARG_WRITE_NEEDS_FIX') } });
  if (options.fix && options.format !== 'text')
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: say(io.lang, 'ARG_FIX_TEXT_ONLY') } });
  const { context: ctx, period } = options;
  const loaded = loadInputs(ctx.dataDir, period, ctx.cache.loads);
  // a month without report.yaml is data later months compare with: its files are checked, nothing is rendered
  const dataOnly = !loaded.month.files.some((f) => f.name === REPORT_FILE);
  if (dataOnly) io.err(`${say(io.lang, 'CHECK_DATA_ONLY', { month: periodId(period) })}\n`);
  // otherwise rendered in memory to prove the templates render this month: a template error is thrown like build's
  const validated = dataOnly
    ? validateMonth(ctx, period, { paceMargin: options.paceMargin, dataOnly }).result
    : renderMonthDocument(ctx, period, { paceMargin: options.paceMargin });

  // the texts the report prints: the month's report and sector files (not a stray file), district.yaml and the templates
  // (a data-only month's own files only: it prints nothing with the district and the templates)
  const printed = [
    ...loaded.month.files.filter((f) => monthFileKind(ctx.registry, f.name) !== null),
    ...(dataOnly ? [] : [loaded.district]),
  ];
  const sources = printed.filter((f): f is LoadedFile & { parsed: { source: SourceFile } } => Boolean(f?.parsed.source));
  const templates = dataOnly ? [] : readTemplates(ctx.templatesDir);
  const files: TextFile[] = [
    ...sources.map((f) => yamlTexts(f.parsed.source)),
    ...templates.map((t) => templateTexts(t.file, t.text)),
    ...(dataOnly ? [] : ctx.registry.printedTexts),
  ];
  const findings = proofread(files);
  const starts = new Map(files.map((f) => [f.file, lineStarts(f.content)]));
  const proofWarnings = findings.map((f) => findingDiagnostic(f, starts.get(f.text.file)!));

  const diagnostics = [...(validated.ok ? validated.warnings : [...validated.errors, ...validated.warnings]), ...proofWarnings];
  // machine formats are the command's result: stdout; the human report is a diagnostic: stderr
  if (options.format === 'text') io.err(formatDiagnostics(diagnostics, 'text', io) || `${diagnosticsSummary(diagnostics, io.lang)}\n`);
  else io.out(formatDiagnostics(diagnostics, options.format, io));
  if (options.format === 'github') {
    // GitHub shows ten annotations of a step: the count says how many there are, the job summary lists them all
    io.out(`${diagnosticsSummary(diagnostics, io.lang)}\n`);
    const summaryFile = io.env?.['GITHUB_STEP_SUMMARY'];
    if (summaryFile) appendToFile(summaryFile, `${diagnosticsTable(diagnostics, io.lang)}\n`);
  }
  if (options.fix) {
    const paths = new Map(loaded.month.files.map((f) => [f.file, join(ctx.dataDir, periodId(period), f.name)]));
    if (loaded.district) paths.set(loaded.district.file, join(ctx.dataDir, DISTRICT_FILE));
    corrections(
      sources.map((f) => f.parsed.source),
      findings,
      paths,
      Boolean(options.write),
      io,
    );
  }
  if (!validated.ok) return 1;
  return options.strict && validated.warnings.length + findings.length > 0 ? 1 : 0;
}

/** --fix: each data file's corrections as a diff on stdout; with --write, written in place (a file changed since it was read is left alone). */
function corrections(
  sources: readonly SourceFile[],
  findings: readonly Finding[],
  paths: ReadonlyMap<string, string>,
  write: boolean,
  io: Io,
): void {
  const fixed = sources
    .map((s) =>
      fixFile(
        s,
        findings.filter((f) => f.text.file === s.file),
      ),
    )
    .filter((f): f is FixedFile => f !== null);
  io.out(fixed.map((f) => unifiedDiff(f.file, f.before, f.after)).join(''));
  if (!write) return;
  const problems: ReportError[] = [];
  // the files of one folder are replaced together or not at all
  const byFolder = new Map<string, FixedFile[]>();
  for (const f of fixed) {
    // the file as read must be the text the corrections apply to, byte for byte (no BOM, no decomposed letters, no edit since)
    if (stillReads(paths.get(f.file)!, f.before)) byFolder.set(dirname(f.file), [...(byFolder.get(dirname(f.file)) ?? []), f]);
    else
      problems.push(
        new ReportError({ code: 'PROOF_FIX_NOT_WRITTEN', severity: 'warning', file: f.file, params: { count: f.applied.length } }),
      );
  }
  for (const [shown, list] of byFolder)
    writeOutputs(
      dirname(paths.get(list[0]!.file)!),
      shown,
      list.map((f) => ({ name: basename(paths.get(f.file)!), data: f.after })),
    );
  const written = [...byFolder.values()]
    .flat()
    .map((f) => `${say(io.lang, 'CHECK_FIX_WRITTEN', { file: f.file, count: f.applied.length })}\n`);
  io.err(formatDiagnostics(problems, 'text', io) + written.join(''));
}
