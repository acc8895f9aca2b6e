/** Warnings about a month's comparisons: plan target missing, year to date incomplete, pace lagging. */
import { describe, expect, it } from 'vitest';
import { checkComparisons } from '../../src/comparison-checks.js';
import { monthOf, planOf as asPlan, sourceOf } from '../support/sources.js';
import { registry } from '../support/office.js';

const finance = (thu: number) => `chi_tieu:\n  agribank_huy_dong: 641\n  thu_ngan_sach: ${thu}\n`;
const planText = 'nam: 2021\nchi_tieu:\n  lua_dong_xuan: 1998\n';
const planOf = (text: string) => asPlan(sourceOf('data/plans/2021.yaml', text));

describe('checkComparisons', () => {
  it('warns once, at the plan file, when a figure measured against the plan has no target there', () => {
    const { month, sources } = monthOf({ year: 2021, month: 1 }, { finance: finance(709) });
    const problems = checkComparisons({ registry, month, history: [], plan: planOf(planText), sources });
    expect(problems.map((p) => [p.code, p.severity, p.file, p.line, p.dataPath.join('.'), p.params['target']])).toEqual([
      ['VALIDATE_PLAN_TARGET_MISSING', 'warning', 'data/plans/2021.yaml', 2, 'chi_tieu.thu_ngan_sach', 'thu_ngan_sach'],
    ]);
    // with the target, or without any plan file (VALIDATE_PLAN_MISSING covers that), nothing
    expect(checkComparisons({ registry, month, history: [], plan: planOf(`${planText}  thu_ngan_sach: 50600\n`), sources })).toEqual([]);
    expect(checkComparisons({ registry, month, history: [], plan: null, sources })).toEqual([]);
  });

  it('says which earlier months a flow year to date lacks, once per sector', () => {
    const agriculture = 'chi_tieu:\n  giet_mo_gia_suc: 1034\n  gia_suc_chet_ret: 12\n';
    const { month, sources } = monthOf({ year: 2021, month: 3 }, { agriculture });
    const jan = monthOf({ year: 2021, month: 1 }, { agriculture }).month;
    const problems = checkComparisons({ registry, month, history: [jan], plan: null, sources });
    expect(problems.map((p) => [p.code, p.file, p.line, p.params['months']])).toEqual([
      ['VALIDATE_YTD_INCOMPLETE', 'data/2021-03/agriculture.yaml', 1, '2021-02'],
    ]);
    // stocks need no earlier month
    const stock = monthOf({ year: 2021, month: 3 }, { finance: finance(4185) });
    expect(checkComparisons({ registry, month: stock.month, history: [], plan: null, sources: stock.sources })).toEqual([]);
  });

  it('warns at the figure when its share of plan lags the year elapsed by more than the margin', () => {
    const { month, sources } = monthOf({ year: 2021, month: 2 }, { finance: finance(4185) });
    const plan = planOf(`${planText}  thu_ngan_sach: 50600\n`);
    const lagging = checkComparisons({ registry, month, history: [], plan, sources, paceMargin: 5 });
    expect(
      lagging.map((p) => [
        p.code,
        p.severity,
        p.file,
        p.line,
        p.column,
        p.dataPath.join('.'),
        p.params['pct'],
        p.params['elapsed'],
        p.params['gap'],
      ]),
    ).toEqual([['VALIDATE_PACE_LAGGING', 'warning', 'data/2021-02/finance.yaml', 3, 3, 'chi_tieu.thu_ngan_sach', '8,3%', '16,7%', '8,4']]);
    expect(checkComparisons({ registry, month, history: [], plan, sources, paceMargin: 10 })).toEqual([]);
    expect(checkComparisons({ registry, month, history: [], plan, sources })).toEqual([]);
  });

  describe('plausibility against history', () => {
    const plausibility = (figures: string, previous: string | null, lastYear: string | null) => {
      const { month, sources } = monthOf({ year: 2021, month: 2 }, { agriculture: `chi_tieu:\n${figures}` });
      const history = [
        ...(previous === null ? [] : [monthOf({ year: 2021, month: 1 }, { agriculture: `chi_tieu:\n${previous}` }).month]),
        ...(lastYear === null ? [] : [monthOf({ year: 2020, month: 2 }, { agriculture: `chi_tieu:\n${lastYear}` }).month]),
      ];
      return checkComparisons({ registry, month, history, plan: null, sources })
        .filter((p) => p.code === 'VALIDATE_JUMP' || p.code === 'VALIDATE_STOCK_DROP')
        .map((p) => [p.code, p.line, p.params['value'], p.params['before'], p.params['beforeMonth']]);
    };

    it('warns at a ×10 jump against the previous month or the same month last year, naming both values', () => {
      expect(plausibility('  che_hien_co: 1.35\n', '  che_hien_co: 1347.19\n', '  che_hien_co: 1310.5\n')).toEqual([
        ['VALIDATE_JUMP', 2, '1,35 ha', '1.347,19 ha', '2021-01'],
        ['VALIDATE_JUMP', 2, '1,35 ha', '1.310,5 ha', '2020-02'],
      ]);
      expect(plausibility('  giet_mo_lon: 4400\n', '  giet_mo_lon: 440\n', null)).toEqual([
        ['VALIDATE_JUMP', 2, '4.400 con', '440 con', '2021-01'],
      ]);
      // 9.9 times is no jump; small counts (1 case, then 12) are left alone
      expect(plausibility('  giet_mo_lon: 4356\n', '  giet_mo_lon: 440\n', null)).toEqual([]);
      expect(plausibility('  trau_chet_ret: 12\n', '  trau_chet_ret: 1\n', null)).toEqual([]);
    });

    it('warns when a stock falls by more than half since the previous month, not when a flow does', () => {
      expect(plausibility('  dan_gia_suc: 20000\n', '  dan_gia_suc: 41108\n', null)).toEqual([
        ['VALIDATE_STOCK_DROP', 2, '20.000 con', '41.108 con', '2021-01'],
      ]);
      expect(plausibility('  dan_gia_suc: 20554\n', '  dan_gia_suc: 41108\n', null)).toEqual([]);
      expect(plausibility('  giet_mo_lon: 200\n', '  giet_mo_lon: 440\n', null)).toEqual([]);
      // a fall to a tenth is one warning, the jump
      expect(plausibility('  dan_gia_suc: 4110\n', '  dan_gia_suc: 41108\n', null).map((p) => p[0])).toEqual(['VALIDATE_JUMP']);
    });
  });
});
