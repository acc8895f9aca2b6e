/** src/period.ts: strict YYYY-MM periods and month arithmetic. */
import { describe, expect, it } from 'vitest';
import { addMonths, comparePeriods, parsePeriod, periodId } from '../../src/period.js';

describe('parsePeriod', () => {
  it('reads YYYY-MM with a month from 01 to 12', () => {
    expect(parsePeriod('2021-01')).toEqual({ year: 2021, month: 1 });
    expect(parsePeriod('1999-12')).toEqual({ year: 1999, month: 12 });
  });
  it.each(['2021-13', '2021-00', '2021-1', '21-01', '2021/01', '2021-01-15', ' 2021-01', '2021-01\n', '２０２１-01', '', '../2021-01'])(
    'refuses %j',
    (text) => expect(parsePeriod(text)).toBeNull(),
  );
});

describe('month arithmetic', () => {
  it('writes a period back as YYYY-MM', () => {
    expect(periodId({ year: 2021, month: 2 })).toBe('2021-02');
    expect(periodId({ year: 987, month: 11 })).toBe('0987-11');
  });
  it('adds and subtracts months across year ends', () => {
    expect(addMonths({ year: 2021, month: 12 }, 1)).toEqual({ year: 2022, month: 1 });
    expect(addMonths({ year: 2021, month: 1 }, -1)).toEqual({ year: 2020, month: 12 });
    expect(addMonths({ year: 2021, month: 2 }, -14)).toEqual({ year: 2019, month: 12 });
    expect(addMonths({ year: 2021, month: 5 }, 0)).toEqual({ year: 2021, month: 5 });
  });
  it('orders periods by year, then month', () => {
    const sorted = [
      { year: 2021, month: 2 },
      { year: 2020, month: 12 },
      { year: 2021, month: 1 },
    ].sort(comparePeriods);
    expect(sorted.map(periodId)).toEqual(['2020-12', '2021-01', '2021-02']);
    expect(comparePeriods({ year: 2021, month: 3 }, { year: 2021, month: 3 })).toBe(0);
  });
});
