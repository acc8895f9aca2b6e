import { describe, expect, it } from 'vitest';
import { CATALOG, errorHint, errorMessage, type ErrorCode } from '../../src/error-catalog.js';

/** Notices whose message already says what to do (or that nothing needs doing). */
const NO_HINT_NEEDED = new Set<string>(['INIT_FILE_EXISTS', 'VALIDATE_HISTORY_INVALID']);
/**
 * Every parameter shown as its name, as a one-item list (which prints as its item, so list parameters work too);
 * `in` finds every name, so a wording that branches on one takes that branch.
 */
const params = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? [`<${k}>`] : undefined), has: () => true }) as never;

describe('the error catalogue', () => {
  const codes = Object.keys(CATALOG) as ErrorCode[];
  it.each(codes)('%s has a Vietnamese and an English message, and a hint', (code) => {
    const vi = errorMessage(code, params, 'vi');
    const en = errorMessage(code, params, 'en');
    expect(vi.length).toBeGreaterThan(5);
    expect(en.length).toBeGreaterThan(5);
    if (!NO_HINT_NEEDED.has(code)) {
      expect(errorHint(code, params, 'vi'), `${code} needs a hint (vi)`).toBeTruthy();
      expect(errorHint(code, params, 'en'), `${code} needs a hint (en)`).toBeTruthy();
    }
  });
  it('names permanent codes in upper snake case, grouped by stage', () => {
    for (const code of codes)
      expect(code).toMatch(
        /^(CLI|DEFINITION|LOAD|VALIDATE|PROOF|RENDER|WRITE|BUILD|INIT|IMPORT|DIFF|EXPLAIN|SCHEMAS|INTERNAL)(_[A-Z0-9]+)*$/,
      );
  });
});
