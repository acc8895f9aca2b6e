/**
 * Property: whatever valid figures the months hold (zero, the largest a figure may be, a plan of zero, a base of zero
 * for a rate, a month that halves or multiplies), the report of February 2021 (which prints year to date, shares of
 * plan, same period and changes) and the diff of January and February never print Infinity, NaN, null or undefined.
 * Invalid values are refused before they reach the report (test/unit/figure-rules.test.ts); this covers what passes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareMonths } from '../src/compare.js';
import { figureRange } from '../src/figure-rules.js';
import { modelMonth, renderMonthDocument } from '../src/pipeline.js';
import { formatDiffMarkdown, formatDiffText } from '../src/render-diff.js';
import { writeMarkdown } from '../src/render-markdown.js';
import { registry, runContext } from './support/office.js';
import { workspace, type Workspace } from './support/workspace.js';

const FORBIDDEN = /Infinity|∞|NaN|\bnull\b|undefined/;
const MONTHS = ['2021-01', '2021-02', '2020-02'] as const;
const ENTERED = [...registry.indicators].filter(([, d]) => d.accumulate !== 'rate');

let ws: Workspace;
let originals: Map<string, string>;
beforeAll(() => {
  ws = workspace();
  originals = new Map();
  for (const m of MONTHS)
    for (const s of registry.sectors) {
      const file = join(ws.data, m, `${s.id}.yaml`);
      try {
        originals.set(file, readFileSync(file, 'utf8'));
      } catch {
        /* a data-only month has a few sectors */
      }
    }
  const plan = join(ws.data, 'plans', '2021.yaml');
  originals.set(plan, readFileSync(plan, 'utf8'));
});
afterAll(() => ws.remove());

/** A value that passes as this figure: the extremes of its range, zero, or anything in between written with its places. */
const valueFor = (id: string): fc.Arbitrary<number> => {
  const def = registry.indicators.get(id) ?? registry.planTargets.get(id)!;
  const { min, max } = figureRange(def);
  const places = def.kind === 'count' ? 0 : (def.decimals ?? 0);
  return fc.oneof(
    fc.constantFrom(0, min, max),
    fc.integer({ min: Math.max(min, -1e6), max: Math.min(max, 1e6) }).map((n) => n / 10 ** places),
  );
};

/** Edits: a figure of one of the months, or a plan target, set to a valid value. */
const edit = fc.oneof(
  fc
    .tuple(fc.constantFrom(...MONTHS), fc.constantFrom(...ENTERED.map(([id]) => id)))
    .chain(([m, id]) => valueFor(id).map((v) => ({ file: join(ws.data, m, `${registry.indicators.get(id)!.sector}.yaml`), id, v }))),
  fc
    .constantFrom(...registry.planTargets.keys())
    .chain((id) => valueFor(id).map((v) => ({ file: join(ws.data, 'plans', '2021.yaml'), id, v }))),
);

describe('no Infinity, NaN, null or undefined in any output', () => {
  it('holds for any valid figures in the months a report reads', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        try {
          for (const { file, id, v } of edits) {
            if (!originals.has(file)) continue;
            const text = readFileSync(file, 'utf8');
            writeFileSync(file, text.replace(new RegExp(`^( {2}${id}:) *[^#\\n]*`, 'm'), `$1 ${v} `));
          }
          const ctx = runContext({ dataDir: ws.data });
          const feb = renderMonthDocument(ctx, { year: 2021, month: 2 });
          // a figure the rules refuse (a part above its whole) stops the build: nothing is printed, so nothing to check
          if (!feb.ok) return;
          const md = writeMarkdown(feb.value);
          expect(md.match(FORBIDDEN)?.[0], JSON.stringify(edits)).toBeUndefined();
          const jan = modelMonth(ctx, { year: 2021, month: 1 });
          const febModel = modelMonth(ctx, { year: 2021, month: 2 });
          if (!jan.ok || !febModel.ok) return;
          const diff = compareMonths(registry, { model: jan.value, revision: null }, { model: febModel.value, revision: null });
          for (const text of [formatDiffText(diff, 'vi', false), formatDiffMarkdown(diff, 'vi')])
            expect(text.match(FORBIDDEN)?.[0], JSON.stringify(edits)).toBeUndefined();
        } finally {
          for (const [file, text] of originals) writeFileSync(file, text);
        }
      }),
      { numRuns: 10 },
    );
  });
});
