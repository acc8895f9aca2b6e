/** Period maths (src/accumulate.ts) and the figures the report model carries (src/aggregate.ts). */
import { describe, expect, it } from 'vitest';
import type { District, Plan } from '../../src/data-schemas.js';
import type { SectorData } from '../../src/sector-schema.js';
import { elapsedShare, isLagging, percent, valueIn, yearToDate } from '../../src/accumulate.js';
import { aggregateMonth } from '../../src/aggregate.js';
import type { Month } from '../../src/model.js';
import { registry } from '../support/office.js';

const month = (year: number, m: number, sectors: Record<string, SectorData['chi_tieu']>): Month => ({
  period: { year, month: m },
  report: null,
  sectors: Object.fromEntries(Object.entries(sectors).map(([id, chi_tieu]) => [id, { chi_tieu }])),
});
// aggregate passes the district through untouched
const district = {} as District;
const plan: Plan = { nam: 2021, chi_tieu: { thu_ngan_sach: 50600, lua_dong_xuan: 1998 } };

const jan = month(2021, 1, {
  agriculture: { giet_mo_gia_suc: 512, dan_gia_suc: 41108, lua_dong_xuan_lam_dat: 1680 },
  health: { dan_so_tre_sinh: 109, dan_so_tre_sinh_con_thu_ba: 15 },
  finance: { thu_ngan_sach: 709 },
});
const feb = month(2021, 2, {
  agriculture: { giet_mo_gia_suc: 1034, dan_gia_suc: 41350, lua_dong_xuan_lam_dat: 1998 },
  health: { dan_so_tre_sinh: 91, dan_so_tre_sinh_con_thu_ba: 11 },
  finance: { thu_ngan_sach: 4185 },
});
const lastJan = month(2020, 1, { agriculture: { giet_mo_gia_suc: 486, dan_gia_suc: 40250 } });
const lastFeb = month(2020, 2, { agriculture: { giet_mo_gia_suc: 968, dan_gia_suc: 40480 } });

describe('yearToDate', () => {
  it('sums a flow over the months of the year', () => {
    expect(yearToDate(registry, 'giet_mo_gia_suc', feb.period, [jan, feb])).toBe(512 + 1034);
    expect(yearToDate(registry, 'giet_mo_gia_suc', jan.period, [jan, feb])).toBe(512);
  });

  it('is null for a flow when an earlier month of the year is missing, never a partial sum', () => {
    expect(yearToDate(registry, 'giet_mo_gia_suc', feb.period, [feb])).toBeNull();
    expect(yearToDate(registry, 'giet_mo_gia_suc', feb.period, [month(2021, 1, { finance: { thu_ngan_sach: 709 } }), feb])).toBeNull();
  });

  it('takes the latest value of a stock', () => {
    expect(yearToDate(registry, 'dan_gia_suc', feb.period, [jan, feb])).toBe(41350);
    expect(yearToDate(registry, 'thu_ngan_sach', feb.period, [jan, feb])).toBe(4185);
  });

  it('recomputes a rate from the year-to-date numerator and denominator, not the mean of monthly rates', () => {
    const ytd = yearToDate(registry, 'dan_so_ty_le_con_thu_ba', feb.period, [jan, feb])!;
    expect(ytd).toBeCloseTo(((15 + 11) / (109 + 91)) * 100, 10);
    const meanOfMonths = ((15 / 109) * 100 + (11 / 91) * 100) / 2;
    expect(Math.abs(ytd - meanOfMonths)).toBeGreaterThan(0.05);
  });
});

describe('valueIn and percent', () => {
  it("computes a rate's monthly value from the month's own ratio", () => {
    expect(valueIn(registry, jan, 'dan_so_ty_le_con_thu_ba')).toBeCloseTo((15 / 109) * 100, 10);
    expect(valueIn(registry, jan, 'dan_gia_suc')).toBe(41108);
    expect(valueIn(registry, jan, 'y_te_kham_benh')).toBeNull();
    expect(valueIn(registry, undefined, 'dan_gia_suc')).toBeNull();
  });

  it('never divides by zero: a zero or missing base gives null', () => {
    expect(percent(5, 0)).toBeNull();
    expect(percent(null, 10)).toBeNull();
    expect(percent(0, 10)).toBe(0);
    const noBirths = month(2021, 1, { health: { dan_so_tre_sinh: 0, dan_so_tre_sinh_con_thu_ba: 0 } });
    expect(valueIn(registry, noBirths, 'dan_so_ty_le_con_thu_ba')).toBeNull();
  });
});

describe('pace', () => {
  it('compares the share of plan with the share of the year elapsed, minus the margin', () => {
    expect(elapsedShare({ year: 2021, month: 6 })).toBe(50);
    const feb21 = { year: 2021, month: 2 };
    // February: 16,67% of the year elapsed
    expect(isLagging(6.6, feb21, 10)).toBe(true);
    expect(isLagging(6.7, feb21, 10)).toBe(false);
    expect(isLagging(8.27, feb21, 5)).toBe(true);
    expect(isLagging(null, feb21, 0)).toBe(false);
  });
});

describe('aggregateMonth', () => {
  const model = aggregateMonth(
    registry,
    { month: feb, district, plan, history: [jan, lastJan, lastFeb], sources: new Map() },
    { paceMargin: 5 },
  );

  it('carries the month, year to date, plan and share of plan', () => {
    const f = model.c['thu_ngan_sach']!;
    expect([f.value, f.ytd, f.plan]).toEqual([4185, 4185, 50600]);
    expect(f.pctPlan).toBeCloseTo((4185 / 50600) * 100, 10);
    expect(model.c['lua_dong_xuan_lam_dat']!.pctPlan).toBe(100);
  });

  it('compares with the same period last year (flows: both years to date) and with last month', () => {
    const f = model.c['giet_mo_gia_suc']!;
    expect([f.ytd, f.samePeriod, f.prev, f.change]).toEqual([1546, 486 + 968, 512, 1034 - 512]);
    expect(f.pctSamePeriod).toBeCloseTo((1546 / 1454) * 100, 10);
    const stock = model.c['dan_gia_suc']!;
    expect([stock.samePeriod, stock.change]).toEqual([40480, 41350 - 41108]);
  });

  it('leaves what cannot be computed null: no plan, no last year, no data', () => {
    const f = model.c['dan_gia_suc']!;
    expect([f.plan, f.pctPlan]).toEqual([null, null]);
    const health = model.c['dan_so_tre_sinh']!;
    expect([health.samePeriod, health.pctSamePeriod]).toEqual([null, null]);
    const absent = model.c['y_te_kham_benh']!;
    expect([absent.value, absent.ytd, absent.prev, absent.change, absent.pctPlan]).toEqual([null, null, null, null, null]);
    const noPlan = aggregateMonth(registry, { month: feb, district, plan: null, history: [jan], sources: new Map() });
    expect([noPlan.c['thu_ngan_sach']!.plan, noPlan.c['thu_ngan_sach']!.pctPlan]).toEqual([null, null]);
  });

  it('flags a figure whose share of plan lags the year by more than the margin, only when a margin is given', () => {
    // 8,27% of plan after 16,67% of the year: 8,4 points behind
    expect(model.c['thu_ngan_sach']!.lagging).toBe(true);
    expect(model.c['lua_dong_xuan_lam_dat']!.lagging).toBe(false);
    const wide = aggregateMonth(registry, { month: feb, district, plan, history: [jan], sources: new Map() }, { paceMargin: 10 });
    expect(wide.c['thu_ngan_sach']!.lagging).toBe(false);
    const none = aggregateMonth(registry, { month: feb, district, plan, history: [jan], sources: new Map() });
    expect(none.c['thu_ngan_sach']!.lagging).toBe(false);
  });
});
