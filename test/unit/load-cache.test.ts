import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMonth } from '../../src/commands/build.js';
import { createLoadCache, loadInputs, pruneLoadCache } from '../../src/load.js';
import { shippedReport } from '../support/shipped.js';
import { runContext } from '../support/office.js';

// build --all shares what it has read between the months of one run (LoadCache): the outputs must not change.
const jan = { year: 2021, month: 1 };
const feb = { year: 2021, month: 2 };

describe('the load cache of build --all', () => {
  it('reuses the months an earlier build of the run read', () => {
    const cache = createLoadCache();
    const first = loadInputs('data', jan, cache);
    const second = loadInputs('data', feb, cache);
    expect(second.history.find((m) => m.period.month === 1 && m.period.year === 2021)).toBe(first.month);
    expect(second.district).toBe(first.district);
    // without a cache every build reads afresh (watch must see edits)
    expect(loadInputs('data', feb).history.find((m) => m.period.year === 2021)).not.toBe(first.month);
  });

  it('forgets months no later report compares with', () => {
    const cache = createLoadCache();
    loadInputs('data', feb, cache);
    expect([...cache.months.values()].some((m) => m.period.year === 2020)).toBe(true);
    pruneLoadCache(cache, { year: 2022, month: 1 });
    expect([...cache.months.values()].some((m) => m.period.year === 2020)).toBe(false);
    expect([...cache.months.values()].some((m) => m.period.year === 2021)).toBe(true);
    expect([...cache.parsed.keys()].some((path) => path.includes(`2020-`))).toBe(false);
    expect([...cache.parsed.keys()].some((path) => path.includes(`${sep}2021-01${sep}`))).toBe(true);
  });

  it('parses again only the files whose bytes changed when a month folder is read again (watch)', () => {
    const data = mkdtempSync(join(tmpdir(), 'report-load-cache-'));
    try {
      cpSync('data', data, { recursive: true });
      const cache = createLoadCache();
      const before = loadInputs(data, jan, cache).month.files;
      const edited = join(data, '2021-01', 'culture.yaml');
      writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^(\s+du_lich_luot_khach: )\d+/m, '$17777'));
      cache.months.delete(join(data, '2021-01')); // what watch forgets when the folder changes
      const after = loadInputs(data, jan, cache).month.files;
      expect(after.map((f) => f.name)).toEqual(before.map((f) => f.name));
      for (const [i, f] of after.entries()) {
        if (f.name === 'culture.yaml') {
          expect(f).not.toBe(before[i]);
          expect(f.parsed.source?.text).toContain('du_lich_luot_khach: 7777');
        } else expect(f).toBe(before[i]);
      }
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('gives the same outputs as builds that read everything themselves', async () => {
    const context = runContext();
    for (const period of [jan, feb]) {
      const shared = await renderMonth({ context, period, formats: ['md', 'docx'] });
      // the build without a cache, as the other tests of the shipped data use it
      const alone = await shippedReport(period);
      expect('files' in shared && shared.files.map((f) => f.data)).toEqual([alone.md, alone.docx]);
      expect(shared.warnings).toEqual(alone.warnings);
    }
  });
});
