/**
 * Where every figure comes from: the file, line and column of each value a figure is made of, and whether that
 * source is published, illustrative (sample history) or inferred (a value worked out, not stated). Data files say so
 * themselves: `nguon` for the whole file, `nguon_chi_tieu` for single values (it wins). Pure.
 */
import './zod-config.js';
import * as z from 'zod';
import { monthOf } from './accumulate.js';
import type { FigurePart } from './figure-text.js';
import type { FigureSources, Inputs, Month, ReportModel, SourcedField } from './model.js';
import { addMonths, type Period } from './period.js';
import type { Registry } from './registry.js';
import { mark, unmark, type SpanRecord } from './spans.js';
import { locate, type SourceFile } from './yaml-source.js';

/** The words a data file uses for its source; unmarked files are published. */
const SOURCE_STATUSES = { cong_bo: 'published', minh_hoa: 'illustrative', suy_ra: 'inferred' } as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[keyof typeof SOURCE_STATUSES];
const StatusSchema = z.enum(['cong_bo', 'minh_hoa', 'suy_ra']);

/** The two keys any data file with figures may carry, given the ids of its figures. */
export function sourceMarkSchema(ids: readonly string[]): Record<string, z.ZodType> {
  return {
    nguon: StatusSchema.optional().describe(
      'Nguồn số liệu của cả tệp: cong_bo (đã công bố, mặc định), minh_hoa (minh họa), suy_ra (suy ra)',
    ),
    nguon_chi_tieu: z
      .strictObject(Object.fromEntries(ids.map((id) => [id, StatusSchema.optional()])))
      .optional()
      .describe('Nguồn của từng chỉ tiêu, khi khác nguồn của cả tệp'),
  };
}
export interface SourceMarks {
  nguon?: keyof typeof SOURCE_STATUSES;
  nguon_chi_tieu?: Record<string, keyof typeof SOURCE_STATUSES | undefined>;
}

/** One value a figure is made of. */
export interface FigureSource {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly status: SourceStatus;
  /** The figure id the value is entered under. */
  readonly id: string;
  readonly value: number;
}

/**
 * The status a file gives one of its values (read from the parsed file: a salvaged earlier month keeps only figures);
 * an id the file does not mark individually (or '') takes the file's.
 */
export function statusIn(source: SourceFile, id: string): SourceStatus {
  const marks = (source.data ?? {}) as SourceMarks;
  return SOURCE_STATUSES[marks.nguon_chi_tieu?.[id] ?? marks.nguon ?? 'cong_bo'] ?? 'published';
}

function entered(source: SourceFile | undefined, id: string, value: unknown): FigureSource[] {
  if (!source || typeof value !== 'number') return [];
  return [{ file: source.file, ...locate(source, ['chi_tieu', id]), status: statusIn(source, id), id, value }];
}

/** The entered values one month's figure is made of (a rate: its numerator's and denominator's). */
function valueSources(registry: Registry, month: Month | undefined, id: string): FigureSource[] {
  const def = registry.indicators.get(id);
  if (!def || !month) return [];
  if (def.accumulate === 'rate')
    return def.ratio
      ? [...valueSources(registry, month, def.ratio.numerator), ...valueSources(registry, month, def.ratio.denominator)]
      : [];
  return entered(month.origins?.[def.sector], id, month.sectors[def.sector]?.chi_tieu?.[id]);
}

/** The values a year to date is made of, month by month as yearToDate takes them. */
function yearToDateSources(registry: Registry, id: string, period: Period, months: readonly Month[]): FigureSource[] {
  const def = registry.indicators.get(id);
  if (!def) return [];
  if (def.accumulate === 'stock') return valueSources(registry, monthOf(months, period), id);
  if (def.accumulate === 'rate') {
    return def.ratio
      ? [
          ...yearToDateSources(registry, def.ratio.numerator, period, months),
          ...yearToDateSources(registry, def.ratio.denominator, period, months),
        ]
      : [];
  }
  const out: FigureSource[] = [];
  for (let m = 1; m <= period.month; m++) out.push(...valueSources(registry, monthOf(months, { year: period.year, month: m }), id));
  return out;
}

/** Where every field of one figure comes from. */
export function figureSources(registry: Registry, id: string, inputs: Inputs): FigureSources {
  const { month } = inputs;
  const all = [month, ...inputs.history];
  const { period } = month;
  return {
    value: valueSources(registry, month, id),
    ytd: yearToDateSources(registry, id, period, all),
    plan: planSources(inputs.planSource, registry.indicators.get(id)?.plan),
    samePeriod: yearToDateSources(registry, id, { year: period.year - 1, month: period.month }, all),
    prev: valueSources(registry, monthOf(all, addMonths(period, -1)), id),
  };
}

/** The inputs without their illustrative and inferred values (--published-only): what is made of them prints as missing. */
export function publishedOnly(inputs: Inputs): Inputs {
  const published = (source: SourceFile | undefined, figures: Readonly<Record<string, number | undefined>>) =>
    Object.fromEntries(Object.entries(figures).filter(([id]) => !source || statusIn(source, id) === 'published'));
  const month = (m: Month): Month => ({
    ...m,
    sectors: Object.fromEntries(
      Object.entries(m.sectors).map(([sector, data]) => [
        sector,
        data.chi_tieu ? { ...data, chi_tieu: published(m.origins?.[sector], data.chi_tieu) as Record<string, number> } : data,
      ]),
    ),
  });
  const plan = inputs.plan && { ...inputs.plan, chi_tieu: published(inputs.planSource, inputs.plan.chi_tieu) };
  return { ...inputs, month: month(inputs.month), history: inputs.history.map(month), plan };
}

/** The plan's value of one target. */
export const planSources = (plan: SourceFile | undefined, id: string | undefined): FigureSource[] =>
  id === undefined ? [] : entered(plan, id, (plan?.data as { chi_tieu?: Record<string, unknown> } | undefined)?.chi_tieu?.[id]);

/** Illustrative outranks inferred: a figure is as unpublished as its least published value. */
export function statusOf(sources: readonly FigureSource[]): SourceStatus {
  if (sources.some((s) => s.status === 'illustrative')) return 'illustrative';
  return sources.some((s) => s.status === 'inferred') ? 'inferred' : 'published';
}

/** The fields of a figure each printed part is made of (a unit or a label: of none, it is the definition's). */
const PART_FIELDS: Readonly<Record<FigurePart, readonly SourcedField[]>> = {
  value: ['value'],
  ytd: ['ytd'],
  plan: ['plan'],
  samePeriod: ['samePeriod'],
  prev: ['prev'],
  change: ['value', 'prev'],
  pctPlan: ['ytd', 'plan'],
  pctSamePeriod: ['ytd', 'samePeriod'],
  trendSamePeriod: ['ytd', 'samePeriod'],
  trendPrev: ['value', 'prev'],
  unit: [],
  label: [],
};

/** The fields of a figure a printed part is made of (a percentage of plan: the year to date and the plan). */
export const partFields = (part: FigurePart): readonly SourcedField[] => PART_FIELDS[part] ?? [];

/** The values a printed figure is made of: a plan target's, or those of the fields of an indicator's part. */
export function printedSources(
  model: ReportModel,
  record: { readonly f: string; readonly s: string; readonly plan?: true },
): readonly FigureSource[] {
  if (record.plan) return model.planSources[record.f] ?? [];
  const fields = model.sources[record.f];
  return partFields(record.s as FigurePart).flatMap((field) => fields?.[field] ?? []);
}

/** A figure printed in the text (not a table cell) made of an illustrative or inferred value. */
export interface UnpublishedFigure {
  /** The figure's text as printed, marked (spans.ts). */
  readonly printed: string;
  readonly label: string;
  readonly status: Exclude<SourceStatus, 'published'>;
}

/**
 * The figures a rendered text prints, outside its tables, that are made of an illustrative or inferred value, in order:
 * what the notice under the title says of the body. Table cells travel inside their markers, out of this reading.
 */
export function unpublishedPrinted(rendered: string, model: ReportModel): UnpublishedFigure[] {
  const { text, spans } = unmark(rendered);
  const out: UnpublishedFigure[] = [];
  for (const { start, end, record } of spans) {
    if (!('f' in record)) continue;
    const status = statusOf(printedSources(model, record));
    if (status === 'published') continue;
    const label = (record.plan ? model.p[record.f]?.label : model.c[record.f]?.label) ?? record.f;
    out.push({ printed: mark(text.slice(start, end), record as SpanRecord), label, status });
  }
  return out;
}
