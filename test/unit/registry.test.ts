/** The indicator registry declared in schemas/sectors: every reference it holds resolves, every unit is known. */
import { describe, expect, it } from 'vitest';
import { GROUPS, SECTOR_GROUP } from '../../schemas/groups.js';
import { UNITS, type RuleDef } from '../../schemas/indicator.js';
import { INDICATORS, PLAN_TARGETS, SECTORS } from '../../schemas/sectors/index.js';

const units = new Set<string>(UNITS);

/** The figures a rule names. */
function ruleRefs(rule: RuleDef): string[] {
  switch (rule.kind) {
    case 'sum': return [rule.total, ...rule.parts];
    case 'atMost': return [rule.part, rule.whole];
    case 'between': return [rule.value, ...rule.bounds];
    case 'rate': return [rule.rate, rule.numerator, rule.denominator];
  }
}
const indicators = [...INDICATORS];

describe('indicator registry', () => {
  it('declares each indicator id once across all sectors', () => {
    const declared = SECTORS.flatMap((s) => Object.keys(s.indicators));
    expect(declared.length).toBe(new Set(declared).size);
    expect(INDICATORS.size).toBe(declared.length);
  });

  it('gives every indicator and plan target a known unit', () => {
    expect(indicators.filter(([, d]) => !units.has(d.unit)).map(([id, d]) => `${id}: ${d.unit}`)).toEqual([]);
    expect([...PLAN_TARGETS].filter(([, d]) => !units.has(d.unit)).map(([id, d]) => `${id}: ${d.unit}`)).toEqual([]);
  });

  it('points every plan reference at a declared plan target with the same unit', () => {
    const withPlan = indicators.filter(([, d]) => d.plan !== undefined);
    expect(withPlan.length).toBeGreaterThan(0);
    expect(withPlan.filter(([, d]) => !PLAN_TARGETS.has(d.plan!)).map(([id, d]) => `${id} → ${d.plan}`)).toEqual([]);
    // a percentage of plan between triệu đồng and tỷ đồng would be off by a thousand
    expect(withPlan.filter(([, d]) => PLAN_TARGETS.get(d.plan!)?.unit !== d.unit).map(([id]) => id)).toEqual([]);
  });

  it('declares a ratio on every rate, and only on rates, over existing indicators that are not rates', () => {
    const rates = indicators.filter(([, d]) => d.accumulate === 'rate');
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.filter(([, d]) => !d.ratio).map(([id]) => id)).toEqual([]);
    expect(indicators.filter(([, d]) => d.ratio && d.accumulate !== 'rate').map(([id]) => id)).toEqual([]);
    for (const [id, d] of rates) {
      for (const part of [d.ratio!.numerator, d.ratio!.denominator]) {
        expect(INDICATORS.has(part), `${id}: ${part}`).toBe(true);
        expect(INDICATORS.get(part)!.accumulate, `${id}: ${part}`).not.toBe('rate');
      }
      expect(d.unit, id).toBe('%');
    }
  });

  it('declares decimals the helpers can print (0-4) and whole counts without decimals', () => {
    expect(indicators.filter(([, d]) => d.decimals !== undefined && !(Number.isInteger(d.decimals) && d.decimals >= 0 && d.decimals <= 4)).map(([id]) => id)).toEqual([]);
    expect(indicators.filter(([, d]) => d.kind === 'count' && (d.decimals ?? 0) > 0).map(([id]) => id)).toEqual([]);
  });

  it('places every sector in one report field, and every sector with appendix rows in a real one', () => {
    expect(Object.keys(SECTOR_GROUP).sort()).toEqual(SECTORS.map((s) => s.id).sort());
    for (const s of SECTORS) {
      const group = SECTOR_GROUP[s.id];
      if (Object.values(s.indicators).some((d) => d.appendix)) expect(GROUPS, s.id).toContain(group);
    }
  });

  it('names only declared figures in its rules (an unknown id would make a rule pass silently)', () => {
    const refs = SECTORS.flatMap((s) => (s.rules ?? []).flatMap((rule) => ruleRefs(rule).map((ref) => ({ sector: s.id, rule, ref }))));
    expect(new Set(refs.map((r) => r.sector)).size).toBeGreaterThan(10);
    // a rule reads the month's figures, the plan's targets (source "plan"), or without a source the month then the plan
    const known = (rule: RuleDef, ref: string) => {
      const source = rule.kind === 'sum' ? rule.source : undefined;
      return (source !== 'plan' && INDICATORS.has(ref)) || (source !== 'month' && PLAN_TARGETS.has(ref));
    };
    const unknown = refs.filter(({ rule, ref }) => !known(rule, ref));
    expect(unknown.map(({ sector, ref }) => `${sector}: ${ref}`)).toEqual([]);
  });
});
