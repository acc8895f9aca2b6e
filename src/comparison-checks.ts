/**
 * Checks on what the report compares a month with (its plan and earlier months): why a year to date or a share of
 * plan cannot be printed, and which figures lag their plan. Warnings only: the report still builds. Pure.
 */
import type { Plan } from './data-schemas.js';
import { elapsedShare, isLagging, monthOf, percent, valueIn, yearToDate } from './accumulate.js';
import { ReportError, type Place } from './errors.js';
import { formatNumber, formatPercent, roundTo } from './format.js';
import type { Month } from './model.js';
import { addMonths, periodId, type Period } from './period.js';
import type { Registry } from './registry.js';
import { locate, type SourceFile } from './yaml-source.js';

export interface ComparisonCheckInput {
  readonly registry: Registry;
  readonly month: Month;
  /** Validated earlier months (invalid ones already dropped with a warning). */
  readonly history: readonly Month[];
  readonly plan: { readonly value: Plan; readonly source: SourceFile } | null;
  /** The month's sector files, by sector id, to locate a figure. */
  readonly sources: ReadonlyMap<string, SourceFile>;
  /** Pace check margin in percentage points; no pace check when absent. */
  readonly paceMargin?: number;
}

/** Every warning about the month's comparisons, in registry order. */
export function checkComparisons(input: ComparisonCheckInput): ReportError[] {
  const { registry, month, history, plan, sources, paceMargin } = input;
  const all = [month, ...history];
  const { period } = month;
  const problems: ReportError[] = [];
  const reportedTargets = new Set<string>();
  const incomplete = new Map<string, string[]>();

  problems.push(...optionalMissing(registry, month, history, sources));
  for (const [id, def] of registry.indicators) {
    const source = sources.get(def.sector);
    const value = valueIn(registry, month, id);
    if (!source || value === null) continue;
    const at = (path: string[]) => ({ file: source.file, ...locate(source, path), dataPath: path });
    const ytd = yearToDate(registry, id, period, all);
    if (def.accumulate !== 'rate') problems.push(...implausible(registry, id, value, period, history, at(['chi_tieu', id])));

    // year to date: a flow needs every earlier month of the year
    if (ytd === null && !incomplete.has(def.sector)) {
      const missing: string[] = [];
      for (let m = 1; m < period.month; m++) {
        const p = { year: period.year, month: m };
        if (!monthOf(history, p)?.sectors[def.sector]) missing.push(periodId(p));
      }
      if (missing.length > 0) {
        incomplete.set(def.sector, missing);
        problems.push(
          new ReportError({
            code: 'VALIDATE_YTD_INCOMPLETE',
            severity: 'warning',
            params: { sector: registry.sector(def.sector)?.title ?? def.sector, months: missing.join(', ') },
            ...at(['chi_tieu']),
          }),
        );
      }
    }

    if (!def.plan || !plan) continue;
    const target = plan.value.chi_tieu[def.plan];
    if (target === undefined) {
      if (reportedTargets.has(def.plan)) continue;
      reportedTargets.add(def.plan);
      problems.push(
        new ReportError({
          code: 'VALIDATE_PLAN_TARGET_MISSING',
          severity: 'warning',
          params: { label: def.label, target: def.plan, year: period.year },
          file: plan.source.file,
          ...locate(plan.source, ['chi_tieu', def.plan]),
          dataPath: ['chi_tieu', def.plan],
        }),
      );
      continue;
    }
    const share = percent(ytd, target);
    if (paceMargin !== undefined && isLagging(share, period, paceMargin)) {
      problems.push(
        new ReportError({
          code: 'VALIDATE_PACE_LAGGING',
          severity: 'warning',
          params: {
            label: def.label,
            pct: formatPercent(share!, 1),
            elapsed: formatPercent(elapsedShare(period), 1),
            month: periodId(period),
            gap: formatNumber(roundTo(elapsedShare(period) - share!, 1), { decimals: 1 }),
            margin: formatNumber(paceMargin, { decimals: 2 }),
          },
          ...at(['chi_tieu', id]),
        }),
      );
    }
  }
  return problems;
}

/**
 * The office's optional indicators a month leaves out while its sector file is there: in the month itself, last month or
 * the same month last year (what the report compares with). Each named once per month, at the sector file of the month.
 */
function optionalMissing(
  registry: Registry,
  month: Month,
  history: readonly Month[],
  sources: ReadonlyMap<string, SourceFile>,
): ReportError[] {
  const found: ReportError[] = [];
  const { period } = month;
  for (const id of registry.settings.optionalIndicators ?? []) {
    const def = registry.indicators.get(id);
    const source = def && sources.get(def.sector);
    if (!def || !source || def.accumulate === 'rate') continue;
    for (const p of [period, addMonths(period, -1), { year: period.year - 1, month: period.month }]) {
      const m = p === period ? month : monthOf(history, p);
      const figures = m?.sectors[def.sector]?.chi_tieu;
      if (!m?.sectors[def.sector] || typeof figures?.[id] === 'number') continue;
      const at = { file: source.file, ...locate(source, ['chi_tieu']), dataPath: ['chi_tieu'] };
      found.push(
        new ReportError({
          code: 'VALIDATE_OPTIONAL_MISSING',
          severity: 'warning',
          params: { label: def.label, month: periodId(p) },
          ...at,
        }),
      );
    }
  }
  return found;
}

/** A jump of this factor or more against an earlier month is a warning: 1000× is the thousands trap, 10× a slipped digit. */
const JUMP_FACTOR = 10;
/**
 * Whole counts whose larger side stays below this are left alone: 1 case then 12 is a ×12 jump and nothing unusual.
 * A thousands slip in a count (41108 → 41) still shows.
 */
const SMALL_COUNT = 100;

/**
 * Figures that cannot be right given their history: a jump by JUMP_FACTOR or more against the previous month or the same
 * month last year, a stock that falls by more than half since the previous month. Warnings naming both values;
 * `check --strict` makes them fail.
 */
function implausible(registry: Registry, id: string, value: number, period: Period, history: readonly Month[], at: Place): ReportError[] {
  const def = registry.indicators.get(id)!;
  // a stated change moves as its source says: from "giảm 3%" to "tăng 5%" is no jump of a value
  if (def.kind === 'change') return [];
  const show = (v: number) => `${formatNumber(v, { decimals: def.decimals ?? 0 })}${def.unit === '%' ? '%' : ` ${def.unit}`}`;
  const month = periodId(period);
  const found: ReportError[] = [];
  const previousMonth = addMonths(period, -1);
  let jumpedSincePrevious = false;
  for (const p of [previousMonth, { year: period.year - 1, month: period.month }]) {
    const before = valueIn(registry, monthOf(history, p), id);
    if (before === null || before <= 0 || value <= 0) continue;
    if (def.kind === 'count' && Math.max(before, value) < SMALL_COUNT) continue;
    const factor = Math.max(value / before, before / value);
    // an overflowing ratio (a denormal such as 5e-324) names no factor; the value itself is refused by its decimals
    if (factor < JUMP_FACTOR || !Number.isFinite(factor)) continue;
    jumpedSincePrevious ||= p === previousMonth;
    const params = {
      label: def.label,
      value: show(value),
      month,
      before: show(before),
      beforeMonth: periodId(p),
      factor: formatNumber(roundTo(factor, 0)),
    };
    found.push(new ReportError({ code: 'VALIDATE_JUMP', severity: 'warning', params, ...at }));
  }
  // a fall to a tenth is already a jump: one warning for one change
  const previous = valueIn(registry, monthOf(history, previousMonth), id);
  if (def.accumulate === 'stock' && previous !== null && previous > 0 && value < previous / 2 && !jumpedSincePrevious) {
    const params = { label: def.label, value: show(value), month, before: show(previous), beforeMonth: periodId(previousMonth) };
    found.push(new ReportError({ code: 'VALIDATE_STOCK_DROP', severity: 'warning', params, ...at }));
  }
  return found;
}
