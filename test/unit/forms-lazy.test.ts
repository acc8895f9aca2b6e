/** exceljs (the largest dependency) is loaded by `forms` and `import` only: build, check and status never load it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/cli.js';
import { ROOT } from '../support/workspace.js';

// records whether anything imported exceljs (the mock is hoisted above the imports)
const state = vi.hoisted(() => ({ loaded: false }));
vi.mock('exceljs', async (importOriginal) => {
  state.loaded = true;
  return importOriginal();
});

describe('the spreadsheet library is loaded only by forms and import', () => {
  it('check, status and a Markdown build run without it; forms loads it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'report-lazy-'));
    try {
      expect((await runCli(['--root', ROOT, 'check', '2021-01', '--format', 'json'])).code).toBe(0);
      expect((await runCli(['--root', ROOT, 'status', '2021-01'])).code).toBe(0);
      expect((await runCli(['--root', ROOT, 'build', '2021-01', '--format', 'md', '--out', out])).code).toBe(0);
      expect(state.loaded).toBe(false);
      expect((await runCli(['--root', ROOT, 'forms', '2021-01', '--out', join(out, 'forms')])).code).toBe(0);
      expect(state.loaded).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
