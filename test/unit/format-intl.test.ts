import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/format.js';

// formatNumber writes vi-VN numbers without Intl (whose first use loads ICU data at every start): Intl is the oracle.
const intl = (value: number, decimals: number, fixed: boolean) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: fixed ? decimals : 0, maximumFractionDigits: decimals, useGrouping: true })
    .format(value)
    .replace(/^-(?=0(,0*)?$)/, ''); // formatNumber's own rule: never "-0"

const styles = fc.record({ decimals: fc.integer({ min: 0, max: 4 }), fixed: fc.boolean() });

describe('formatNumber writes what Intl.NumberFormat("vi-VN") writes', () => {
  it('on the cases rounding gets wrong with toFixed or binary arithmetic', () => {
    const cases: [number, number][] = [[1.005, 2], [2.675, 2], [0.125, 2], [1.45, 1], [0.5, 0], [1.5, 0], [2.5, 0], [-2.5, 0], [999.995, 2],
      [9999.5, 0], [0.0005, 3], [1347.19, 2], [30.675, 3], [-0, 0], [-0.4, 0], [123456789.125, 2], [1e21, 0], [1e-7, 3], [5e-7, 6], [0.1 + 0.2, 4]];
    for (const [v, d] of cases) for (const fixed of [false, true]) expect(formatNumber(v, { decimals: d, fixed }), `${v} ${d} ${fixed}`).toBe(intl(v, d, fixed));
  });

  it('on any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), styles, (v, { decimals, fixed }) => {
      expect(formatNumber(v, { decimals, fixed })).toBe(intl(v, decimals, fixed));
    }), { numRuns: 3000 });
  });

  it('on figures as the data holds them: counts and amounts with few decimals, halves included', () => {
    const figure = fc.tuple(fc.integer({ min: -1e9, max: 1e12 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(0, 5, 1, 9))
      .map(([n, places, last]) => Number(`${n}${places > 0 ? `.${String(Math.abs(n) % 1000).padStart(places, '0').slice(0, places - 1)}${last}` : ''}`));
    fc.assert(fc.property(figure, styles, (v, { decimals, fixed }) => {
      expect(formatNumber(v, { decimals, fixed })).toBe(intl(v, decimals, fixed));
    }), { numRuns: 5000 });
  });
});
