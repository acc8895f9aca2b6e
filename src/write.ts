/** Write stage (I/O): outputs go to temporary files in the target folder and are renamed into place only when all are written. */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { posixPath } from './display-path.js';
import { ReportError } from './errors.js';

export interface OutputFile {
  readonly name: string;
  readonly data: string | Uint8Array;
}

export interface WriteHooks {
  /** Called after each temporary file is written (tests inject a failure here). */
  readonly afterTempWrite?: (name: string) => void;
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
    let stat;
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
  let stat;
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
 * Temporaries a killed build (SIGKILL, power loss) left beside these outputs: only names this module makes, and only
 * of processes that are gone (a build running beside this one keeps its own). Best effort: never fails the build.
 */
function removeStaleTemps(dir: string, files: readonly OutputFile[]): void {
  try {
    for (const name of readdirSync(dir)) {
      const f = files.find((o) => name.startsWith(`${o.name}${TEMP_MARK}`));
      const pid = f ? Number(/^(\d+)-/.exec(name.slice(f.name.length + TEMP_MARK.length))?.[1]) : NaN;
      if (Number.isInteger(pid) && !isRunning(pid)) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // an unreadable folder: the write itself will say what is wrong
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

/**
 * Write all files or none: each goes to a temporary name beside its target, then all are renamed.
 * A failure before the renames leaves every earlier output untouched and removes the temporaries.
 */
export function writeOutputs(dir: string, shownDir: string, files: readonly OutputFile[], hooks: WriteHooks = {}): string[] {
  prepareOutputDir(dir, shownDir);
  removeStaleTemps(dir, files);
  const temps: string[] = [];
  const tag = `${TEMP_MARK}${process.pid}-${Date.now().toString(36)}`;
  try {
    for (const f of files) {
      const target = join(dir, f.name);
      try {
        if (statSync(target).isDirectory()) throw new ReportError({ code: 'WRITE_TARGET_IS_FOLDER', params: { path: `${shownDir}/${f.name}` } });
      } catch (e) {
        if (e instanceof ReportError) throw e;
      }
      const temp = `${target}${tag}`;
      temps.push(temp);
      try {
        writeFileSync(temp, f.data);
      } catch (e) {
        throw new ReportError({ code: 'WRITE_FAILED', params: { path: `${shownDir}/${f.name}`, reason: reason(e) } }, { cause: e });
      }
      hooks.afterTempWrite?.(f.name);
    }
    files.forEach((f, i) => {
      try {
        renameSync(temps[i]!, join(dir, f.name));
      } catch (e) {
        throw new ReportError({ code: 'WRITE_FAILED', params: { path: `${shownDir}/${f.name}`, reason: reason(e) } }, { cause: e });
      }
    });
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
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
