/**
 * `report import`: filled forms (.xlsx, or a CSV exported from one sheet) back into data/<YYYY-MM>/<sector>.yaml.
 * Everything is read and checked first; one wrong cell and nothing is written. The files it changes and the month's
 * record (month-record.ts) are written together, all or none.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { RunContext } from '../pipeline.js';
import { displayPath, posixPath } from '../display-path.js';
import { hasErrors, IN_FILE, ReportError } from '../errors.js';
import { formatDiagnostics } from '../format-error.js';
import { applyEntries, type Change } from '../forms/apply.js';
import { csvGrid, type Grid } from '../forms/grid.js';
import { readForm, type FormSheet } from '../forms/read-form.js';
import { sectorFile } from '../data-layout.js';
import { loadFile, requireDataDir } from '../load.js';
import { RECORD_FILE, readRecord, recordText, sha256, type Imported } from '../month-record.js';
import { periodId, type Period } from '../period.js';
import { validateSource } from '../validate.js';
import { parseSource, type SourceFile } from '../yaml-source.js';
import { writeOutputs, type OutputFile } from '../write.js';
import { checkRules } from '../rules.js';
import { words } from '../messages.js';
import type { Registry } from '../registry.js';
import type { SectorData } from '../sector-schema.js';
import { docxStamp } from './build.js';
import type { Io } from './io.js';

export interface ImportOptions {
  readonly period: Period;
  readonly files: readonly string[];
  readonly dryRun?: boolean;
  readonly context: RunContext;
}

const reasonOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/** The sheets of one file: every sheet of a workbook, or the one sheet a CSV was exported from. */
async function readGrids(path: string, shown: string): Promise<{ grids: Grid[]; problems: ReportError[] }> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return {
      grids: [],
      problems: [new ReportError({ code: 'LOAD_READ_FAILED', params: { reason: reasonOf(e) }, file: shown }, { cause: e })],
    };
  }
  if (extname(path).toLowerCase() === '.csv') {
    // UTF-8 (Excel's "CSV UTF-8", LibreOffice), else Excel's plain "CSV" in a Vietnamese Windows: code page 1258, whose
    // tone marks are combining characters (NFC joins them to the letters)
    const text = new TextDecoder(isUtf8(bytes) ? 'utf-8' : 'windows-1258').decode(bytes).normalize('NFC');
    return { grids: [csvGrid(text)], problems: [] };
  }
  try {
    const { readWorkbook } = await import('../forms/workbook.js');
    return { grids: await readWorkbook(bytes), problems: [] };
  } catch (e) {
    return {
      grids: [],
      problems: [new ReportError({ code: 'IMPORT_UNREADABLE', params: { reason: reasonOf(e) }, file: shown }, { cause: e })],
    };
  }
}

/** Check a form's identity: this month, and a department that owns the sector (and the file name, when it names one). */
function identityProblems(sheet: FormSheet, fileName: string, period: Period, departments: ReadonlySet<string>): ReportError[] {
  const month = periodId(period);
  const problems: ReportError[] = [];
  if (sheet.month !== month)
    problems.push(new ReportError({ code: 'IMPORT_WRONG_MONTH', params: { form: sheet.month, month }, file: sheet.where }));
  if (sheet.department !== sheet.sector.department)
    problems.push(
      new ReportError({
        code: 'IMPORT_WRONG_DEPARTMENT',
        params: { form: sheet.department, sector: sheet.sector.title, owner: sheet.sector.department },
        file: sheet.where,
      }),
    );
  const named = fileName.replace(/\.(xlsx|csv)$/i, '');
  if (departments.has(named) && named !== sheet.department)
    problems.push(
      new ReportError({
        code: 'IMPORT_WRONG_DEPARTMENT',
        params: { form: sheet.department, file: fileName, owner: named },
        file: sheet.where,
      }),
    );
  return problems;
}

interface SheetResult {
  readonly sheet: FormSheet;
  /** The sector file as shown: data/2021-03/agriculture.yaml. */
  readonly shown: string;
  readonly output: { readonly name: string; readonly data: string } | null;
  readonly changes: readonly Change[];
  readonly problems: readonly ReportError[];
  /** The file as it would be written, parsed: what the consistency rules read. */
  readonly source: SourceFile | null;
}

/** A problem of the file as it would be written, shown at the cell its value came from when there is one. */
function atCell(p: ReportError, sheet: FormSheet, severity = p.severity): ReportError | null {
  const key = p.dataPath.join('.');
  if (sheet.rejected.has(key)) return null; // the cell's own problem is already reported
  const cell = sheet.entries.find((e) => e.path.join('.') === key)?.where;
  return cell ? p.movedTo({ file: cell, severity }) : p.movedTo({ file: p.file, line: p.line, column: p.column, severity });
}

/** One sheet's values written into its sector's file in memory, and the file then checked as `report check` checks it. */
function applySheet(registry: Registry, sheet: FormSheet, monthDir: string, shownDir: string, month: string): SheetResult {
  const name = sectorFile(sheet.sector.id);
  const shown = `${shownDir}/${name}`;
  const none = { sheet, shown, output: null, changes: [], source: null };
  const loaded = loadFile(join(monthDir, name), shown, name);
  if (loaded.parsed.problems.some((p) => p.code === 'LOAD_READ_FAILED' && p.params['reason'] === 'ENOENT'))
    return {
      ...none,
      problems: [
        new ReportError({ code: 'IMPORT_NO_DATA_FILE', params: { path: shown, title: sheet.sector.title, month }, file: sheet.where }),
      ],
    };
  const problems = [...loaded.parsed.problems];
  const applied = loaded.parsed.source && applyEntries(loaded.parsed.source.text, sheet.entries);
  // not one mapping: the parse problems say why
  if (!applied) return { ...none, problems };
  for (const e of applied.unplaced)
    problems.push(
      new ReportError({
        code: 'IMPORT_KEY_MISSING',
        params: { key: e.path.join('.'), label: e.path[1] },
        file: e.where,
        dataPath: [...e.path],
      }),
    );
  const parsed = parseSource(shown, Buffer.from(applied.text, 'utf8'));
  problems.push(...parsed.problems);
  if (parsed.source) {
    const checked = validateSource(parsed.source, registry.sectorSchema(sheet.sector.id), new Map(Object.entries(sheet.sector.indicators)));
    // a figure no one has entered yet is for `report check` to insist on; the import of the others goes ahead
    for (const p of checked.problems) {
      const moved = atCell(p, sheet, p.code === 'VALIDATE_EMPTY' ? 'warning' : p.severity);
      if (moved) problems.push(moved);
    }
  }
  const output = applied.changes.length > 0 ? { name, data: applied.text } : null;
  return { sheet, shown, output, changes: applied.changes, problems, source: parsed.source };
}

/**
 * The imported sectors' consistency rules (parts adding up to their total, a part within its whole) over the figures
 * filled so far: a total that disagrees with its parts is refused like a wrong cell. Rules against the plan are left
 * to `report check`.
 */
function ruleProblems(registry: Registry, period: Period, results: readonly SheetResult[]): ReportError[] {
  const sectors: Record<string, SectorData> = {};
  const sources = new Map<string, SourceFile>();
  for (const r of results) {
    if (!r.source) continue;
    const figures = (r.source.data as { chi_tieu?: Record<string, unknown> } | null)?.chi_tieu ?? {};
    sectors[r.sheet.sector.id] = {
      chi_tieu: Object.fromEntries(Object.entries(figures).filter((e): e is [string, number] => typeof e[1] === 'number')),
    };
    sources.set(r.sheet.sector.id, r.source);
  }
  const rules = results.flatMap((r) => r.sheet.sector.rules ?? []);
  const bySource = new Map(results.map((r) => [r.shown, r.sheet]));
  return checkRules(registry, { period, report: null, sectors }, sources, null, rules).flatMap((p) => {
    const sheet = p.file ? bySource.get(p.file) : undefined;
    return sheet ? (atCell(p, sheet) ?? []) : [p];
  });
}

export async function importForms(options: ImportOptions, io: Io): Promise<number> {
  const { period } = options;
  const { dataDir, registry } = options.context;
  const { sectors } = registry;
  requireDataDir(dataDir);
  for (const f of options.files) {
    if (!/\.(xlsx|csv)$/i.test(f)) throw new ReportError({ code: 'IMPORT_FILE_TYPE', params: { path: posixPath(f) } });
  }
  const month = periodId(period);
  const monthDir = join(dataDir, month);
  const shownDir = displayPath(dataDir, month);
  const departments = new Set(sectors.map((s) => s.department));
  const problems: ReportError[] = [];
  const bySector = new Map<string, FormSheet>();

  for (const file of options.files) {
    const shown = posixPath(file);
    const { grids, problems: readProblems } = await readGrids(file, shown);
    problems.push(...readProblems);
    let forms = 0;
    for (const grid of grids) {
      const where = grid.sheet === null ? shown : `${shown}${IN_FILE}${grid.sheet}`;
      const { sheet, problems: sheetProblems } = readForm(where, grid, sectors);
      problems.push(...sheetProblems);
      if (!sheet) continue;
      forms++;
      const refused = identityProblems(sheet, basename(shown), period, departments);
      problems.push(...refused);
      const other = bySector.get(sheet.sector.id);
      if (other)
        problems.push(
          new ReportError({ code: 'IMPORT_DUPLICATE_SECTOR', params: { sector: sheet.sector.title, other: other.where }, file: where }),
        );
      else if (refused.length === 0) bySector.set(sheet.sector.id, sheet);
    }
    if (grids.length > 0 && forms === 0 && !hasErrors(readProblems))
      problems.push(new ReportError({ code: 'IMPORT_NOT_A_FORM', params: { month }, file: shown }));
  }

  const record = readRecord(monthDir);
  const imported: Record<string, Imported> = { ...record.imported };
  // the day of sending; SOURCE_DATE_EPOCH fixes it (reproducible runs, tests)
  const date = (io.env?.['SOURCE_DATE_EPOCH'] ? docxStamp(period, io.env) : new Date()).toISOString().slice(0, 10);
  const results = [...bySector.values()].map((sheet) => applySheet(registry, sheet, monthDir, shownDir, month));
  problems.push(...results.flatMap((r) => r.problems));
  problems.push(...ruleProblems(registry, period, results));
  const outputs: OutputFile[] = [];
  for (const r of results) {
    if (!r.output) continue;
    outputs.push(r.output);
    imported[r.output.name] = { date, from: basename(r.sheet.where.split(IN_FILE)[0]!), sha256: sha256(r.output.data) };
  }
  const changes = results.flatMap((r) => r.changes.map((change) => ({ file: r.shown, change })));

  io.err(formatDiagnostics(problems, 'text', io));
  const t = words(io.lang);
  if (hasErrors(problems)) {
    io.err(`${t('IMPORT_NOTHING_WRITTEN')}\n`);
    return 1;
  }
  const show = (v: unknown) =>
    v === undefined
      ? '-'
      : Array.isArray(v)
        ? t('IMPORT_LIST_ITEMS', { count: v.length })
        : typeof v === 'string'
          ? JSON.stringify(v.length > 60 ? `${v.slice(0, 59)}…` : v)
          : String(v);
  for (const { file, change } of changes)
    io.out(`${file}  ${change.path.join('.')}: ${show(change.before)} → ${show(change.after)}  (${change.where})\n`);
  if (options.dryRun) {
    io.err(`${t('IMPORT_DRY_RUN', { values: changes.length, files: outputs.length })}\n`);
    return 0;
  }
  if (outputs.length > 0)
    writeOutputs(monthDir, shownDir, [...outputs, { name: RECORD_FILE, data: recordText({ init: record.init, imported }) }]);
  io.err(`${t('IMPORT_DONE', { values: changes.length, files: outputs.length, month })}\n`);
  return 0;
}
