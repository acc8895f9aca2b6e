/** Aggregate stage: validated inputs → the report model (year to date, plan and same-period comparisons). Pure. */
import { isLagging, monthOf, percent, valueIn, yearToDate } from './accumulate.js';
import { appendixRows } from './appendix.js';
import type { FigureView, Inputs, PlanView, ReportModel } from './model.js';
import { addMonths, twoDigits } from './period.js';
import type { Registry } from './registry.js';

export interface AggregateOptions {
  /** Flag figures whose year-to-date share of plan trails the year elapsed by more than this many points (--pace-margin). */
  readonly paceMargin?: number;
}

/** Build the model the templates render: every declared figure, present or not, with its comparisons. */
export function aggregateMonth(registry: Registry, inputs: Inputs, options: AggregateOptions = {}): ReportModel {
  const { month, plan, district } = inputs;
  const all = [month, ...inputs.history];
  const { period } = month;
  const lastYear = { year: period.year - 1, month: period.month };
  const prevMonth = monthOf(all, addMonths(period, -1));

  const p: Record<string, PlanView> = {};
  for (const [id, def] of registry.planTargets) {
    const v = plan?.chi_tieu[id];
    p[id] = { id, label: def.label, unit: def.unit, kind: def.kind, decimals: def.decimals ?? 0, fixed: false, value: v ?? null };
  }

  const c: Record<string, FigureView> = {};
  for (const [id, def] of registry.indicators) {
    const value = valueIn(registry, month, id);
    const ytd = value === null ? null : yearToDate(registry, id, period, all);
    const planValue = def.plan ? (p[def.plan]?.value ?? null) : null;
    const samePeriod = yearToDate(registry, id, lastYear, all);
    const prev = valueIn(registry, prevMonth, id);
    const pctPlan = percent(ytd, planValue);
    c[id] = {
      id, label: def.label, unit: def.unit, kind: def.kind, decimals: def.decimals ?? 0, fixed: def.fixed ?? false,
      pointInTime: def.accumulate === 'stock' || (def.accumulate === 'rate' && registry.indicators.get(def.ratio!.numerator)?.accumulate === 'stock'),
      value, ytd, plan: planValue, pctPlan, samePeriod, pctSamePeriod: percent(ytd, samePeriod),
      prev, change: value === null || prev === null ? null : value - prev,
      lagging: options.paceMargin !== undefined && isLagging(pctPlan, period, options.paceMargin),
    };
  }

  const texts: Record<string, Readonly<Record<string, string | readonly string[]>> | null> = {};
  for (const s of registry.sectors) texts[s.id] = month.sectors[s.id] ? (month.sectors[s.id]!.noi_dung ?? {}) : null;

  const next = addMonths(period, 1);
  return {
    period: { year: period.year, month: period.month, mm: twoDigits(period.month), prevYear: period.year - 1, next: { ...next, mm: twoDigits(next.month) } },
    district,
    report: month.report,
    c,
    p,
    texts,
    appendix: appendixRows(registry),
    style: { numbering: registry.settings.numbering, padSmallNumbers: registry.settings.padSmallNumbers, placeholders: registry.settings.placeholders },
  };
}
