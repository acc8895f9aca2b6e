import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoadCache, listReportMonths, loadInputs } from '../../src/load.js';
import { periodId } from '../../src/period.js';
import { validateInputs } from '../../src/validate.js';
import { registry } from '../support/office.js';
// @ts-expect-error the benchmark's generator is plain JavaScript
import { generateHistory } from '../../bin/gen-history.mjs';

// The benchmark's `build --all` runs over this generated history: every month must validate as the sectors' rules
// stand today, and the figures must vary plausibly (whole, non-negative counts).
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-gen-history-'));
  await generateHistory({ out: dir, years: 2, seed: 7 });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/gen-history.mjs', () => {
  it('writes 24 report months, the district and a plan per year', () => {
    expect(listReportMonths(dir).map(periodId)).toHaveLength(24);
    expect(readdirSync(join(dir, 'plans')).sort()).toEqual(['2021.yaml', '2022.yaml']);
  });

  it('gives months that all validate, with varied, whole and non-negative counts', () => {
    const cache = createLoadCache();
    const seen = new Map<string, Set<number>>();
    for (const period of listReportMonths(dir)) {
      const v = validateInputs(registry, loadInputs(dir, period, cache), { paceMargin: 10 });
      expect(v.ok ? [] : v.errors.map((e) => `${e.code} ${e.file}:${e.line}`), periodId(period)).toEqual([]);
      if (!v.ok) continue;
      for (const [id, def] of registry.indicators) {
        const value = v.value.month.sectors[def.sector]?.chi_tieu?.[id];
        if (typeof value !== 'number') continue;
        if (def.kind === 'count') expect(Number.isInteger(value) && value >= 0, `${periodId(period)} ${id} = ${value}`).toBe(true);
        (seen.get(id) ?? seen.set(id, new Set()).get(id)!).add(value);
      }
    }
    // most figures take many values over two years (zeros stay zero, some rates are pinned by their rules)
    const varied = [...seen.values()].filter((values) => values.size > 3).length;
    expect(varied).toBeGreaterThan(seen.size / 2);
  });
});
