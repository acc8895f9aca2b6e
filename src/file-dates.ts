/** When each data file last changed (I/O): the git commit date, else the file's mtime. Never fails because git is absent. */
import { childProcess } from './child-process.js';
import { statSync } from 'node:fs';
import { join } from 'node:path';

function git(dir: string, args: readonly string[]): string | null {
  try {
    const r = childProcess().spawnSync('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
    return r.status === 0 ? r.stdout : null;
  } catch {
    return null;
  }
}

/**
 * Commit date (YYYY-MM-DD) of the last commit touching each file directly in `dir`, for files whose committed
 * content is what is on disk. Files that are untracked, changed since the last commit or outside a repository are
 * absent: their date must come from elsewhere (the file's mtime). Returns an empty map when git is not available.
 */
function committedDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  // newest first: the first date seen for a name is its last change
  const log = git(dir, ['log', '--format=%x00%cs', '--name-only', '--relative', '--', '.']);
  if (log === null) return dates;
  for (const entry of log.split('\0')) {
    const [date, ...names] = entry
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!date) continue;
    for (const n of names) if (!n.includes('/') && !dates.has(n)) dates.set(n, date);
  }
  // staged or unstaged edits since HEAD, and files git does not track: the commit date would be wrong
  const dirty = [
    git(dir, ['diff', '--name-only', '--relative', 'HEAD', '--', '.']),
    git(dir, ['ls-files', '--others', '--exclude-standard', '--', '.']),
  ];
  if (dirty[0] === null) return new Map(); // no HEAD yet: nothing is committed
  for (const list of dirty) for (const n of (list ?? '').split('\n')) dates.delete(n.trim());
  return dates;
}

export interface LastChange {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** git: date of the last commit touching the file; mtime: the file's modification time (local date), not committed. */
  readonly source: 'git' | 'mtime';
}

const localDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Last change of each existing file `names` in `dir`: the commit date when committed unchanged, else the mtime. */
export function lastChanges(dir: string, names: readonly string[]): Map<string, LastChange> {
  const committed = committedDates(dir);
  const out = new Map<string, LastChange>();
  for (const n of names) {
    const date = committed.get(n);
    if (date) {
      out.set(n, { date, source: 'git' });
      continue;
    }
    try {
      out.set(n, { date: localDate(statSync(join(dir, n)).mtime), source: 'mtime' });
    } catch {
      // vanished between listing and stat: no date
    }
  }
  return out;
}
