/** Report periods: strict YYYY-MM parsing and month arithmetic. Pure. */

export interface Period {
  readonly year: number;
  readonly month: number;
}

/** "2021-01" → {2021, 1}; anything else (2021-13, 2021-1, ../x, 21-01) → null. */
export function parsePeriod(text: string): Period | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/** A month or day number as the report writes it in dates and titles: "01" … "12". */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

export const periodId = (p: Period): string => `${String(p.year).padStart(4, '0')}-${twoDigits(p.month)}`;

export function addMonths(p: Period, n: number): Period {
  const i = p.year * 12 + (p.month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

export const comparePeriods = (a: Period, b: Period): number => a.year - b.year || a.month - b.month;
