/** Aggregate stage: validated inputs → the report model (year to date, plan and same-period comparisons). Pure. */
import type { IndicatorDef } from '../schemas/indicator.js';
import { INDICATORS, PLAN_TARGETS, SECTORS } from '../schemas/sectors/index.js';
import type { FigureView, Inputs, Month, PlanView, ReportModel } from './model.js';
import { addMonths, comparePeriods, type Period } from './period.js';

/** The value of one indicator in one month, or null when that month has no such figure. */
function valueIn(month: Month | undefined, id: string, def: { sector: string }): number | null {
  const v = month?.sectors[def.sector]?.chi_tieu?.[id];
  return typeof v === 'number' ? v : null;
}

/** Year to date up to `period` from the months available; null when a month it needs is missing. */
export function yearToDate(id: string, period: Period, months: readonly Month[]): number | null {
  const def = INDICATORS.get(id);
  if (!def) return null;
  const find = (p: Period) => months.find((m) => comparePeriods(m.period, p) === 0);
  if (def.accumulate === 'stock') return valueIn(find(period), id, def);
  if (def.accumulate === 'rate') return rateToDate(def, period, months);
  let sum = 0;
  for (let m = 1; m <= period.month; m++) {
    const v = valueIn(find({ year: period.year, month: m }), id, def);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

function rateToDate(def: IndicatorDef, period: Period, months: readonly Month[]): number | null {
  if (!def.ratio) return null;
  const num = yearToDate(def.ratio.numerator, period, months);
  const den = yearToDate(def.ratio.denominator, period, months);
  return num === null || den === null || den === 0 ? null : (num / den) * 100;
}

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : (a / b) * 100);

/** Build the model the templates render: every declared figure, present or not, with its comparisons. */
export function aggregateMonth(inputs: Inputs): ReportModel {
  const { month, plan, district } = inputs;
  const all = [month, ...inputs.history];
  const { period } = month;
  const lastYear = { year: period.year - 1, month: period.month };
  const prevMonth = all.find((m) => comparePeriods(m.period, addMonths(period, -1)) === 0);

  const p: Record<string, PlanView> = {};
  for (const [id, def] of PLAN_TARGETS) {
    const v = plan?.chi_tieu[id];
    p[id] = { id, label: def.label, unit: def.unit, kind: def.kind, decimals: def.decimals ?? 0, fixed: false, value: v ?? null };
  }

  const c: Record<string, FigureView> = {};
  for (const [id, def] of INDICATORS) {
    const value = valueIn(month, id, def);
    const ytd = value === null ? null : yearToDate(id, period, all);
    const planValue = def.plan ? (p[def.plan]?.value ?? null) : null;
    const samePeriod = yearToDate(id, lastYear, all);
    const prev = valueIn(prevMonth, id, def);
    c[id] = {
      id, label: def.label, unit: def.unit, kind: def.kind, decimals: def.decimals ?? 0, fixed: def.fixed ?? false,
      value, ytd, plan: planValue, pctPlan: ratio(ytd, planValue), samePeriod, pctSamePeriod: ratio(ytd, samePeriod),
      prev, change: value === null || prev === null ? null : value - prev,
    };
  }

  const texts: Record<string, Readonly<Record<string, string | readonly string[]>> | null> = {};
  for (const s of SECTORS) texts[s.id] = month.sectors[s.id] ? (month.sectors[s.id]!.noi_dung ?? {}) : null;

  const next = addMonths(period, 1);
  const mm = (n: number) => String(n).padStart(2, '0');
  return {
    period: { year: period.year, month: period.month, mm: mm(period.month), prevYear: period.year - 1, next: { ...next, mm: mm(next.month) } },
    district,
    report: month.report,
    c,
    p,
    texts,
  };
}
