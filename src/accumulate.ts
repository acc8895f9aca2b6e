/**
 * Indicator period maths, shared by the aggregate stage (what the report prints) and the checks (why a figure
 * cannot be printed, which figure lags its plan), so both compute year to date and shares of plan one way. Pure.
 */
import type { Plan } from './data-schemas.js';
import type { IndicatorDef } from './definitions.js';
import type { FigureView, Month, PlanView } from './model.js';
import { addMonths, comparePeriods, type Period } from './period.js';
import type { Registry } from './registry.js';

/** Default of --pace-margin: percentage points a year-to-date share of plan may trail the share of the year elapsed. */
export const DEFAULT_PACE_MARGIN = 10;

/** The month of `period` among `months`, if loaded. */
export const monthOf = (months: readonly Month[], period: Period): Month | undefined =>
  months.find((m) => comparePeriods(m.period, period) === 0);

/** The value of one indicator in one month (a rate computed from the month's ratio), or null when that month has no such figure. */
export function valueIn(registry: Registry, month: Month | undefined, id: string): number | null {
  const def = registry.indicators.get(id);
  if (!def || !month) return null;
  if (def.accumulate === 'rate') {
    return def.ratio ? percent(valueIn(registry, month, def.ratio.numerator), valueIn(registry, month, def.ratio.denominator)) : null;
  }
  const v = month.sectors[def.sector]?.chi_tieu?.[id];
  return typeof v === 'number' ? v : null;
}

/**
 * Year to date ("lũy kế") up to `period` from the months available: flows sum January..period, stocks take the
 * period's value, rates recompute from their numerator's and denominator's year to date (never averaged).
 * Null when a month it needs is missing, or the rate's base is zero.
 */
export function yearToDate(registry: Registry, id: string, period: Period, months: readonly Month[]): number | null {
  const def = registry.indicators.get(id);
  if (!def) return null;
  if (def.accumulate === 'stock') return valueIn(registry, monthOf(months, period), id);
  if (def.accumulate === 'rate') return rateToDate(registry, def, period, months);
  let sum = 0;
  for (let m = 1; m <= period.month; m++) {
    const v = valueIn(registry, monthOf(months, { year: period.year, month: m }), id);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

function rateToDate(registry: Registry, def: IndicatorDef, period: Period, months: readonly Month[]): number | null {
  // every rate declares its ratio (the registry refuses one without); a share stated without its base is a stock
  if (!def.ratio) return null;
  return percent(yearToDate(registry, def.ratio.numerator, period, months), yearToDate(registry, def.ratio.denominator, period, months));
}

/** a / b in percent; null when either is missing or the base is zero (never Infinity or NaN). */
export const percent = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : (a / b) * 100);

/** Share of the year elapsed at the end of the report month, in percent: January 8,33…, June 50. */
export const elapsedShare = (period: Period): number => (period.month / 12) * 100;

/** True when a year-to-date share of plan trails the share of the year elapsed by more than `margin` points. */
export function isLagging(pctPlan: number | null, period: Period, margin: number): boolean {
  return pctPlan !== null && pctPlan < elapsedShare(period) - margin;
}

/** What a figure of the report says of itself, from its definition (indicator or plan target alike). */
const identity = <K>(id: string, def: { readonly label: string; readonly unit: string; readonly kind: K; readonly decimals?: number }) => ({
  id,
  label: def.label,
  unit: def.unit,
  kind: def.kind,
  decimals: def.decimals ?? 0,
});

/**
 * One indicator as the report sees it in `month` (the first of `months`' period): its value and everything it is
 * compared with. The aggregate stage builds the model from it; the narrative checks ask it whether a reference has
 * something to print.
 */
export function figureView(
  registry: Registry,
  id: string,
  month: Month,
  months: readonly Month[],
  plan: Plan | null,
  paceMargin?: number,
): FigureView {
  const def = registry.indicators.get(id)!;
  const { period } = month;
  const value = valueIn(registry, month, id);
  const ytd = value === null ? null : yearToDate(registry, id, period, months);
  const prev = valueIn(registry, monthOf(months, addMonths(period, -1)), id);
  const pointInTime =
    def.accumulate === 'stock' || (def.accumulate === 'rate' && registry.indicators.get(def.ratio!.numerator)?.accumulate === 'stock');
  const identified = { ...identity(id, def), fixed: def.fixed ?? false, pointInTime, value, ytd, prev };
  if (def.kind === 'change') {
    // a stated change is already a comparison: compared again (with last year, a plan, last month) it says nothing
    const stated = {
      against: registry.settings.comparison.against[def.against!] ?? '',
      ...(def.direction ? { direction: def.direction } : {}),
    };
    return { ...identified, plan: null, pctPlan: null, samePeriod: null, pctSamePeriod: null, change: null, lagging: false, stated };
  }
  const planValue = def.plan ? (plan?.chi_tieu[def.plan] ?? null) : null;
  const samePeriod = yearToDate(registry, id, { year: period.year - 1, month: period.month }, months);
  const pctPlan = percent(ytd, planValue);
  return {
    ...identified,
    plan: planValue,
    pctPlan,
    samePeriod,
    pctSamePeriod: percent(ytd, samePeriod),
    change: value === null || prev === null ? null : value - prev,
    lagging: paceMargin !== undefined && isLagging(pctPlan, period, paceMargin),
  };
}

/** A plan target of the year as the report sees it. */
export function planView(registry: Registry, id: string, plan: Plan | null): PlanView {
  const def = registry.planTargets.get(id)!;
  return {
    ...identity(id, def),
    fixed: false,
    value: plan?.chi_tieu[id] ?? null,
  };
}
