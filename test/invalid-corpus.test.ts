/**
 * The broken-input corpus: every case under test/fixtures/invalid/ is applied to a copy of the real data and checked.
 * The golden (expected.txt) holds the exit code and the diagnostics the case adds to those of the unchanged data,
 * so a warning the real data carries (or a sector another change adds) does not rewrite forty goldens.
 * Update after a deliberate wording change: npx vitest run test/invalid-corpus.test.ts -u, then review the diff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCase, caseNames, CASES_DIR, check, dataWorkspace, diagnosticBlocks, normalise } from './support/cases.js';
import type { Workspace } from './support/workspace.js';

let baseline: Set<string>;
let clean: Workspace;

beforeAll(async () => {
  clean = dataWorkspace();
  const r = await check(clean);
  // the corpus is meaningful only if the real data passes
  expect(r.code, r.stderr).toBe(0);
  baseline = new Set(diagnosticBlocks(normalise(r.stderr, clean)));
});
afterAll(() => clean.remove());

describe('broken inputs give a located, coded diagnostic (or build when the input is valid)', () => {
  const names = caseNames();
  it('has at least 40 cases', () => expect(names.length).toBeGreaterThanOrEqual(40));

  for (const name of names) {
    it(name, async () => {
      const ws = dataWorkspace();
      try {
        applyCase(ws, name);
        const started = performance.now();
        const r = await check(ws);
        const elapsed = performance.now() - started;
        const out = normalise(r.stderr, ws);
        // never a crash: no internal error, no stack trace, a known exit code
        expect(r.code, out).not.toBe(3);
        expect([0, 1, 2]).toContain(r.code);
        expect(out).not.toMatch(/INTERNAL|\n\s+at .*\(.*:\d+:\d+\)/);
        expect(elapsed, 'each case is answered in well under a second').toBeLessThan(1000);
        const added = diagnosticBlocks(out).filter((b) => !baseline.has(b));
        if (r.code !== 0) expect(added.length, 'a failing case names its problem').toBeGreaterThan(0);
        const golden = `exit ${r.code}\n${added.map((b) => `${b}\n`).join('')}`;
        await expect(golden).toMatchFileSnapshot(`${CASES_DIR}/${name}/expected.txt`);
      } finally {
        ws.remove();
      }
    });
  }
});
