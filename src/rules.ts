/** Consistency rules across the figures of a month and its plan: sums, rates, bounds. Pure. */
import type { Plan } from './data-schemas.js';
import type { RuleDef } from './definitions.js';
import { ReportError } from './errors.js';
import { formatNumber, roundTo } from './format.js';
import type { Month } from './model.js';
import type { Registry } from './registry.js';
import { locate, sourceText, type SourceFile } from './yaml-source.js';

interface Figure {
  value: number;
  label: string;
  unit: string;
  decimals: number;
  source: SourceFile;
}

/** A rule's figures come from the month, the plan, or (no `from`) the month first, then the plan. */
type From = 'month' | 'plan' | undefined;

/** Look up a figure by id in the month's sectors or in the plan; `from` settles ids that are both (thu_ngan_sach). */
function lookup(
  registry: Registry,
  id: string,
  month: Month,
  sources: ReadonlyMap<string, SourceFile>,
  plan: { value: Plan; source: SourceFile } | null,
  from: From,
): Figure | null {
  const ind = from === 'plan' ? undefined : registry.indicators.get(id);
  if (ind) {
    const v = month.sectors[ind.sector]?.chi_tieu?.[id];
    const source = sources.get(ind.sector);
    return typeof v === 'number' && source ? { value: v, label: ind.label, unit: ind.unit, decimals: ind.decimals ?? 0, source } : null;
  }
  if (from === 'month') return null;
  const target = registry.planTargets.get(id);
  const v = plan?.value.chi_tieu[id];
  return target && plan && typeof v === 'number'
    ? { value: v, label: target.label, unit: target.unit, decimals: target.decimals ?? 0, source: plan.source }
    : null;
}

const show = (f: Figure, v = f.value) => `${formatNumber(v, { decimals: Math.max(f.decimals, 3) })}${f.unit === '%' ? '%' : ` ${f.unit}`}`;
const where = (f: Figure, id: string) => ({ file: f.source.file, ...locate(f.source, ['chi_tieu', id]), dataPath: ['chi_tieu', id] });

/** Decimal places a value was written with in the file ("10.50" → 2), so a check rounds as the report did. */
function writtenDecimals(f: Figure, id: string): number {
  const text = sourceText(f.source, ['chi_tieu', id]) ?? String(f.value);
  return /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
}

function checkRule(rule: RuleDef, get: (id: string, from?: From) => Figure | null): ReportError[] {
  switch (rule.kind) {
    case 'sum': {
      const total = get(rule.total, rule.source);
      const parts = rule.parts.map((id) => get(id, rule.source));
      if (!total || parts.some((p) => p === null)) return [];
      const sum = parts.reduce((a, p) => a + p!.value, 0);
      if (rule.open ? sum <= total.value + 1e-6 : Math.abs(sum - total.value) < 1e-6) return [];
      return [
        new ReportError({
          code: rule.open ? 'VALIDATE_PARTS_EXCEED_TOTAL' : 'VALIDATE_SUM_MISMATCH',
          params: {
            label: total.label,
            total: show(total),
            parts: parts.map((p) => formatNumber(p!.value, { decimals: 3 })).join(' + '),
            sum: show(total, sum),
          },
          ...where(total, rule.total),
        }),
      ];
    }
    case 'atMost': {
      const part = get(rule.part);
      const whole = get(rule.whole);
      if (!part || !whole || part.value <= whole.value) return [];
      return [
        new ReportError({
          code: 'VALIDATE_PART_EXCEEDS_WHOLE',
          params: { label: part.label, part: show(part), wholeLabel: whole.label, whole: show(whole) },
          ...where(part, rule.part),
        }),
      ];
    }
    case 'rate': {
      const rate = get(rule.rate);
      const num = get(rule.numerator);
      const den = get(rule.denominator);
      if (!rate || !num || !den || den.value === 0) return [];
      const digits = writtenDecimals(rate, rule.rate);
      const computed = (num.value / den.value) * 100;
      if (roundTo(computed, digits) === roundTo(rate.value, digits)) return [];
      return [
        new ReportError({
          code: 'VALIDATE_RATE_MISMATCH',
          severity: 'warning',
          params: {
            label: rate.label,
            stated: `${formatNumber(rate.value, { decimals: digits, fixed: true })}%`,
            numerator: formatNumber(num.value, { decimals: num.decimals }),
            denominator: formatNumber(den.value, { decimals: den.decimals }),
            computed: `${formatNumber(roundTo(computed, digits), { decimals: digits, fixed: true })}%`,
            ...(rate.value === 0 ? {} : { impliedBase: `${formatNumber(Math.round(num.value / (rate.value / 100)))} ${den.unit}` }),
          },
          ...where(rate, rule.rate),
        }),
      ];
    }
    case 'between': {
      const value = get(rule.value);
      const bounds = rule.bounds.map((id) => get(id));
      if (!value || bounds.some((b) => b === null)) return [];
      const vals = bounds.map((b) => b!.value);
      const low = Math.min(...vals);
      const high = Math.max(...vals);
      if (value.value >= low && value.value <= high) return [];
      return [
        new ReportError({
          code: 'VALIDATE_RATE_OUTSIDE_PARTS',
          severity: 'warning',
          params: { label: value.label, value: show(value), low: show(value, low), high: show(value, high) },
          ...where(value, rule.value),
        }),
      ];
    }
  }
}

/** Apply every sector's rules (or the given ones, in tests) to the month; figures that failed validation are skipped: they are reported already. */
export function checkRules(
  registry: Registry,
  month: Month,
  sources: ReadonlyMap<string, SourceFile>,
  plan: { value: Plan; source: SourceFile } | null,
  rules: readonly RuleDef[] = registry.sectors.flatMap((s) => s.rules ?? []),
): ReportError[] {
  const get = (id: string, from?: From) => lookup(registry, id, month, sources, plan, from);
  return rules.flatMap((r) => checkRule(r, get));
}
