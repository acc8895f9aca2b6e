/**
 * `report status`: each file of a month as the office follows the departments: not sent, still as `init` made it,
 * sent and valid, sent with errors, or extra; who owes it and when it was sent. Spreadsheets dropped into the month
 * folder are named with the command that takes them in.
 */
import { join } from 'node:path';
import type { ReportError } from '../errors.js';
import { visible } from '../format-error.js';
import { lastChanges, type LastChange } from '../file-dates.js';
import { displayPath } from '../display-path.js';
import { words, type PlainCode } from '../messages.js';
import { addMonths, comparePeriods, periodId, type Period } from '../period.js';
import { misnamedFile, REPORT_FILE, sectorFile } from '../data-layout.js';
import { validateMonth, type RunContext } from '../pipeline.js';
import type { Registry } from '../registry.js';
import { readFolder, type LoadedInputs } from '../load.js';
import { readRecord, sendings, type Sending } from '../month-record.js';
import type { Io } from './io.js';

export interface StatusOptions {
  readonly context: RunContext;
  readonly period: Period;
}

export type FileState = 'ok' | 'textNotUpdated' | 'missing' | 'copied' | 'invalid' | 'extra' | 'spreadsheet';

export interface StatusRow {
  readonly name: string;
  readonly state: FileState;
  readonly errors: number;
  readonly warnings: number;
  readonly department: string | null;
  /** When it was sent: the import's date from the month's record, else the file's last change (git or file date). */
  readonly changed: { readonly date: string; readonly source: LastChange['source'] | 'import' } | null;
}

const STATE_TEXT = {
  ok: 'STATUS_OK',
  textNotUpdated: 'STATUS_TEXT_NOT_UPDATED',
  missing: 'STATUS_MISSING',
  copied: 'STATUS_COPIED',
  invalid: 'STATUS_INVALID',
  extra: 'STATUS_EXTRA',
} as const satisfies Record<Exclude<FileState, 'spreadsheet'>, PlainCode>;

/** Files a department may send instead of YAML: `report import` takes .xlsx and .csv, the others after saving as .xlsx. */
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|csv)$/i;

/**
 * The files whose narrative is word for word last month's (a sector's noi_dung, report.yaml's mo_dau), read leniently
 * from the parsed files: a department that sent new figures under last month's sentences. Pure.
 */
export function textNotUpdated(loaded: LoadedInputs): Set<string> {
  const previous = addMonths(loaded.month.period, -1);
  const before = loaded.history.find((m) => comparePeriods(m.period, previous) === 0);
  const narrative = (data: unknown, name: string): string | null => {
    const value = (data as Record<string, unknown> | null)?.[name === REPORT_FILE ? 'mo_dau' : 'noi_dung'];
    return value === undefined ? null : JSON.stringify(value);
  };
  const out = new Set<string>();
  for (const f of loaded.month.files) {
    const text = narrative(f.parsed.source?.data ?? null, f.name);
    const old = before?.files.find((g) => g.name === f.name);
    if (text !== null && old && text === narrative(old.parsed.source?.data ?? null, f.name)) out.add(f.name);
  }
  return out;
}

/** The department per file id from district.yaml, read leniently: status must work while district.yaml is being fixed. */
function departments(data: unknown): Record<string, string> {
  const map = (data as { phong_ban?: unknown } | null)?.phong_ban;
  if (typeof map !== 'object' || map === null) return {};
  return Object.fromEntries(Object.entries(map).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/**
 * One row per expected file (report.yaml, then the sectors in report order), then the extra files and the
 * spreadsheets. A file unchanged since `init` made it is not sent yet, whatever it holds. Pure.
 */
export function statusRows(
  registry: Registry,
  present: readonly string[],
  monthDir: string,
  problems: readonly ReportError[],
  owners: Readonly<Record<string, string>>,
  changes: ReadonlyMap<string, LastChange>,
  sent: ReadonlyMap<string, Sending> = new Map(),
  spreadsheets: readonly string[] = [],
  oldText: ReadonlySet<string> = new Set(),
): StatusRow[] {
  const count = (name: string, severity: 'error' | 'warning') =>
    problems.filter((p) => p.file === `${monthDir}/${name}` && p.severity === severity && p.code !== 'LOAD_FILE_MISSING').length;
  const row = (name: string, departmentKey: string | null, expected: boolean): StatusRow => {
    const exists = present.includes(name);
    const copied = sent.get(name)?.state === 'init';
    const errors = exists && !copied ? count(name, 'error') : 0;
    const state: FileState = !exists
      ? 'missing'
      : !expected
        ? 'extra'
        : copied
          ? 'copied'
          : errors > 0
            ? 'invalid'
            : oldText.has(name)
              ? 'textNotUpdated'
              : 'ok';
    const imported = sent.get(name)?.date;
    const changed = copied ? null : imported ? { date: imported, source: 'import' as const } : (changes.get(name) ?? null);
    return {
      name,
      state,
      errors,
      warnings: exists && expected && !copied ? count(name, 'warning') : 0,
      department: departmentKey === null ? null : (owners[departmentKey] ?? null),
      changed,
    };
  };
  // an expected file present only under a name differing in case or extension (agriculture.yml) is that file, not missing
  const actual = (name: string) =>
    present.includes(name) ? name : (present.find((n) => misnamedFile(registry, n)?.expected === name) ?? name);
  const expected = [
    row(actual(REPORT_FILE), 'report', true),
    ...registry.sectors.map((s) => row(actual(sectorFile(s.id)), s.department, true)),
  ];
  const known = new Set(expected.map((r) => r.name));
  const sheets = spreadsheets.map((name): StatusRow => {
    // agriculture.xlsx is the agriculture department's form; a CSV is named after its sheet, so it stays unknown
    const department = registry.sectors.find((s) => `${s.department}.xlsx` === name)?.department;
    return {
      name,
      state: 'spreadsheet',
      errors: 0,
      warnings: 0,
      department: department ? (owners[department] ?? department) : null,
      changed: changes.get(name) ?? null,
    };
  });
  return [...expected, ...present.filter((n) => !known.has(n)).map((n) => row(n, null, false)), ...sheets];
}

/** The table as printed: aligned columns, "-" for unknown cells, mtime dates marked. */
export function formatStatusTable(rows: readonly StatusRow[], lang: 'vi' | 'en', month = ''): string {
  const t = words(lang);
  const head = [t('STATUS_HEAD_FILE'), t('STATUS_HEAD_STATE'), t('STATUS_HEAD_OWNER'), t('STATUS_HEAD_CHANGED')];
  const cells = rows.map((r) => {
    const counts = t('STATUS_COUNTS', { errors: r.errors, warnings: r.warnings });
    const state = `${r.state === 'spreadsheet' ? t('STATUS_SPREADSHEET', { month, name: r.name, save: !/\.(xlsx|csv)$/i.test(r.name) }) : t(STATE_TEXT[r.state])}${counts ? ` (${counts})` : ''}`;
    const changed = r.changed ? `${r.changed.date}${r.changed.source === 'mtime' ? '*' : ''}` : '-';
    // file names and departments are the user's text: escape sequences in them must not drive the terminal
    return [r.name, state, r.department ?? '-', changed].map(visible);
  });
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((s, i) => (i === c.length - 1 ? s : s.padEnd(widths[i]!))).join('  ');
  const note = rows.some((r) => r.changed?.source === 'mtime') ? [t('STATUS_MTIME_NOTE')] : [];
  return [line(head), ...cells.map(line), ...note].join('\n') + '\n';
}

export async function status(options: StatusOptions, io: Io): Promise<number> {
  const { registry, dataDir } = options.context;
  const { loaded, result: validated } = validateMonth(options.context, options.period, { paceMargin: null });
  const problems = validated.ok ? validated.warnings : [...validated.errors, ...validated.warnings];
  const present = loaded.month.files.map((f) => f.name);
  const id = periodId(options.period);
  const monthDir = join(dataDir, id);
  const spreadsheets = readFolder(monthDir, loaded.month.dir)
    .filter((n) => SPREADSHEET.test(n))
    .sort();
  const rows = statusRows(
    registry,
    present,
    loaded.month.dir,
    problems,
    departments(loaded.district?.parsed.source?.data ?? null),
    lastChanges(monthDir, [...present, ...spreadsheets]),
    sendings(monthDir, present, readRecord(monthDir)),
    spreadsheets,
    textNotUpdated(loaded),
  );

  const t = words(io.lang);
  io.out(`${t('STATUS_TITLE', { month: id, dir: visible(displayPath(dataDir, id)) })}\n\n`);
  io.out(formatStatusTable(rows, io.lang, id));
  const expected = rows.filter((r) => r.state !== 'extra' && r.state !== 'spreadsheet');
  // last month's words are valid data: the file counts as sent, its state says the text is worth a look
  const done = expected.filter((r) => r.state === 'ok' || r.state === 'textNotUpdated').length;
  // errors outside the month's files (district.yaml, the plan) also stop a build
  const elsewhere = [
    ...new Set(
      problems.filter((p) => p.severity === 'error' && !p.file?.startsWith(`${loaded.month.dir}/`)).map((p) => visible(p.file ?? '-')),
    ),
  ];
  io.out(`\n${t('STATUS_DONE', { done, expected: expected.length, elsewhere })}\n`);
  const complete = done === expected.length && validated.ok;
  if (!complete) io.err(`${t('STATUS_DETAILS', { month: id })}\n`);
  return complete ? 0 : 1;
}
