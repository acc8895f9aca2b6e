/** Write stage (I/O): outputs go to temporary files in the target folder and are renamed into place only when all are written. */
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { posixPath } from './display-path.js';
import { ReportError } from './errors.js';

export interface OutputFile {
  readonly name: string;
  readonly data: string | Uint8Array;
}

/** Points inside writeOutputs where tests inject a failure or a kill. */
export interface WriteHooks {
  /** After each temporary file is written. */
  readonly afterTempWrite?: (name: string) => void;
  /** After the journal is committed, before any output is replaced. */
  readonly afterCommit?: () => void;
  /** After each output is replaced. */
  readonly afterRename?: (name: string) => void;
}

const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));

/** The real path of `path` even when it does not exist yet: its nearest existing ancestor with symbolic links resolved. */
function realPath(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realPath(parent), basename(abs));
  }
}

/** True when `inner` is `outer` or inside it, symbolic links followed (out/ may be a link into data/). */
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(realPath(outer), realPath(inner));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Check, without creating anything, that `dir` could hold outputs: it is a folder, or the nearest part of its path
 * that exists is one. Lets a build fail with a usage error before any work.
 */
export function checkOutputDir(dir: string, shown: string): void {
  let path = resolve(dir);
  for (;;) {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (e) {
      const parent = dirname(path);
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && parent !== path) {
        path = parent;
        continue;
      }
      throw new ReportError({ code: 'WRITE_FAILED', params: { path: shown, reason: reason(e) } }, { cause: e });
    }
    if (stat.isDirectory()) return;
    const isTarget = path === resolve(dir);
    throw new ReportError({ code: 'WRITE_NOT_DIRECTORY', params: { path: isTarget ? shown : posixPath(path) } });
  }
}

/**
 * mkdir -p one level at a time: Node 20's recursive mkdirSync never returns under a folder that refuses new entries
 * with ENOENT (/proc/x), where a plain mkdirSync fails at once.
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let path = dir; !existsSync(path) && dirname(path) !== path; path = dirname(path)) missing.unshift(path);
  for (const path of missing) mkdirSync(path);
}

/** Check that `dir` can hold outputs: not an existing file. Creates it when missing. */
function prepareOutputDir(dir: string, shown: string): void {
  let stat: Stats;
  try {
    stat = statSync(dir);
  } catch {
    try {
      makeDirs(resolve(dir));
      return;
    } catch (e) {
      throw new ReportError({ code: 'WRITE_FAILED', params: { path: shown, reason: reason(e) } }, { cause: e });
    }
  }
  if (!stat.isDirectory()) throw new ReportError({ code: 'WRITE_NOT_DIRECTORY', params: { path: shown } });
}

const TEMP_MARK = '.tmp-';
/**
 * The commit record of one set of outputs: written beside them once every temporary is complete, renamed into place as
 * the one step that decides between the old set and the new, and removed once every temporary has been renamed.
 */
const JOURNAL = '.report-replace-';
const JOURNAL_PART = '.part';
/** The process id and time stamp every temporary name of one write carries. */
const TAG = /^(\d+)-[0-9a-z]+$/;

const stem = (name: string) => name.replace(/\.[^.]*$/, '');

/** The outputs a committed journal names, or null for a journal that cannot be read (then it was never committed). */
function journalNames(path: string): string[] | null {
  try {
    const names = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(names) && names.every((n) => typeof n === 'string' && basename(n) === n) ? names : null;
  } catch {
    return null;
  }
}

/**
 * Finish or undo what a killed write (SIGKILL, power loss) left in `dir`, so the folder holds one complete set: a
 * committed journal's temporaries are renamed into place (the new set), uncommitted temporaries removed (the old set
 * stays). Only names this module makes and only of processes that are gone: a write running beside this one keeps its
 * own. `names` are the outputs about to be written; temporaries of outputs with the same stem (report-2021-01.pdf
 * beside report-2021-01.md) are theirs too.
 */
export function settleOutputs(dir: string, shownDir: string, names: readonly string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return; // missing or unreadable: the write itself says what is wrong
  }
  const deadTag = (tag: string) => {
    const pid = Number(TAG.exec(tag)?.[1]);
    return Number.isInteger(pid) && !isRunning(pid);
  };
  for (const entry of entries) {
    if (!entry.startsWith(JOURNAL) || entry.endsWith(JOURNAL_PART)) continue;
    const tag = entry.slice(JOURNAL.length);
    if (!deadTag(tag)) continue;
    for (const name of journalNames(join(dir, entry)) ?? []) {
      const temp = join(dir, `${name}${TEMP_MARK}${tag}`);
      if (!existsSync(temp)) continue; // renamed before the kill
      try {
        renameSync(temp, join(dir, name));
      } catch (e) {
        throw writeError(e, shownDir, name);
      }
    }
    rmSync(join(dir, entry), { force: true });
  }
  const stems = new Set(names.map(stem));
  for (const entry of readdirSync(dir)) {
    const at = entry.lastIndexOf(TEMP_MARK);
    const owner = at > 0 ? entry.slice(0, at) : '';
    const tag = at > 0 ? entry.slice(at + TEMP_MARK.length) : '';
    const journalPart = entry.startsWith(JOURNAL) && entry.endsWith(JOURNAL_PART);
    const ours = journalPart || (stems.has(stem(owner)) && TAG.test(tag));
    if (ours && deadTag(journalPart ? entry.slice(JOURNAL.length, -JOURNAL_PART.length) : tag)) rmSync(join(dir, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const writeError = (e: unknown, shownDir: string, name: string) =>
  e instanceof ReportError
    ? e
    : new ReportError({ code: 'WRITE_FAILED', params: { path: `${shownDir}/${name}`, reason: reason(e) } }, { cause: e });

/**
 * Why an existing output cannot be replaced, or null: a folder in its place, the read-only attribute (which does not
 * stop a rename on Linux, but says the file is not to be changed), or a file another program holds (Word on Windows:
 * EBUSY, EPERM).
 */
function blocked(target: string): 'folder' | 'readonly' | 'locked' | null {
  let stat: Stats;
  try {
    stat = statSync(target);
  } catch {
    return null; // not there yet
  }
  if (stat.isDirectory()) return 'folder';
  if ((stat.mode & 0o222) === 0) return 'readonly';
  try {
    closeSync(openSync(target, 'r+'));
    return null;
  } catch (e) {
    return ['EBUSY', 'EPERM', 'EACCES'].includes((e as NodeJS.ErrnoException).code ?? '') ? 'locked' : null;
  }
}

/**
 * Replace a set of outputs together or not at all. Every file goes to a temporary name beside its target; a journal
 * naming them is then renamed into place (the commit), the temporaries are renamed over the targets, and the journal
 * removed. A failure before the commit leaves every earlier output untouched and removes the temporaries; a kill after
 * it is finished by the next write into the folder (settleOutputs). An output that cannot be replaced (read-only, open
 * in another program) stops the write before anything is replaced.
 */
export function writeOutputs(dir: string, shownDir: string, files: readonly OutputFile[], hooks: WriteHooks = {}): string[] {
  prepareOutputDir(dir, shownDir);
  settleOutputs(
    dir,
    shownDir,
    files.map((f) => f.name),
  );
  const stuck = files.map((f) => ({ name: f.name, why: blocked(join(dir, f.name)) })).filter((b) => b.why !== null);
  const folder = stuck.find((b) => b.why === 'folder');
  if (folder) throw new ReportError({ code: 'WRITE_TARGET_IS_FOLDER', params: { path: `${shownDir}/${folder.name}` } });
  if (stuck.length > 0) {
    const paths = stuck.map((b) => `${shownDir}/${b.name}`).join(', ');
    throw new ReportError({ code: 'WRITE_LOCKED', params: { paths, readonly: stuck.every((b) => b.why === 'readonly') ? 1 : 0 } });
  }
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const temp = (name: string) => join(dir, `${name}${TEMP_MARK}${tag}`);
  const journal = join(dir, `${JOURNAL}${tag}`);
  const made: string[] = [];
  let current = '';
  try {
    for (const f of files) {
      current = f.name;
      made.push(temp(f.name));
      writeFileSync(temp(f.name), f.data);
      hooks.afterTempWrite?.(f.name);
    }
    current = files[0]?.name ?? '';
    made.push(`${journal}${JOURNAL_PART}`);
    writeFileSync(`${journal}${JOURNAL_PART}`, JSON.stringify(files.map((f) => f.name)));
    renameSync(`${journal}${JOURNAL_PART}`, journal);
  } catch (e) {
    for (const t of made) rmSync(t, { force: true });
    throw writeError(e, shownDir, current);
  }
  hooks.afterCommit?.();
  // committed: from here the new set is the result, and a failure leaves the journal for the next write to finish
  for (const f of files) {
    try {
      renameSync(temp(f.name), join(dir, f.name));
    } catch (e) {
      throw writeError(e, shownDir, f.name);
    }
    hooks.afterRename?.(f.name);
  }
  rmSync(journal, { force: true });
  return files.map((f) => `${shownDir}/${f.name}`);
}

/** Which of `files` differ from what `dir` holds (byte comparison) or are not there yet. Reads only. */
export function compareOutputs(dir: string, files: readonly OutputFile[]): { stale: string[]; missing: string[] } {
  const stale: string[] = [];
  const missing: string[] = [];
  for (const f of files) {
    let current: Buffer;
    try {
      current = readFileSync(join(dir, f.name));
    } catch {
      missing.push(f.name);
      continue;
    }
    const fresh = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data;
    if (!current.equals(fresh)) stale.push(f.name);
  }
  return { stale, missing };
}

/**
 * Create the files that do not exist yet and never touch the others (report init): the exclusive flag makes the
 * existence check and the creation one step, so a file made meanwhile by someone else is skipped, not overwritten.
 */
export function createNewFiles(dir: string, shownDir: string, files: readonly OutputFile[]): { created: string[]; skipped: string[] } {
  prepareOutputDir(dir, shownDir);
  const created: string[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    const shown = `${shownDir}/${f.name}`;
    try {
      writeFileSync(join(dir, f.name), f.data, { flag: 'wx' });
      created.push(shown);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') skipped.push(shown);
      else throw new ReportError({ code: 'WRITE_FAILED', params: { path: shown, reason: reason(e) } }, { cause: e });
    }
  }
  return { created, skipped };
}

/** The file at `path` still reads exactly `text`: nothing edited it since it was read (check --fix --write). */
export function stillReads(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

/** Append `text` to the file at `path` (created when missing): GitHub's job summary file. */
export function appendToFile(path: string, text: string): void {
  try {
    appendFileSync(path, text);
  } catch (e) {
    throw new ReportError({ code: 'WRITE_FAILED', params: { path, reason: reason(e) } }, { cause: e });
  }
}
