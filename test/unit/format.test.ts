import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatOfficialDate, formatPercent, letter, numberInWords, roman, roundTo } from '../../src/format.js';

describe('formatNumber', () => {
  // the report's numbers are Intl's vi-VN style, written by hand (src/format.ts): Intl is the oracle
  const formatters = new Map<string, Intl.NumberFormat>();
  const intl = (value: number, min: number, max: number) => {
    const key = `${min}:${max}`;
    if (!formatters.has(key))
      formatters.set(key, new Intl.NumberFormat('vi-VN', { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: true }));
    return formatters
      .get(key)!
      .format(value)
      .replace(/^-(?=0(,0*)?$)/, '');
  };
  it('writes every finite value as Intl.NumberFormat vi-VN does, a rounded-away minus dropped', () => {
    const cases: [number, number][] = [
      [1.005, 2],
      [1.015, 2],
      [2.5, 0],
      [-2.5, 0],
      [-0.4, 0],
      [-0, 2],
      [0.5, 0],
      [9.995, 2],
      [999.95, 1],
      [1e21, 0],
      [1.5e300, 2],
      [1.23e-7, 3],
      [5e-7, 6],
      [5e-324, 2],
      [123456789.125, 2],
      [-1234.5, 2],
      [1e15 + 0.3, 1],
      [0.045, 1],
      [-0.05, 1],
    ];
    for (const [v, max] of cases)
      for (const fixed of [false, true])
        expect(formatNumber(v, { decimals: max, fixed }), `${v} ${max}`).toBe(intl(v, fixed ? max : 0, max));
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 200),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), fc.boolean(), (v, max, fixed) => {
        expect(formatNumber(v, { decimals: max, fixed })).toBe(intl(v, fixed ? max : 0, max));
      }),
      { numRuns: 20000 },
    );
  });
  it('refuses a value that is not finite instead of printing ∞ or NaN', () => {
    for (const v of [Infinity, -Infinity, NaN]) expect(() => formatNumber(v)).toThrow(/not a finite number/);
  });
  it('writes Vietnamese grouping and decimals as the report does', () => {
    expect(formatNumber(1347.19, { decimals: 2 })).toBe('1.347,19');
    expect(formatNumber(45989.5, { decimals: 1 })).toBe('45.989,5');
    expect(formatNumber(1998)).toBe('1.998');
    expect(formatNumber(291000)).toBe('291.000');
    expect(formatNumber(30.675, { decimals: 3 })).toBe('30,675');
  });
  it('zero-pads whole values 1-9 only when asked', () => {
    expect(formatNumber(4, { pad: true })).toBe('04');
    expect(formatNumber(0, { pad: true })).toBe('0');
    expect(formatNumber(10, { pad: true })).toBe('10');
    expect(formatNumber(0.5, { decimals: 1, pad: true })).toBe('0,5');
    expect(formatNumber(4)).toBe('4');
  });
  it('never prints "-0": a -0 in the data or a tiny negative rounded away is 0', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.001, { decimals: 2 })).toBe('0');
    expect(formatNumber(-0.001, { decimals: 2, fixed: true })).toBe('0,00');
    expect(formatNumber(-1.5, { decimals: 1 })).toBe('-1,5');
  });
  it('keeps trailing zeros for fixed decimals', () => {
    expect(formatNumber(10.5, { decimals: 2, fixed: true })).toBe('10,50');
  });
});

describe('formatPercent', () => {
  it('rounds half away from zero to the requested digits', () => {
    expect(formatPercent((1680 / 1998) * 100, 0)).toBe('84%');
    expect(formatPercent((709 / 50600) * 100, 1)).toBe('1,4%');
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });
});

describe('dates', () => {
  it('formats body dates dd/mm/yyyy', () => expect(formatDate('2021-01-15')).toBe('15/01/2021'));
  it('pads the header day below 10 and only months 1-2', () => {
    expect(formatOfficialDate('2021-01-05', 2021, 1)).toBe('ngày 05 tháng 01 năm 2021');
    expect(formatOfficialDate('2019-06-29', 2019, 6)).toBe('ngày 29 tháng 6 năm 2019');
  });
  it('leaves blanks for handwriting when the report is not signed yet', () => {
    expect(formatOfficialDate(null, 2021, 2)).toMatch(/^ngày +tháng 02 năm 2021$/);
  });
});

describe('numberInWords', () => {
  it('spells small counts', () => expect(numberInWords(1)).toBe('một'));
});

describe('the numbers of headings', () => {
  it('writes sections in Roman numerals, sub-items in Vietnamese letter order (đ after d, no f)', () => {
    expect([1, 4, 9, 14, 40, 1990].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXC']);
    expect([1, 4, 5, 6, 7].map(letter)).toEqual(['a', 'd', 'đ', 'e', 'g']);
  });
});
