/**
 * A bug (not a user mistake) ends with exit 3, a short "internal error, please report" line and no stack unless
 * --debug: the check command is replaced by one that fails the way a programming error does.
 */
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/cli.js';

vi.mock('../../src/commands/check.js', () => ({
  check: async () => {
    const model = undefined as unknown as { figures: string[] };
    return model.figures.length; // TypeError: Cannot read properties of undefined
  },
}));

describe('an internal error', () => {
  it('exits 3 with a coded, translated request to report it, and no stack trace', async () => {
    const r = await runCli(['check', '2021-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^\(chung\) {2}- {2}lỗi INTERNAL: Lỗi nội bộ của công cụ \(TypeError: Cannot read properties of undefined/);
    expect(r.stderr).toContain('Vui lòng báo lại');
    expect(r.stderr).toContain('--debug');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('prints the stack with --debug', async () => {
    const r = await runCli(['--debug', 'check', '2021-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/TypeError: Cannot read properties of undefined[^\n]*\n\s+at /);
  });
  it('speaks English with --lang en', async () => {
    const r = await runCli(['--lang', 'en', 'check', '2021-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('error INTERNAL: Internal error (TypeError');
    expect(r.stderr).toContain('Please report it');
  });
});
