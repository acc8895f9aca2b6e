/**
 * `report import`: filled forms (.xlsx, or a CSV exported from one sheet) back into data/<YYYY-MM>/<sector>.yaml.
 * Everything is read and checked first; one wrong cell and nothing is written. The files it changes and the month's
 * record (month-record.ts) are written together, all or none.
 */
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
import { parseSource } from '../yaml-source.js';
import { writeOutputs, type OutputFile } from '../write.js';
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
    return { grids: [], problems: [new ReportError({ code: 'LOAD_READ_FAILED', params: { reason: reasonOf(e) }, file: shown }, { cause: e })] };
  }
  if (extname(path).toLowerCase() === '.csv') {
    // a CSV saved as UTF-8 (with or without BOM) is text; anything else is named as the encoding problem it is
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\uFFFD')) return { grids: [], problems: [new ReportError({ code: 'LOAD_FILE_NOT_UTF8', params: { byte: '?' }, file: shown })] };
    return { grids: [csvGrid(text)], problems: [] };
  }
  try {
    const { readWorkbook } = await import('../forms/workbook.js');
    return { grids: await readWorkbook(bytes), problems: [] };
  } catch (e) {
    return { grids: [], problems: [new ReportError({ code: 'IMPORT_UNREADABLE', params: { reason: reasonOf(e) }, file: shown }, { cause: e })] };
  }
}

/** Check a form's identity: this month, and a department that owns the sector (and the file name, when it names one). */
function identityProblems(sheet: FormSheet, fileName: string, period: Period, departments: ReadonlySet<string>): ReportError[] {
  const month = periodId(period);
  const problems: ReportError[] = [];
  if (sheet.month !== month) problems.push(new ReportError({ code: 'IMPORT_WRONG_MONTH', params: { form: sheet.month, month }, file: sheet.where }));
  if (sheet.department !== sheet.sector.department)
    problems.push(new ReportError({ code: 'IMPORT_WRONG_DEPARTMENT', params: { form: sheet.department, sector: sheet.sector.title, owner: sheet.sector.department }, file: sheet.where }));
  const named = fileName.replace(/\.(xlsx|csv)$/i, '');
  if (departments.has(named) && named !== sheet.department)
    problems.push(new ReportError({ code: 'IMPORT_WRONG_DEPARTMENT', params: { form: sheet.department, file: fileName, owner: named }, file: sheet.where }));
  return problems;
}

const show = (v: unknown) => (v === undefined ? '-' : Array.isArray(v) ? `[${v.length} ý]` : typeof v === 'string' ? JSON.stringify(v.length > 60 ? `${v.slice(0, 59)}…` : v) : String(v));

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
      if (other) problems.push(new ReportError({ code: 'IMPORT_DUPLICATE_SECTOR', params: { sector: sheet.sector.title, other: other.where }, file: where }));
      else if (refused.length === 0) bySector.set(sheet.sector.id, sheet);
    }
    if (grids.length > 0 && forms === 0 && !hasErrors(readProblems)) problems.push(new ReportError({ code: 'IMPORT_NOT_A_FORM', params: { month }, file: shown }));
  }

  const outputs: OutputFile[] = [];
  const changes: { file: string; change: Change }[] = [];
  const record = readRecord(monthDir);
  const imported: Record<string, Imported> = { ...record.imported };
  // the day of sending; SOURCE_DATE_EPOCH fixes it (reproducible runs, tests)
  const date = (io.env?.['SOURCE_DATE_EPOCH'] ? docxStamp(period, io.env) : new Date()).toISOString().slice(0, 10);
  for (const sheet of bySector.values()) {
    const name = sectorFile(sheet.sector.id);
    const shown = `${shownDir}/${name}`;
    const loaded = loadFile(join(monthDir, name), shown, name);
    if (loaded.parsed.problems.some((p) => p.code === 'LOAD_READ_FAILED' && p.params['reason'] === 'ENOENT')) {
      problems.push(new ReportError({ code: 'IMPORT_NO_DATA_FILE', params: { path: shown, title: sheet.sector.title, month }, file: sheet.where }));
      continue;
    }
    problems.push(...loaded.parsed.problems);
    const source = loaded.parsed.source;
    if (!source) continue;
    const applied = applyEntries(source.text, sheet.entries);
    if (!applied) continue; // not one mapping: the parse problems above say why
    for (const e of applied.unplaced)
      problems.push(new ReportError({ code: 'IMPORT_KEY_MISSING', params: { key: e.path.join('.'), label: e.path[1] }, file: e.where, dataPath: [...e.path] }));
    // the file as it would be written, checked as `report check` checks it; a problem at a cell's path names the cell
    const parsed = parseSource(shown, Buffer.from(applied.text, 'utf8'));
    problems.push(...parsed.problems);
    if (parsed.source) {
      const cells = new Map(sheet.entries.map((e) => [e.path.join('.'), e.where]));
      const checked = validateSource(parsed.source, registry.sectorSchema(sheet.sector.id), new Map(Object.entries(sheet.sector.indicators)));
      for (const p of checked.problems) {
        const key = p.dataPath.join('.');
        if (sheet.rejected.has(key)) continue; // the cell's own problem is already reported
        const cell = cells.get(key);
        // a figure no one has entered yet is for `report check` to insist on; the import of the others goes ahead
        const severity = p.code === 'VALIDATE_EMPTY' ? 'warning' : p.severity;
        problems.push(cell ? p.movedTo({ file: cell, severity }) : p.movedTo({ file: p.file, line: p.line, column: p.column, severity }));
      }
    }
    for (const change of applied.changes) changes.push({ file: shown, change });
    if (applied.changes.length > 0) {
      outputs.push({ name, data: applied.text });
      imported[name] = { date, from: basename(sheet.where.split(IN_FILE)[0]!), sha256: sha256(applied.text) };
    }
  }

  io.err(formatDiagnostics(problems, 'text', io));
  const vi = io.lang === 'vi';
  if (hasErrors(problems)) {
    io.err(vi ? 'Không ghi tệp nào: sửa các ô trên rồi nhập lại.\n' : 'Nothing was written: correct the cells above and import again.\n');
    return 1;
  }
  for (const { file, change } of changes)
    io.out(`${file}  ${change.path.join('.')}: ${show(change.before)} → ${show(change.after)}  (${change.where})\n`);
  if (options.dryRun) {
    io.err(vi ? `Chạy thử: ${changes.length} giá trị sẽ thay đổi trong ${outputs.length} tệp; chưa ghi gì.\n` : `Dry run: ${changes.length} value(s) would change in ${outputs.length} file(s); nothing written.\n`);
    return 0;
  }
  if (outputs.length > 0) writeOutputs(monthDir, shownDir, [...outputs, { name: RECORD_FILE, data: recordText({ init: record.init, imported }) }]);
  io.err(vi
    ? `Đã nhập ${changes.length} giá trị vào ${outputs.length} tệp. Tiếp theo: report status ${month}, report check ${month}\n`
    : `Imported ${changes.length} value(s) into ${outputs.length} file(s). Next: report status ${month}, report check ${month}\n`);
  return 0;
}
