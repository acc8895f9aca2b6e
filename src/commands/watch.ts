/**
 * `report watch`: build a month, then build it again on every change to its data folder, the templates,
 * district.yaml or the year's plan, until stopped (Ctrl+C, or the signal tests pass).
 *
 * Each folder is watched on its own, not recursively: recursive fs.watch on Linux only arrived in Node 20 and
 * missed events in early 20.x releases, and the tree is shallow (templates/, templates/sections, templates/partials).
 * district.yaml and the plan are watched through their folders, filtered by name, because editors save by writing
 * a new file and renaming it over the old one, which ends a watch on the file itself.
 */
import { existsSync, watch as fsWatch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ReportError } from '../errors.js';
import { exitCodeFor, formatDiagnostics } from '../format-error.js';
import { DISTRICT_FILE, PLANS_DIR, planFile } from '../data-layout.js';
import { displayPath } from '../display-path.js';
import { say } from '../messages.js';
import { periodId } from '../period.js';
import { historyPeriods } from '../load.js';
import { loadRegistry, OFFICE_FILE, SECTORS_DIR } from '../load-definitions.js';
import { createRunCache, type RunCache, type RunContext } from '../pipeline.js';
import { PARTIAL_FOLDERS } from '../templates.js';
import { build, type BuildOptions } from './build.js';
import type { Io } from './io.js';

export interface WatchOptions extends BuildOptions {
  /** Stops watching when aborted; the command then resolves with 0. */
  readonly signal?: AbortSignal;
}

/**
 * Quiet time after the last change before rebuilding: editors write a file in several events, all within a few
 * milliseconds (a write in place, or a temporary file renamed over the old one).
 */
const DEBOUNCE_MS = 20;

/** What a watched folder holds: data (read afresh each build), templates (compiled again), definitions (read again). */
type Kind = 'data' | 'templates' | 'definitions';
interface Target {
  readonly dir: string;
  /** Only this file of the folder matters; every file when absent. */
  readonly only?: string;
  readonly kind: Kind;
}

function targets(options: WatchOptions): Target[] {
  const { dataDir, templatesDir, schemasDir } = options.context;
  const { period } = options;
  const list: Target[] = [
    { dir: join(dataDir, periodId(period)), kind: 'data' },
    // the months its year to date and comparisons read: an edit there changes this report too
    ...historyPeriods(period).map((p): Target => ({ dir: join(dataDir, periodId(p)), kind: 'data' })),
    { dir: dataDir, only: DISTRICT_FILE, kind: 'data' },
    { dir: join(dataDir, PLANS_DIR), only: planFile(period.year), kind: 'data' },
    { dir: templatesDir, kind: 'templates' },
    ...PARTIAL_FOLDERS.map((sub): Target => ({ dir: join(templatesDir, sub), kind: 'templates' })),
    { dir: schemasDir, only: OFFICE_FILE, kind: 'definitions' },
    { dir: join(schemasDir, SECTORS_DIR), kind: 'definitions' },
  ];
  return list.filter((t) => existsSync(t.dir));
}

/**
 * Drop from the run's cache what a change made stale: the months read from a changed folder (keyed by their folder) and
 * a changed district.yaml or plan (keyed by their path). Validated months are dropped whole: cheap to redo from the
 * parsed files, and never stale then.
 */
function forget(cache: RunCache, paths: ReadonlySet<string>): void {
  if (paths.size === 0) return;
  for (const p of paths) {
    cache.loads.months.delete(p);
    cache.loads.files.delete(p);
  }
  cache.validated.clear();
}

export async function watch(options: WatchOptions, io: Io): Promise<number> {
  let context: RunContext = options.context;
  /** One build; its problems are printed and watching goes on, except a usage problem of the first build. */
  const runBuild = async (): Promise<void> => {
    try {
      await build({ ...options, context }, io);
    } catch (e) {
      // no such month or data folder, unwritable output: nothing to watch, end as build would
      if (!(e instanceof ReportError) || (first && exitCodeFor([e]) === 2)) throw e;
      io.err(formatDiagnostics([e], 'text', io));
    }
  };
  /** The definitions read again; a broken one is reported like bad data (false), and the next change tries again. */
  const rereadDefinitions = (): boolean => {
    try {
      const loaded = loadRegistry(context.schemasDir);
      if (loaded.ok) context = { ...context, registry: loaded.value };
      else io.err(formatDiagnostics(loaded.errors, 'text', io));
      return loaded.ok;
    } catch (e) {
      if (!(e instanceof ReportError)) throw e;
      io.err(formatDiagnostics([e], 'text', io));
      return false;
    }
  };
  let first = true;
  await runBuild();
  first = false;
  if (options.signal?.aborted) return 0;

  const watched = targets(options);
  const shown = watched.map((t) => displayPath(t.only ? join(t.dir, t.only) : t.dir));
  io.err(`${say(io.lang, 'WATCH_WATCHING', { paths: shown.join(', ') })}\n`);

  return new Promise<number>((resolvePromise, reject) => {
    const changed = new Set<string>();
    const kinds = new Set<Kind>();
    /** The data files changed since the last build, as the run's cache names them (folder or file path). */
    const stale = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> | null = null;
    let again = false;

    const rebuild = async (): Promise<void> => {
      if (running) {
        again = true; // a change during a build: one more build after it
        return;
      }
      if (kinds.has('templates')) context.cache.templates.renderers.clear();
      const reread = kinds.has('definitions');
      // what the last build read stays cached, but for what changed: a data folder (its month read and validated
      // again) or district.yaml / the plan; new definitions make every file read under them stale
      if (reread) context = { ...context, cache: { ...createRunCache(), templates: context.cache.templates } };
      else forget(context.cache, stale);
      stale.clear();
      kinds.clear();
      const files = [...changed].sort();
      changed.clear();
      io.err(`${say(io.lang, 'WATCH_CHANGED', { paths: files.join(', ') })}\n`);
      if (reread && !rereadDefinitions()) return;
      running = runBuild().catch((e: unknown) => {
        stop();
        reject(e);
      });
      await running;
      running = null;
      if (again && !options.signal?.aborted) {
        again = false;
        await rebuild();
      }
    };

    /**
     * Each target's folder watch. A watch ends silently when its folder is deleted, so each folder's parent is watched
     * as well: whenever the parent reports the folder (deleted, made again by git checkout, renamed), the folder is
     * watched afresh and built from (an inode can't tell: a new folder may get the deleted one's). When a parent goes
     * too, nothing can see the folder come back: watching ends with BUILD_WATCH_LOST.
     */
    const armed = new Map<Target, FSWatcher>();
    const parents: FSWatcher[] = [];
    const stop = () => {
      clearTimeout(timer);
      for (const watcher of armed.values()) watcher.close();
      armed.clear();
      for (const w of parents) w.close();
      parents.length = 0;
    };
    const changedIn = (t: Target, file: string | null) => {
      changed.add(displayPath(file === null ? t.dir : join(t.dir, file)));
      kinds.add(t.kind);
      if (t.kind === 'data') stale.add(t.only ? join(t.dir, t.only) : t.dir);
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), DEBOUNCE_MS);
    };
    /** Watch `t`'s folder as it is now (nothing when it is gone: its parent's watch tells when it is back). */
    const arm = (t: Target): void => {
      armed.get(t)?.close();
      armed.delete(t);
      let watcher: FSWatcher;
      try {
        watcher = fsWatch(t.dir, (_event, name) => {
          const file = name === null ? null : String(name);
          if (t.only && file !== null && file !== t.only) return;
          // editors' swap and backup files are not inputs
          if (t.kind === 'templates' && file !== null && !file.endsWith('.hbs')) return;
          if (t.kind !== 'templates' && !t.only && file !== null && !/\.ya?ml$/.test(file)) return;
          changedIn(t, file);
        });
      } catch {
        return; // gone: the parent's watch reports it back
      }
      watcher.on('error', () => {
        watcher.close();
        if (armed.get(t) === watcher) armed.delete(t);
      });
      armed.set(t, watcher);
    };
    const lost = (dir: string) => {
      stop();
      reject(new ReportError({ code: 'BUILD_WATCH_LOST', params: { path: displayPath(dir) } }));
    };
    for (const t of watched) arm(t);
    for (const parent of new Set(watched.map((t) => dirname(t.dir)))) {
      const children = watched.filter((t) => dirname(t.dir) === parent);
      const onParent = (name: string | null) => {
        for (const t of children) {
          if (name !== null && name !== basename(t.dir)) continue;
          arm(t);
          changedIn(t, null);
        }
        if (!existsSync(parent)) lost(parent);
      };
      try {
        const w = fsWatch(parent, (_event, name) => onParent(name === null ? null : String(name)));
        w.on('error', () => lost(parent));
        parents.push(w);
      } catch {
        lost(parent);
      }
    }

    const finish = () => {
      stop();
      void (running ?? Promise.resolve()).then(() => resolvePromise(0));
    };
    if (options.signal?.aborted) finish();
    else options.signal?.addEventListener('abort', finish, { once: true });
  });
}
