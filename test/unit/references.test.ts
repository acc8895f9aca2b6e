import { describe, expect, it } from 'vitest';
import { STYLE } from '../support/style.js';
import type { FigureView, PlanView } from '../../src/model.js';
import { figureView } from '../support/figure-view.js';
import { plain } from '../../src/spans.js';
import { renderReference, resolveReference, type ReferenceTarget, type ResolvedReference } from '../../src/references.js';

const flow: ReferenceTarget = { kind: 'indicator', count: true, accumulate: 'flow', plan: false };
const stockWithPlan: ReferenceTarget = { kind: 'indicator', count: false, accumulate: 'stock', plan: true };
const planTarget: ReferenceTarget = { kind: 'planTarget', count: false };
const stated: ReferenceTarget = { kind: 'indicator', count: false, stated: true, accumulate: 'stock', plan: false };

const view = figureView;
const resolved = (modifiers: string[], target: ReferenceTarget = stockWithPlan): ResolvedReference => {
  const r = resolveReference({ id: 'x', modifiers }, target);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.reference;
};
const style = STYLE;
const print = (modifiers: string[], f: FigureView | PlanView = view(), target?: ReferenceTarget) =>
  plain(renderReference(resolved(modifiers, target), f, style));

describe('resolveReference', () => {
  it('reads selectors, formats and digits in any order', () => {
    expect(resolved([])).toEqual({ id: 'x', selector: 'value', format: 'unit', digits: undefined });
    expect(resolved(['0', 'pctPlan'])).toEqual({ id: 'x', selector: 'pctPlan', format: 'unit', digits: 0 });
    expect(resolved(['num', 'samePeriod', '1'])).toEqual({ id: 'x', selector: 'samePeriod', format: 'num', digits: 1 });
  });
  it('names an unknown modifier', () => {
    expect(resolveReference({ id: 'x', modifiers: ['pctplan'] }, flow)).toEqual({ ok: false, unknownModifier: 'pctplan' });
    expect(resolveReference({ id: 'x', modifiers: ['5'] }, flow)).toEqual({ ok: false, unknownModifier: '5' });
  });
  it.each([
    [['ytd', 'prev'], stockWithPlan, 'twice', 'prev'],
    [['num', 'words'], flow, 'twice', 'words'],
    [['ytd'], stockWithPlan, 'ytd-of-stock', 'ytd'],
    [['pctPlan'], flow, 'no-plan', 'pctPlan'],
    [['plan'], flow, 'no-plan', 'plan'],
    [['ytd'], planTarget, 'plan-target', 'ytd'],
    [['words'], stockWithPlan, 'words-not-count', 'words'],
    [['pctSamePeriod', 'words'], flow, 'words-not-count', 'words'],
    [['trendPrev', 'num'], flow, 'format-on-trend', 'num'],
    [['1'], flow, 'digits-on-count', '1'],
    [['samePeriod'], stated, 'of-stated-change', 'samePeriod'],
    [['trendPrev'], stated, 'of-stated-change', 'trendPrev'],
    [['statement'], flow, 'statement-not-change', 'statement'],
  ] as const)('%j on %j does not fit: %s', (modifiers, target, misfit, modifier) => {
    expect(resolveReference({ id: 'x', modifiers }, target)).toEqual({ ok: false, misfit, modifier });
  });
  it('lets a count be spelled out and a rate of a count take decimals', () => {
    expect(resolved(['words'], flow).format).toBe('words');
    expect(resolved(['pctSamePeriod', '2'], flow).digits).toBe(2);
    expect(resolved(['ytd'], flow).selector).toBe('ytd');
  });
});

describe('a stated change (kind: change)', () => {
  const change = (value: number, direction?: 'increase' | 'decrease') =>
    view({ unit: '%', value, stated: { against: 'so với cùng kỳ năm trước', ...(direction ? { direction } : {}) } });
  it('prints its statement in the office words: the sign is the direction, or the one its label names', () => {
    expect(print(['statement'], change(-15.31), stated)).toBe('giảm 15,31% so với cùng kỳ năm trước');
    expect(print(['statement'], change(2.5), stated)).toBe('tăng 2,5% so với cùng kỳ năm trước');
    expect(print(['statement'], change(3.17, 'decrease'), stated)).toBe('giảm 3,17% so với cùng kỳ năm trước');
    expect(print(['statement'], change(0.001), stated)).toBe('không đổi so với cùng kỳ năm trước');
    expect(print([], change(3.17, 'decrease'), stated)).toBe('3,17%');
    const words = { ...STYLE, comparison: { ...STYLE.comparison, decrease: 'thấp hơn' } };
    expect(plain(renderReference(resolved(['statement'], stated), change(-1.5), words))).toBe('thấp hơn 1,5% so với cùng kỳ năm trước');
  });
});

describe('renderReference', () => {
  it('prints like the template helpers: value with unit, without, plan, percentages', () => {
    expect(print([])).toBe('1.680 ha');
    expect(print(['num'])).toBe('1.680');
    expect(print(['plan'])).toBe('1.998 ha');
    expect(print(['pctPlan', '0'])).toBe('84%');
    expect(print(['pctPlan'])).toBe('84,1%');
    expect(print(['pctPlan', 'num', '2'])).toBe('84,08');
    expect(print(['pctSamePeriod'])).toBe('105%');
    expect(print(['prev'])).toBe('1.500 ha');
    expect(print(['change'], view({ change: -8.5 }))).toBe('-8,5 ha');
    expect(print(['samePeriod', '0'], view({ samePeriod: 1347.19 }))).toBe('1.347 ha');
  });
  it('says tăng, giảm or không đổi for trends', () => {
    expect(print(['trendSamePeriod'])).toBe('tăng 5%');
    expect(print(['trendPrev'])).toBe('tăng 12%');
    expect(print(['trendPrev'], view({ value: 1400 }))).toBe('giảm 6,7%');
    expect(print(['trendPrev', '0'], view({ value: 1502 }))).toBe('không đổi');
    expect(print(['trendSamePeriod', '2'], view({ pctSamePeriod: 99.994 }))).toBe('giảm 0,01%');
  });
  it('pads small counts as the office does, and spells them in words', () => {
    const count = view({ unit: 'vụ', kind: 'count', decimals: 0, value: 1, prev: 3 });
    expect(print([], count, flow)).toBe('01 vụ');
    expect(plain(renderReference(resolved([], flow), count, { ...style, padSmallNumbers: false }))).toBe('1 vụ');
    expect(print(['words'], count, flow)).toBe('một');
    expect(print(['prev', 'words'], count, flow)).toBe('ba');
  });
  it('a rate prints with its percent sign', () => {
    expect(print([], view({ unit: '%', value: 10.81 }))).toBe('10,81%');
  });
  it("prints what is missing in the office's words, never a made-up number", () => {
    expect(renderReference(resolved(['prev']), view({ prev: null }), { ...style, placeholders: { noData: '-', noPlan: 'x' } })).toBe('-');
    expect(print(['pctPlan'], view({ pctPlan: null }))).toBe('(chưa có kế hoạch)');
    expect(print(['plan'], view({ plan: null }))).toBe('(chưa có kế hoạch)');
    expect(print(['prev'], view({ prev: null }))).toBe('(chưa có số liệu)');
    expect(print(['trendPrev'], view({ prev: 0 }))).toBe('(chưa có số liệu)');
    expect(print(['trendSamePeriod'], view({ pctSamePeriod: null }))).toBe('(chưa có số liệu)');
  });
  it('a plan target prints its value', () => {
    const p: PlanView = { id: 'k', label: 'K', unit: 'triệu đồng', kind: 'amount', decimals: 1, fixed: false, value: 45989.5 };
    expect(print([], p, planTarget)).toBe('45.989,5 triệu đồng');
    expect(print(['num', '0'], p, planTarget)).toBe('45.990');
  });
});
