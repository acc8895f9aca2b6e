/**
 * The numeric rules of one figure, as properties over any definition and any value: what passes is exactly what the
 * data file's validation accepts, every value a hint proposes passes, a written value with more decimal places than
 * declared never passes, and no accepted value can make a year to date overflow.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptsValue,
  decimalsProblem,
  FIGURE_LIMIT,
  figureRange,
  numberReadings,
  passingForms,
  roundedForm,
  yamlNumber,
  type FigureDef,
} from '../../src/figure-rules.js';
import type { IndicatorDef } from '../../src/definitions.js';
import { sectorSchema } from '../../src/sector-schema.js';
import { validateSource } from '../../src/validate.js';
import { sourceOf } from '../support/sources.js';

type Def = IndicatorDef & FigureDef;

/** Any figure definition: a count or an amount of 0-4 places, a share or not, signed or not, maybe a declared range. */
const definition: fc.Arbitrary<Def> = fc
  .record({
    kind: fc.constantFrom('count', 'amount'),
    decimals: fc.integer({ min: 0, max: 4 }),
    unit: fc.constantFrom('%', 'ha', 'con', 'triệu đồng'),
    signed: fc.boolean(),
    bound: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
  })
  .map(
    ({ kind, decimals, unit, signed, bound }) =>
      ({
        label: 'Chỉ tiêu',
        unit,
        kind,
        accumulate: 'flow',
        signed,
        ...(kind === 'amount' ? { decimals } : {}),
        ...(bound === undefined ? {} : { max: bound }),
      }) as Def,
  );

/** The problems of a data file whose one figure is written `text`. */
function problemsOf(def: Def, text: string) {
  const sector = { id: 'x', title: 'X', department: 'x', indicators: { f: def }, texts: {} };
  const source = sourceOf('data/2021-01/x.yaml', `chi_tieu:\n  f: ${text}\n`);
  return validateSource(source, sectorSchema(sector), new Map([['f', def]])).problems;
}

/** Values as a clerk may type them: whole, with a few decimals, a thousands-dot shape, huge, negative. */
const typed = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99_999 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`),
  fc.constantFrom('12345678901234567890', '9007199254740993', '1e12', '1.0000000000001e12', '5e15', '0.5', '100.00', '-0'),
);

describe('a figure passes validation exactly when the rules accept its value as written', () => {
  it('holds for any definition and any typed value', () => {
    fc.assert(
      fc.property(definition, typed, (def, text) => {
        const value = Number(text);
        const errors = problemsOf(def, text).filter((p) => p.severity === 'error');
        const accepted = acceptsValue(def, value) && decimalsProblem(def, text) === null;
        expect(errors.length === 0, `${text} → ${errors.map((e) => e.code).join(', ')}`).toBe(accepted);
      }),
      { numRuns: 120 },
    );
  });

  it('refuses every value written with more decimal places than declared, the thousands dot first of all', () => {
    fc.assert(
      fc.property(definition, fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (def, a, b) => {
        const text = `${a}.${String(b).padStart(3, '0')}`;
        const codes = problemsOf(def, text).map((p) => p.code);
        const places = def.kind === 'count' ? 0 : (def.decimals ?? 0);
        if (places < 3) expect(codes).toEqual(['VALIDATE_THOUSANDS_SEPARATOR']);
        else expect(codes).not.toContain('VALIDATE_THOUSANDS_SEPARATOR');
      }),
      { numRuns: 80 },
    );
  });
});

describe('every form a hint proposes passes', () => {
  it('the thousands, decimals and whole-number hints', () => {
    fc.assert(
      fc.property(definition, typed, (def, text) => {
        for (const p of problemsOf(def, text)) {
          const suggestions = (p.params as { suggestions?: readonly string[] }).suggestions ?? [];
          for (const form of [p.params.plain, p.params.rounded, ...suggestions]) {
            if (typeof form === 'string' && form !== '') expect(problemsOf(def, form), `${text} → ${form}`).toEqual([]);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('the readings of a number typed as text ("41,108", "1.347,19", "1.680 ha", "35,6")', () => {
    const texts = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a},${String(b).padStart(3, '0')}`),
      fc
        .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }))
        .map(([a, b, c]) => `${a}.${String(b).padStart(3, '0')},${c}`),
      fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('', ' ha', '%', ' con')).map(([a, u]) => `${a}${u}`),
      fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a},${b}`),
    );
    fc.assert(
      fc.property(definition, texts, (def, text) => {
        const problems = problemsOf(def, JSON.stringify(text));
        expect(problems.map((p) => p.code)).toEqual(['VALIDATE_NUMBER_AS_TEXT']);
        for (const form of problems[0]!.params.suggestions as readonly string[])
          expect(problemsOf(def, form), `${text} → ${form}`).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('never proposes 41.108 for forty-one thousand one hundred and eight head of cattle', () => {
    const count = { label: 'Tổng đàn gia súc', unit: 'con', kind: 'count', accumulate: 'stock' } as Def;
    expect(passingForms('41,108', (n) => acceptsValue(count, n))).toEqual(['41108']);
    expect(numberReadings('41,108')).toEqual([41.108, 41108]);
    const tonnes = { label: 'Lương thực', unit: 'tấn', kind: 'amount', decimals: 3, accumulate: 'stock' } as Def;
    expect(passingForms('41,108', (n) => acceptsValue(tonnes, n))).toEqual(['41.108', '41108']);
  });
});

describe('ranges follow from meaning', () => {
  it('a share is 0-100 unless declared, anything else 0 to 10^12, signed figures symmetric', () => {
    const share = { label: 'Tỷ lệ', unit: '%', kind: 'amount', decimals: 2, accumulate: 'stock' } as Def;
    expect(figureRange(share)).toEqual({ min: 0, max: 100 });
    expect(figureRange({ ...share, max: 200 })).toEqual({ min: 0, max: 200 });
    expect(figureRange({ ...share, unit: 'ha' })).toEqual({ min: 0, max: FIGURE_LIMIT });
    expect(figureRange({ ...share, unit: 'ha', signed: true })).toEqual({ min: -FIGURE_LIMIT, max: FIGURE_LIMIT });
  });

  it('no twelve accepted values add up beyond the integers a double holds exactly', () => {
    fc.assert(
      fc.property(
        definition,
        fc.array(fc.double({ min: -2e12, max: 2e12, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (def, values) => {
          const sum = values.filter((v) => acceptsValue(def, v)).reduce((a, v) => a + v, 0);
          expect(Math.abs(sum)).toBeLessThanOrEqual(12 * FIGURE_LIMIT);
          expect(12 * FIGURE_LIMIT).toBeLessThan(Number.MAX_SAFE_INTEGER);
        },
      ),
    );
  });

  it('quotes a value above 2^53 as typed, not as the double it was read as', () => {
    const count = { label: 'Đàn gia cầm', unit: 'con', kind: 'count', accumulate: 'stock' } as Def;
    const [p] = problemsOf(count, '12345678901234567890');
    expect([p?.code, p?.params.value, p?.params.max]).toEqual(['VALIDATE_OUT_OF_RANGE', '12345678901234567890', FIGURE_LIMIT]);
  });
});

describe('written forms', () => {
  it('counts trailing zeros only in the thousands shape', () => {
    const ha = { label: 'Diện tích', unit: 'ha', kind: 'amount', decimals: 2, accumulate: 'stock' } as Def;
    expect(['291.000', '12.50', '1.5000', '1347.195', '7'].map((t) => decimalsProblem(ha, t))).toEqual([
      'thousands',
      null,
      null,
      'decimals',
      null,
    ]);
    expect(roundedForm(ha, 1347.195)).toBe('1347.2');
    expect(yamlNumber(1e21)).toBe('1000000000000000000000');
  });
  it('counts the places of an exponent form (a denormal 5e-324 once reached the report as an Infinity)', () => {
    const ha = { label: 'Diện tích', unit: 'ha', kind: 'amount', decimals: 2, accumulate: 'stock' } as Def;
    expect(['5e-324', '1.25e1', '1.5e3', '1E-2', '1e-3'].map((t) => decimalsProblem(ha, t))).toEqual([
      'decimals',
      null,
      null,
      null,
      'decimals',
    ]);
    expect([acceptsValue(ha, 5e-324), acceptsValue(ha, 0.01), acceptsValue(ha, 1e-7)]).toEqual([false, true, false]);
  });
});
