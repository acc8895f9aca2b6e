/**
 * The appendix table of main indicators ("Biểu: Một số chỉ tiêu kinh tế - xã hội chủ yếu", official-format §9):
 * rows are the indicators flagged `appendix`, grouped by report field (I, II…), numbered 1, 2… within a group;
 * figures come from the model, every word (headers, group titles, notes) from the template. Pure.
 */
import type { Table, TableCell } from './document.js';
import { ReportError } from './errors.js';
import { printFigure, type FigurePart } from './figure-text.js';
import { formatFigure, formatNumber, roman, roundTo } from './format.js';
import type { AppendixGroup, FigureView, ReportModel } from './model.js';
import { partFields, statusOf, type SourceStatus } from './provenance.js';
import type { Registry } from './registry.js';
import { mark } from './spans.js';

/** The table's columns in order; the template names each one. */
export const APPENDIX_COLUMNS = ['stt', 'label', 'unit', 'plan', 'month', 'ytd', 'samePeriod', 'pctPlan', 'pctSamePeriod', 'note'] as const;
export type AppendixColumn = (typeof APPENDIX_COLUMNS)[number];

export interface AppendixLabels {
  readonly columns: Readonly<Record<AppendixColumn, string>>;
  /** Group row titles by report field; required for every field that has rows. */
  readonly groups: Readonly<Record<string, string>>;
  /** Note for a figure whose year to date lags its plan (--pace-margin). */
  readonly lagging: string;
  /** Note for a figure that is a value at a moment (a stock, a share of one), not the month's output: "Thực hiện tháng" does not describe it. */
  readonly pointInTime: string;
  /** Cell text where a figure cannot be computed (no data, no plan): one marker, never a blank or a 0. */
  readonly missing: string;
  /** Fraction digits of the two percent columns. */
  readonly pctDigits: number;
  /** Marker after a figure made of an illustrative or an inferred value (explained by a note under the table). */
  readonly markers: Readonly<Record<Exclude<SourceStatus, 'published'>, string>>;
}

/** The figure columns and the part of the figure each prints (the fields a part is made of: provenance.ts). */
const CELL_PART = {
  plan: 'plan',
  month: 'value',
  ytd: 'ytd',
  samePeriod: 'samePeriod',
  pctPlan: 'pctPlan',
  pctSamePeriod: 'pctSamePeriod',
} as const satisfies Partial<Record<AppendixColumn, FigurePart>>;
type SourcedColumn = keyof typeof CELL_PART;

const CELL_VALUE: Readonly<Record<SourcedColumn, (f: FigureView) => number | null>> = {
  plan: (f) => f.plan,
  month: (f) => f.value,
  ytd: (f) => f.ytd,
  samePeriod: (f) => f.samePeriod,
  pctPlan: (f) => f.pctPlan,
  pctSamePeriod: (f) => f.pctSamePeriod,
};

/** Whether a printed cell is made only of published values; an empty cell prints nothing to mark. */
function cellStatus(model: ReportModel, id: string, column: SourcedColumn): SourceStatus {
  const sources = model.sources[id]!;
  return CELL_VALUE[column](model.c[id]!) === null
    ? 'published'
    : statusOf(partFields(CELL_PART[column]).flatMap((field) => sources[field]));
}

/** One appendix column's figures that are not published, by status: what the notice under the title counts. */
export interface UnpublishedColumn {
  readonly column: SourcedColumn;
  /** The column's number under the headers: "(7)". */
  readonly number: string;
  readonly status: Exclude<SourceStatus, 'published'>;
  readonly count: number;
}

/** The appendix cells printed from an illustrative or inferred value, counted by column and status, in column order. */
export function unpublishedCells(model: ReportModel): UnpublishedColumn[] {
  const out: UnpublishedColumn[] = [];
  for (const column of Object.keys(CELL_PART) as SourcedColumn[]) {
    for (const status of ['illustrative', 'inferred'] as const) {
      const count = model.appendix.flatMap((g) => g.ids).filter((id) => cellStatus(model, id, column) === status).length;
      if (count > 0) out.push({ column, number: NUMBER_ROW[column].replace(/=.*/, ''), status, count });
    }
  }
  return out;
}

/** Column numbers under the headers, with the formulas of the computed columns: (8)=(6)/(4). */
const NUMBER_ROW: Readonly<Record<AppendixColumn, string>> = {
  stt: '(1)',
  label: '(2)',
  unit: '(3)',
  plan: '(4)',
  month: '(5)',
  ytd: '(6)',
  samePeriod: '(7)',
  pctPlan: '(8)=(6)/(4)',
  pctSamePeriod: '(9)=(6)/(7)',
  note: '(10)',
};

/** The indicators listed in the appendix, by the office's groups (report fields), in registry (report) order. */
export function appendixRows(registry: Registry): AppendixGroup[] {
  return registry.settings.groups
    .map((group) => ({
      group,
      ids: [...registry.indicators].filter(([, def]) => def.appendix && registry.sector(def.sector)?.group === group).map(([id]) => id),
    }))
    .filter((g) => g.ids.length > 0);
}

/** Build the table. Throws (a template error) when a group with rows has no title. */
export function indicatorTable(model: ReportModel, labels: AppendixLabels): Omit<Table, 'kind'> {
  const { missing, pctDigits, markers } = labels;
  const marker = (f: FigureView, column: SourcedColumn): string => {
    const status = cellStatus(model, f.id, column);
    return status === 'published' ? '' : ` ${markers[status]}`;
  };
  // a figure as the body writes it: "1.998" ha, not "1.998,00"
  const num = (f: FigureView, column: SourcedColumn): TableCell => {
    const v = CELL_VALUE[column](f);
    return { text: v === null ? missing : `${printFigure(f, CELL_PART[column], formatFigure(f, v))}${marker(f, column)}`, align: 'right' };
  };
  // the header says "%": cells carry the number only, every one with the column's digits (100,0 beside 84,1)
  const pct = (f: FigureView, column: SourcedColumn): TableCell => {
    const v = CELL_VALUE[column](f);
    return {
      text:
        v === null
          ? missing
          : `${printFigure(f, CELL_PART[column], formatNumber(roundTo(v, pctDigits), { decimals: pctDigits, fixed: true }))}${marker(f, column)}`,
      align: 'right',
    };
  };

  const head = [
    APPENDIX_COLUMNS.map((c): TableCell => ({ text: labels.columns[c], align: 'center', bold: true })),
    APPENDIX_COLUMNS.map((c): TableCell => ({ text: mark(NUMBER_ROW[c], { n: 'column' }), align: 'center' })),
  ];
  const rows: TableCell[][] = [];
  model.appendix.forEach(({ group, ids }, g) => {
    const title = labels.groups[group];
    if (title === undefined)
      throw new ReportError({ code: 'RENDER_HELPER_HASH_MISSING', params: { helper: 'indicatorTable', key: group } });
    rows.push([
      { text: roman(g + 1), align: 'center', bold: true },
      { text: title, bold: true },
      ...APPENDIX_COLUMNS.slice(2).map(() => ({ text: '' })),
    ]);
    ids.forEach((id, i) => {
      const f = model.c[id]!;
      rows.push([
        { text: mark(String(i + 1), { n: 'row' }), align: 'center' },
        { text: printFigure(f, 'label', f.label) },
        { text: printFigure(f, 'unit', f.unit), align: 'center' },
        num(f, 'plan'),
        num(f, 'month'),
        num(f, 'ytd'),
        num(f, 'samePeriod'),
        pct(f, 'pctPlan'),
        pct(f, 'pctSamePeriod'),
        { text: [f.pointInTime ? labels.pointInTime : '', f.lagging ? labels.lagging : ''].filter(Boolean).join('; ') },
      ]);
    });
  });
  return { head, rows };
}
