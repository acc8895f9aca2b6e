/**
 * The departments' forms as data: which workbook holds which sectors, and what each sheet shows, row by row and cell
 * by cell. Pure; the sector definitions come in as a parameter. The writer (workbook.ts) lays this out, the reader
 * (read-form.ts) finds the same rows and cells again, in an .xlsx or in a CSV exported from one sheet.
 */
import type { IndicatorDef, SectorDef } from '../definitions.js';
import { periodId, twoDigits, type Period } from '../period.js';

/** The identity row: its first cell says what the row is; the next three hold the month, the department and the sector. */
export const IDENTITY_MARK = 'Mã biểu (không sửa)';
export const IDENTITY_ROW = 5;
/** The column headings sit on this row; figures start on the next. */
export const HEADER_ROW = 7;
/** Columns: code, label, unit, last month, same month last year, plan, year to date before this month, input. */
export const COLUMNS = { code: 1, label: 2, unit: 3, prev: 4, samePeriod: 5, plan: 6, ytd: 7, input: 8 } as const;
/** Most characters Excel allows in a sheet name; longer names make it ask to repair the file. */
const SHEET_NAME_MAX = 31;

/** A figure's row: what the department reads and where it types the month's value. */
export interface FigureRow {
  readonly kind: 'figure';
  /** chi_tieu.<id> */
  readonly code: string;
  readonly id: string;
  readonly def: IndicatorDef;
  readonly prev: number | null;
  readonly samePeriod: number | null;
  readonly plan: number | null;
  readonly ytd: number | null;
  /** The value the month's file already holds (a form sent again), else null. */
  readonly value: number | null;
}

/** A narrative row: a text, a list (one item per line in the cell) or a date (YYYY-MM-DD). */
export interface TextRow {
  readonly kind: 'text' | 'list' | 'date';
  /** noi_dung.<id> */
  readonly code: string;
  readonly id: string;
  readonly label: string;
  readonly value: string | null;
}

type FormRow = FigureRow | TextRow;

export interface SheetModel {
  readonly name: string;
  readonly sector: SectorDef;
  readonly rows: readonly FormRow[];
}

export interface WorkbookModel {
  /** File name: <department>.xlsx. */
  readonly file: string;
  readonly department: string;
  readonly departmentName: string;
  readonly office: string;
  readonly period: Period;
  /** Day the department sends by (the report's data cut-off), DD/MM/YYYY, or null when report.yaml has none. */
  readonly deadline: string | null;
  readonly sheets: readonly SheetModel[];
}

/** Values the form shows next to a figure, from the months and plan already validated. */
export interface FigureContext {
  readonly prev: (id: string) => number | null;
  readonly samePeriod: (id: string) => number | null;
  readonly plan: (id: string) => number | null;
  readonly ytd: (id: string) => number | null;
}

/** What the month's file holds now, read leniently: a number or text already there is shown, anything else left empty. */
export type CurrentData = (
  sector: string,
) => { chi_tieu?: Readonly<Record<string, unknown>>; noi_dung?: Readonly<Record<string, unknown>> } | null;

/** The sectors of each department, departments in the order of their first sector. */
function departmentSectors(sectors: readonly SectorDef[]): Map<string, SectorDef[]> {
  const out = new Map<string, SectorDef[]>();
  for (const s of sectors) out.set(s.department, [...(out.get(s.department) ?? []), s]);
  return out;
}

const workbookFile = (department: string): string => `${department}.xlsx`;

/** Excel refuses []:*?/\ in sheet names and more than 31 characters (it offers to repair the file). */
function sheetName(title: string): string {
  const name = title.replace(/[[\]:*?/\\]/g, '-');
  if (name.length <= SHEET_NAME_MAX) return name;
  // cut at a word, without the comma or dash left hanging: "Công tác Văn hoá - Thể thao"
  return name.slice(0, name.lastIndexOf(' ', SHEET_NAME_MAX)).replace(/[\s,;-]+$/, '');
}

/** Figures entered by hand: rates are computed from their ratio and never typed. */
export const enteredFigures = (sector: SectorDef): [string, IndicatorDef][] =>
  Object.entries(sector.indicators).filter(([, def]) => def.accumulate !== 'rate');

function textValue(v: unknown, kind: TextRow['kind']): string | null {
  if (kind === 'list') return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.join('\n') : null;
  return typeof v === 'string' ? v : null;
}

function sheetModel(sector: SectorDef, context: FigureContext, current: CurrentData): SheetModel {
  const data = current(sector.id);
  const figures: FigureRow[] = enteredFigures(sector).map(([id, def]) => {
    const v = data?.chi_tieu?.[id];
    return {
      kind: 'figure',
      code: `chi_tieu.${id}`,
      id,
      def,
      value: typeof v === 'number' && Number.isFinite(v) ? v : null,
      prev: context.prev(id),
      samePeriod: context.samePeriod(id),
      plan: context.plan(id),
      ytd: context.ytd(id),
    };
  });
  const text = (kind: TextRow['kind'], entries: Readonly<Record<string, string>> | undefined): TextRow[] =>
    Object.entries(entries ?? {}).map(([id, label]) => ({
      kind,
      code: `noi_dung.${id}`,
      id,
      label,
      value: textValue(data?.noi_dung?.[id], kind),
    }));
  return {
    name: sheetName(sector.title),
    sector,
    rows: [...figures, ...text('text', sector.texts), ...text('list', sector.lists), ...text('date', sector.dates)],
  };
}

export interface DistrictNames {
  readonly office: string;
  readonly departments: Readonly<Record<string, string>>;
}

/** One workbook per department. */
export function workbookModels(
  sectors: readonly SectorDef[],
  period: Period,
  names: DistrictNames,
  deadline: string | null,
  context: FigureContext,
  current: CurrentData,
): WorkbookModel[] {
  return [...departmentSectors(sectors)].map(([department, owned]) => ({
    file: workbookFile(department),
    department,
    departmentName: names.departments[department] ?? department,
    office: names.office,
    period,
    deadline,
    sheets: owned.map((s) => sheetModel(s, context, current)),
  }));
}

/** "01/2021" */
export const monthTitle = (p: Period): string => `${twoDigits(p.month)}/${p.year}`;

/** The identity cells as written and read back: the month, the department and the sector, after IDENTITY_MARK. */
export const identityCells = (period: Period, department: string, sector: string): string[] => [
  IDENTITY_MARK,
  periodId(period),
  department,
  sector,
];

/** "A1"-style address of a 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  let letters = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}
