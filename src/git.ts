/**
 * Git access (I/O) for `report diff --against <rev>`: the data folder as it was at a revision, read with
 * `git ls-tree` and `git cat-file` only, so the working tree, the index and the refs are never touched.
 */
import { childProcess } from './child-process.js';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { posixPath } from './display-path.js';
import { ReportError } from './errors.js';

// the repository is the one holding the data folder: variables that point git elsewhere (set inside git hooks) go
const GIT_LOCATION = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR', 'GIT_PREFIX'];
const gitEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !GIT_LOCATION.includes(k)));

const git = (cwd: string, args: readonly string[], input?: string): Buffer =>
  childProcess().execFileSync('git', args, { cwd, input, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });

/** A copy of the data folder at a revision, in a temporary folder; `dispose` removes it. */
export interface RevisionSnapshot {
  /** Temporary folder holding the revision's data files, laid out as the data folder. */
  readonly dir: string;
  /** How files of the snapshot are shown to the user: "HEAD~1:data". */
  readonly shownAs: string;
  readonly dispose: () => void;
}

/**
 * Copy the files under `dataDir` as of `rev` into a temporary folder.
 * Usage errors: not inside a git repository (DIFF_NOT_GIT_REPO), unknown revision (DIFF_UNKNOWN_REVISION).
 */
export function snapshotAt(dataDir: string, rev: string): RevisionSnapshot {
  // a revision is never an option: "--output=…" must not reach git
  if (rev === '' || rev.startsWith('-') || /[\s\0]/.test(rev)) throw new ReportError({ code: 'DIFF_UNKNOWN_REVISION', params: { rev } });
  let top: string;
  let data: string;
  try {
    data = realpathSync(dataDir);
    top = git(data, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch (e) {
    throw new ReportError({ code: 'DIFF_NOT_GIT_REPO', params: { dir: dataDir } }, { cause: e });
  }
  let commit: string;
  try {
    commit = git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])
      .toString('utf8')
      .trim();
  } catch (e) {
    throw new ReportError({ code: 'DIFF_UNKNOWN_REVISION', params: { rev } }, { cause: e });
  }
  const prefix = posixPath(relative(realpathSync(top), data));

  // -z: names verbatim, whatever characters they hold
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix === '' ? '.' : prefix])
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  const blobs = listing
    .map((line) => /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line))
    // regular files only: a symlink or submodule in the data folder is not data
    .filter((m): m is RegExpExecArray => m !== null && m[2] === 'blob' && (m[1] === '100644' || m[1] === '100755'))
    .map((m) => ({ sha: m[3]!, path: m[4]! }));

  const dir = mkdtempSync(join(tmpdir(), 'report-rev-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    if (blobs.length > 0) {
      const out = git(top, ['cat-file', '--batch'], blobs.map((b) => `${b.sha}\n`).join(''));
      let at = 0;
      for (const b of blobs) {
        const nl = out.indexOf(0x0a, at);
        const size = Number(/ (\d+)$/.exec(out.subarray(at, nl).toString('utf8'))?.[1]);
        const body = out.subarray(nl + 1, nl + 1 + size);
        at = nl + 1 + size + 1;
        const rel = prefix === '' ? b.path : b.path.slice(prefix.length + 1);
        const target = join(dir, ...rel.split('/'));
        // ls-tree never yields ".." segments, but the target must stay inside the snapshot whatever the tree holds
        if (relative(dir, target).startsWith('..')) continue;
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, body);
      }
    }
  } catch (e) {
    dispose();
    throw e;
  }
  return { dir, shownAs: `${rev}:${prefix === '' ? '.' : prefix}`, dispose };
}
