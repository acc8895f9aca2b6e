/** The write stage's folder handling on paths the operating system treats oddly. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/errors.js';
import { writeOutputs } from '../../src/write.js';

describe('writeOutputs', () => {
  it('creates missing folders level by level', () => {
    const root = mkdtempSync(join(tmpdir(), 'report-write-'));
    try {
      const dir = join(root, 'a', 'b', 'c');
      expect(writeOutputs(dir, 'out', [{ name: 'x.md', data: 'x' }])).toEqual(['out/x.md']);
      expect(existsSync(join(dir, 'x.md'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.runIf(process.platform === 'linux')(
    'fails with WRITE_FAILED under a folder that refuses new entries (/proc), instead of hanging',
    () => {
      // Node 20's recursive mkdirSync loops forever on /proc/x
      let error: unknown;
      try {
        writeOutputs('/proc/report-test/x', '/proc/report-test/x', [{ name: 'x.md', data: 'x' }]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ReportError);
      expect((error as ReportError).code).toBe('WRITE_FAILED');
    },
  );
});
