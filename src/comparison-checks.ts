/**
 * Checks on what the report compares a month with (its plan and earlier months): why a year to date or a share of
 * plan cannot be printed, and which figures lag their plan. Warnings only: the report still builds. Pure.
 */
import type { Plan } from './data-schemas.js';
import { elapsedShare, isLagging, monthOf, percent, valueIn, yearToDate } from './accumulate.js';
import { ReportError } from './errors.js';
import { formatNumber, formatPercent, roundTo } from './format.js';
import type { Month } from './model.js';
import { periodId } from './period.js';
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

  for (const [id, def] of registry.indicators) {
    const source = sources.get(def.sector);
    const value = valueIn(registry, month, id);
    if (!source || value === null) continue;
    const at = (path: string[]) => ({ file: source.file, ...locate(source, path), dataPath: path });
    const ytd = yearToDate(registry, id, period, all);

    // year to date: a flow needs every earlier month of the year
    if (ytd === null && !incomplete.has(def.sector)) {
      const missing: string[] = [];
      for (let m = 1; m < period.month; m++) {
        const p = { year: period.year, month: m };
        if (!monthOf(history, p)?.sectors[def.sector]) missing.push(periodId(p));
      }
      if (missing.length > 0) {
        incomplete.set(def.sector, missing);
        problems.push(new ReportError({
          code: 'VALIDATE_YTD_INCOMPLETE', severity: 'warning',
          params: { sector: registry.sector(def.sector)?.title ?? def.sector, months: missing.join(', ') },
          ...at(['chi_tieu']),
        }));
      }
    }

    if (!def.plan || !plan) continue;
    const target = plan.value.chi_tieu[def.plan];
    if (target === undefined) {
      if (reportedTargets.has(def.plan)) continue;
      reportedTargets.add(def.plan);
      problems.push(new ReportError({
        code: 'VALIDATE_PLAN_TARGET_MISSING', severity: 'warning',
        params: { label: def.label, target: def.plan, year: period.year },
        file: plan.source.file, ...locate(plan.source, ['chi_tieu', def.plan]), dataPath: ['chi_tieu', def.plan],
      }));
      continue;
    }
    const share = percent(ytd, target);
    if (paceMargin !== undefined && isLagging(share, period, paceMargin)) {
      problems.push(new ReportError({
        code: 'VALIDATE_PACE_LAGGING', severity: 'warning',
        params: {
          label: def.label, pct: formatPercent(share!, 1), elapsed: formatPercent(elapsedShare(period), 1), month: periodId(period),
          gap: formatNumber(roundTo(elapsedShare(period) - share!, 1), { decimals: 1 }), margin: formatNumber(paceMargin, { decimals: 2 }),
        },
        ...at(['chi_tieu', id]),
      }));
    }
  }
  return problems;
}
