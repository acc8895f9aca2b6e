/** unifiedDiff: what `git apply` reads. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/unified-diff.js';

const lines = (n: number, change: Record<number, string> = {}) =>
  Array.from({ length: n }, (_, i) => change[i + 1] ?? `dòng ${i + 1}`).join('\n') + '\n';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.yaml', 'x\n', 'x\n')).toBe('');
  });

  it('writes hunks with three lines of context, joining changes at most six lines apart as diff -u does', () => {
    expect(unifiedDiff('a.yaml', lines(12), lines(12, { 2: 'hai', 4: 'bốn', 11: 'mười một' }))).toBe(
      [
        '--- a/a.yaml',
        '+++ b/a.yaml',
        '@@ -1,12 +1,12 @@',
        ' dòng 1',
        '-dòng 2',
        '+hai',
        ' dòng 3',
        '-dòng 4',
        '+bốn',
        ' dòng 5',
        ' dòng 6',
        ' dòng 7',
        ' dòng 8',
        ' dòng 9',
        ' dòng 10',
        '-dòng 11',
        '+mười một',
        ' dòng 12',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('a.yaml', lines(12), lines(12, { 2: 'hai', 12: 'mười hai' }))).toBe(
      [
        '--- a/a.yaml',
        '+++ b/a.yaml',
        '@@ -1,5 +1,5 @@',
        ' dòng 1',
        '-dòng 2',
        '+hai',
        ' dòng 3',
        ' dòng 4',
        ' dòng 5',
        '@@ -9,4 +9,4 @@',
        ' dòng 9',
        ' dòng 10',
        ' dòng 11',
        '-dòng 12',
        '+mười hai',
        '',
      ].join('\n'),
    );
  });

  it('is applied by git apply to give the new text, also when lines are joined', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-diff-'));
    try {
      const before = lines(30);
      const after = lines(30, { 3: 'ba', 20: 'hai mươi' }).replace('dòng 25\ndòng 26\n', 'dòng 25 dòng 26\n');
      writeFileSync(join(dir, 'a.yaml'), before);
      writeFileSync(join(dir, 'fix.diff'), unifiedDiff('a.yaml', before, after));
      execFileSync('git', ['apply', 'fix.diff'], { cwd: dir });
      expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(after);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
