import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STYLE } from '../support/style.js';
import type { Figure } from '../../src/figure-text.js';
import type { FigureView, PlanView } from '../../src/model.js';
import { literalText } from '../../src/document.js';
import { plain } from '../../src/spans.js';
import { checkNarrative, renderNarrative, reportDates, type NarrativeScope, type TextPlace } from '../../src/narrative.js';
import { figureView } from '../support/figure-view.js';
import { escapeBraces } from '../../src/reference-grammar.js';

const scope: NarrativeScope = {
  indicators: new Map([
    ['lam_dat', { label: 'Diện tích làm đất', kind: 'amount', accumulate: 'stock', plan: 'lua' }],
    ['vu_viec', { label: 'Số vụ việc', kind: 'count', accumulate: 'flow' }],
  ]),
  planTargets: new Map([['lua', { label: 'Kế hoạch lúa', kind: 'amount' }]]),
  units: ['ha', 'vụ việc'],
};
// no last year and no last month unless a test gives them
const figure = (over: Partial<FigureView>): FigureView =>
  figureView({ samePeriod: null, pctSamePeriod: null, prev: null, change: null, ...over });
const plan: PlanView = { id: 'lua', label: 'Kế hoạch lúa', unit: 'ha', kind: 'amount', decimals: 2, fixed: false, value: 1998 };
const views: Record<string, Figure> = {
  lam_dat: figure({ id: 'lam_dat' }),
  vu_viec: figure({
    id: 'vu_viec',
    unit: 'vụ việc',
    kind: 'count',
    decimals: 0,
    value: 1,
    ytd: 3,
    prev: 2,
    change: -1,
    samePeriod: 4,
    pctSamePeriod: 75,
  }),
  lua: plan,
};
const place: TextPlace = { file: 'data/x.yaml', dataPath: ['noi_dung', 'doan'], at: (offset) => ({ line: 1, column: offset + 1 }) };
const problems = (text: string, values?: (id: string) => Figure | undefined) =>
  checkNarrative(text, place, scope, values).problems.map((p) => `${p.column} ${p.severity} ${p.code} ${JSON.stringify(p.params)}`);
const style = STYLE;
const dates = reportDates({ year: 2021, month: 1 }, '2021-01-15');
const render = (text: string) => plain(renderNarrative(text, scope, (id) => views[id], style, dates));

describe('checkNarrative', () => {
  it('accepts a paragraph of references and keeps what they print', () => {
    const text =
      'Cây lúa vụ Đông Xuân năm 2020 - 2021, kế hoạch {lua}, đã làm đất được {lam_dat}, đạt {lam_dat.pctPlan.0} kế hoạch; {vu_viec.words} vụ.';
    const checked = checkNarrative(text, place, scope, (id) => views[id]);
    expect(checked.problems).toEqual([]);
    expect(checked.references.map((r) => r.id)).toEqual(['lua', 'lam_dat', 'lam_dat', 'vu_viec']);
    expect(render(text)).toBe(
      'Cây lúa vụ Đông Xuân năm 2020 - 2021, kế hoạch 1.998 ha, đã làm đất được 1.680 ha, đạt 84% kế hoạch; một vụ.',
    );
  });
  it('reports every problem of a text at once, each at its column', () => {
    expect(
      problems('a {lam_dta} b {lam_dat.pctplan} c {lam_dat.ytd} d {vu_viec.pctPlan} e } f {x y} g 1.680 ha').sort(
        (a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10),
      ),
    ).toEqual([
      '3 error VALIDATE_REFERENCE_UNKNOWN {"ref":"{lam_dta}","id":"lam_dta","suggestion":"lam_dat"}',
      '15 error VALIDATE_REFERENCE_MODIFIER_UNKNOWN {"ref":"{lam_dat.pctplan}","modifier":"pctplan","suggestion":"pctPlan","known":"ytd, \
plan, samePeriod, prev, change, pctPlan, pctSamePeriod, trendSamePeriod, trendPrev, statement, num, words, 0-4"}',
      '35 error VALIDATE_REFERENCE_MODIFIER_MISFIT {"ref":"{lam_dat.ytd}","modifier":"ytd","reason":"ytd-of-stock","label":"Diện tích làm đất"}',
      '51 error VALIDATE_REFERENCE_MODIFIER_MISFIT {"ref":"{vu_viec.pctPlan}","modifier":"pctPlan","reason":"no-plan","label":"Số vụ việc"}',
      '71 error VALIDATE_REFERENCE_SYNTAX {"reason":"stray-close","source":"}"}',
      '75 error VALIDATE_REFERENCE_SYNTAX {"reason":"bad-character","source":"{x y}"}',
      '83 warning VALIDATE_NUMBER_IN_TEXT {"number":"1.680"}',
    ]);
  });
  it('with the month’s values: a percent of plan without a plan is an error, other gaps warnings', () => {
    const noPlan = (id: string) =>
      id === 'lua' ? { ...plan, value: null } : id === 'lam_dat' ? figure({ plan: null, pctPlan: null }) : views[id];
    expect(problems('{lam_dat.pctPlan} {lua} {lam_dat} {vu_viec.trendSamePeriod} {vu_viec.samePeriod}', noPlan)).toEqual([
      '1 error VALIDATE_REFERENCE_NO_PLAN {"ref":"{lam_dat.pctPlan}","label":"Diện tích làm đất","target":"lua"}',
      '19 error VALIDATE_REFERENCE_NO_PLAN {"ref":"{lua}","label":"Kế hoạch lúa","target":"lua"}',
    ]);
    expect(problems('{lam_dat.prev} {lam_dat.trendSamePeriod}', (id) => views[id])).toEqual([
      '1 warning VALIDATE_REFERENCE_NO_DATA {"ref":"{lam_dat.prev}","label":"Diện tích làm đất","selector":"prev"}',
      '16 warning VALIDATE_REFERENCE_NO_DATA {"ref":"{lam_dat.trendSamePeriod}","label":"Diện tích làm đất","selector":"trendSamePeriod"}',
    ]);
  });
});

describe('the report’s dates in a text', () => {
  it('prints the cut-off date, the month and the years of the report', () => {
    const text = 'Tính đến ngày {ngay_chot_so_lieu}, tháng {thang} năm {nam}; đến ngày 31/12/{nam_truoc} có {vu_viec}.';
    expect(problems(text, (id) => views[id])).toEqual([]);
    expect(render(text)).toBe('Tính đến ngày 15/01/2021, tháng 01 năm 2021; đến ngày 31/12/2020 có 01 vụ việc.');
    expect(plain(renderNarrative('{thang}/{nam}', scope, (id) => views[id], style, reportDates({ year: 2021, month: 12 }, null)))).toBe(
      '12/2021',
    );
  });
  it('a date takes no modifier; a month without a cut-off date warns and prints the office’s words', () => {
    expect(problems('{nam.num} {ngay_chot_so_lieu.plan} {nam.x}')).toEqual([
      '1 error VALIDATE_REFERENCE_MODIFIER_MISFIT {"ref":"{nam.num}","modifier":"num","reason":"date","label":"Năm báo cáo"}',
      '11 error VALIDATE_REFERENCE_MODIFIER_MISFIT {"ref":"{ngay_chot_so_lieu.plan}","modifier":"plan","reason":"date","label":"Ngày chốt số liệu"}',
      '36 error VALIDATE_REFERENCE_MODIFIER_UNKNOWN {"ref":"{nam.x}","modifier":"x","suggestion":"","known":"ytd, plan, samePeriod, prev, \
change, pctPlan, pctSamePeriod, trendSamePeriod, trendPrev, statement, num, words, 0-4"}',
    ]);
    const dataOnly = reportDates({ year: 2020, month: 1 }, null);
    const checked = checkNarrative('đến ngày {ngay_chot_so_lieu}', place, scope, (id) => views[id], dataOnly);
    expect(checked.problems.map((p) => `${p.column} ${p.severity} ${p.code}`)).toEqual(['10 warning VALIDATE_REFERENCE_NO_DATA']);
    expect(plain(renderNarrative('{ngay_chot_so_lieu}', scope, (id) => views[id], style, dataOnly))).toBe('(chưa có số liệu)');
  });
});

describe('renderNarrative', () => {
  it('refuses a text the checks refuse (the pipeline renders only checked data)', () => {
    expect(() => render('{nope}')).toThrow(/unchecked/);
    expect(() => render('a } b')).toThrow(/unchecked/);
  });

  /** What each valid reference of the scope prints. */
  const printed: Record<string, string> = {
    '{lam_dat}': '1.680 ha',
    '{lam_dat.num}': '1.680',
    '{lam_dat.pctPlan.0}': '84%',
    '{lam_dat.plan}': '1.998 ha',
    '{lua}': '1.998 ha',
    '{vu_viec}': '01 vụ việc',
    '{vu_viec.words}': 'một',
    '{vu_viec.ytd.num}': '03',
    '{vu_viec.trendPrev}': 'giảm 50%',
    '{vu_viec.change}': '-1 vụ việc',
    '{ngay_chot_so_lieu}': '15/01/2021',
    '{thang}': '01',
    '{nam}': '2021',
    '{nam_truoc}': '2020',
  };
  it('property: any text prints as itself plus its resolved references', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }).map((s) => ({ source: escapeBraces(s), out: s })),
      fc.constantFrom(...Object.keys(printed)).map((r) => ({ source: r, out: printed[r]! })),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.map((p) => p.source).join('');
        expect(checkNarrative(text, place, scope).problems.filter((p) => p.severity === 'error')).toEqual([]);
        // literal text printed as the report prints data: control characters visible, line breaks as spaces
        expect(render(text)).toBe(literalText(pieces.map((p) => p.out).join('')));
      }),
      { numRuns: 2000 },
    );
  });
  it('property: any string is refused by the checks, or prints as a plain reading of it says', () => {
    // a second, independent reading of the grammar: doubled braces, then references, else the text itself
    const oracle = (text: string) =>
      text.replace(/\{\{|\}\}|\{([^{}\n]*)\}/g, (m) => (m === '{{' ? '{' : m === '}}' ? '}' : (printed[m] ?? '\u0000')));
    const text = fc
      .array(fc.oneof(fc.constantFrom('{', '}', '{{', '}}', '.', '\n', ...Object.keys(printed)), fc.string({ maxLength: 6 })), {
        maxLength: 10,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const errors = checkNarrative(s, place, scope).problems.filter((p) => p.severity === 'error');
        if (errors.length > 0) return;
        expect(render(s)).toBe(literalText(oracle(s)));
      }),
      { numRuns: 3000 },
    );
  });
});
