/** src/file-dates.ts: a data file's last change is its commit date when committed unchanged, else its file date. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastChanges } from '../../src/file-dates.js';
import { requireTools } from '../support/tools.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-dates-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const COMMITTED = '2021-01-25T10:00:00+07:00';
/** git in the temporary folder, committing at `date`. */
const gitAt = (date: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@x', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    stdio: 'pipe',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CEILING_DIRECTORIES: join(dir, '..') },
  });
const git = (...args: string[]) => gitAt(COMMITTED, ...args);
/** Write the files with a known modification time (local noon, 3 February 2021). */
function files(...names: string[]): void {
  for (const n of names) {
    writeFileSync(join(dir, n), `${n}\n`);
    utimesSync(join(dir, n), new Date(2021, 1, 3, 12), new Date(2021, 1, 3, 12));
  }
}
const dates = (names: readonly string[]) => Object.fromEntries([...lastChanges(dir, names)].map(([n, c]) => [n, `${c.date} ${c.source}`]));

describe('lastChanges', () => {
  it('gives the file date outside a repository', () => {
    files('a.yaml');
    expect(dates(['a.yaml'])).toEqual({ 'a.yaml': '2021-02-03 mtime' });
  });

  it('gives the commit date of a committed file, the file date of one edited, staged or not yet tracked', (ctx) => {
    requireTools(ctx, ['git']);
    files('same.yaml', 'edited.yaml', 'staged.yaml', 'ghi chú.yaml');
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'data');
    files('edited.yaml', 'staged.yaml', 'new.yaml');
    writeFileSync(join(dir, 'edited.yaml'), 'changed\n');
    writeFileSync(join(dir, 'staged.yaml'), 'changed\n');
    utimesSync(join(dir, 'edited.yaml'), new Date(2021, 1, 3, 12), new Date(2021, 1, 3, 12));
    utimesSync(join(dir, 'staged.yaml'), new Date(2021, 1, 3, 12), new Date(2021, 1, 3, 12));
    git('add', 'staged.yaml');
    expect(dates(['same.yaml', 'edited.yaml', 'staged.yaml', 'new.yaml', 'ghi chú.yaml'])).toEqual({
      'same.yaml': '2021-01-25 git',
      'edited.yaml': '2021-02-03 mtime',
      'staged.yaml': '2021-02-03 mtime',
      'new.yaml': '2021-02-03 mtime',
      // a Vietnamese name is found in git's output as it is written (core.quotePath=false)
      'ghi chú.yaml': '2021-01-25 git',
    });
  });

  it('gives file dates in a repository without a commit, and only for files directly in the folder', (ctx) => {
    requireTools(ctx, ['git']);
    files('a.yaml');
    git('init', '-q');
    git('add', '.');
    expect(dates(['a.yaml'])).toEqual({ 'a.yaml': '2021-02-03 mtime' });
    git('commit', '-qm', 'data');
    // a later commit of a file of the same name in a subfolder is not a.yaml's last change
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.yaml'), 'x\n');
    git('add', '.');
    gitAt('2021-03-10T10:00:00+07:00', 'commit', '-qm', 'sub');
    expect(dates(['a.yaml'])).toEqual({ 'a.yaml': '2021-01-25 git' });
  });

  it('leaves out a file that does not exist', () => {
    files('a.yaml');
    expect(dates(['a.yaml', 'gone.yaml'])).toEqual({ 'a.yaml': '2021-02-03 mtime' });
  });
});
