/** Load stage (I/O): read a month's files, the district metadata, the plan and the earlier months they are compared with. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { displayPath } from './display-path.js';
import { ReportError } from './errors.js';
import { comparePeriods, parsePeriod, periodId, type Period } from './period.js';
import { MAX_FILE_BYTES, parseSource, type ParsedSource } from './yaml-source.js';
import { DISTRICT_FILE, PLANS_DIR, planFile, REPORT_FILE } from './data-layout.js';

export interface LoadedFile {
  /** File name inside its folder: "agriculture.yaml". */
  readonly name: string;
  /** Path as shown to the user. */
  readonly file: string;
  readonly parsed: ParsedSource;
}

export interface LoadedMonth {
  readonly period: Period;
  /** Folder as shown to the user. */
  readonly dir: string;
  readonly files: readonly LoadedFile[];
}

export interface LoadedInputs {
  readonly month: LoadedMonth;
  readonly district: LoadedFile | null;
  readonly plan: LoadedFile | null;
  readonly history: readonly LoadedMonth[];
  /** The data folder as shown to the user (for files that are missing). */
  readonly dataDir: string;
}

/** True for a folder; false when the path is missing, a file, or cannot be looked at. */
export const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Throws LOAD_DATA_DIR_MISSING (a usage error, naming the folder as typed) unless `dataDir` is a folder. */
export function requireDataDir(dataDir: string): void {
  if (!isDirectory(dataDir)) throw new ReportError({ code: 'LOAD_DATA_DIR_MISSING', params: { dir: dataDir } });
}

/** A folder's entries; an unreadable folder is a diagnostic naming it, not an internal error. */
export function readFolder(path: string, shown: string): string[] {
  try {
    return readdirSync(path);
  } catch (e) {
    throw new ReportError(
      { code: 'LOAD_READ_FAILED', params: { reason: (e as NodeJS.ErrnoException).code ?? String(e) }, file: shown },
      { cause: e },
    );
  }
}

/**
 * Read and parse one file; size is checked before reading so a huge file is never loaded. With `parsed` (a run's
 * cache), a file whose bytes are those parsed before is not parsed again.
 */
export function loadFile(path: string, file: string, name: string, parsed?: ParsedFiles): LoadedFile {
  const read = readSmallFile(path, file);
  if ('problem' in read) return { name, file, parsed: { source: null, problems: [read.problem] } };
  const kept = parsed?.get(path);
  if (kept && kept.loaded.file === file && kept.bytes.equals(read.bytes)) return kept.loaded;
  const loaded = { name, file, parsed: parseSource(file, read.bytes) };
  parsed?.set(path, { bytes: read.bytes, loaded });
  return loaded;
}

/** The bytes of a text file the tool reads (shown as `file`), or why not: not a regular file, too large, unreadable. */
export function readSmallFile(path: string, file: string): { bytes: Buffer } | { problem: ReportError } {
  try {
    const stat = statSync(path);
    // a folder, a FIFO or /dev/zero named *.yaml: reading it would fail or never end
    if (!stat.isFile())
      return {
        problem: new ReportError({ code: 'LOAD_READ_FAILED', params: { reason: stat.isDirectory() ? 'EISDIR' : 'NOT_FILE' }, file }),
      };
    const { size } = stat;
    if (size > MAX_FILE_BYTES)
      return {
        problem: new ReportError({ code: 'LOAD_FILE_TOO_LARGE', params: { size, limit: MAX_FILE_BYTES }, file, line: 1, column: 1 }),
      };
    return { bytes: readFileSync(path) };
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    return { problem: new ReportError({ code: 'LOAD_READ_FAILED', params: { reason }, file }, { cause: e }) };
  }
}

function optionalFile(dataDir: string, shown: string, ...parts: string[]): LoadedFile | null {
  const path = join(dataDir, ...parts);
  return existsSync(path) ? loadFile(path, displayPath(shown, ...parts), parts[parts.length - 1]!) : null;
}

/** The periods that have a folder in the data directory, oldest first. */
export function listMonths(dataDir: string): Period[] {
  const periods: Period[] = [];
  for (const name of readFolder(dataDir, displayPath(dataDir))) {
    const period = parsePeriod(name);
    if (period && isDirectory(join(dataDir, name))) periods.push(period);
  }
  return periods.sort(comparePeriods);
}

/** The months that are reports, oldest first: a month folder without report.yaml holds data for comparisons only. */
export function listReportMonths(dataDir: string): Period[] {
  return listMonths(dataDir).filter((p) => existsSync(join(dataDir, periodId(p), REPORT_FILE)));
}

/**
 * Every .yaml file of one month's folder, in name order. Throws a usage error when the folder is missing.
 * `shown` is the data folder as paths print it (a git snapshot read from a temporary folder shows as "HEAD~1:data").
 */
export function loadMonth(dataDir: string, period: Period, shown = dataDir, parsed?: ParsedFiles): LoadedMonth {
  const id = periodId(period);
  const dir = join(dataDir, id);
  // only a folder that is not there is a month to create: one that cannot be read, or a file in its place, is named as such
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(dir);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    if (reason === 'ENOENT') throw new ReportError({ code: 'LOAD_NO_DATA_FOR_MONTH', params: { month: id, dir: displayPath(shown, id) } });
    throw new ReportError({ code: 'LOAD_READ_FAILED', params: { reason }, file: displayPath(shown, id) }, { cause: e });
  }
  if (!stat.isDirectory()) throw new ReportError({ code: 'LOAD_READ_FAILED', params: { reason: 'ENOTDIR' }, file: displayPath(shown, id) });
  const names = readFolder(dir, displayPath(shown, id))
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort();
  return { period, dir: displayPath(shown, id), files: names.map((n) => loadFile(join(dir, n), displayPath(shown, id, n), n, parsed)) };
}

/** The months a report compares with: earlier months of its year, last year's months up to the same month, last December. */
export function historyPeriods(period: Period): Period[] {
  const out: Period[] = [];
  for (let m = 1; m < period.month; m++) out.push({ year: period.year, month: m });
  for (let m = 1; m <= 12; m++) if (m <= period.month || m === 12) out.push({ year: period.year - 1, month: m });
  return out;
}

/**
 * What one `build --all` run has read: every month folder, district.yaml and plan is then read and parsed once, not
 * once for each of the ~24 later months that compare with it. Never kept across runs: `watch` must see every edit.
 */
export interface LoadCache {
  readonly months: Map<string, LoadedMonth>;
  readonly files: Map<string, LoadedFile | null>;
  /** The month files read, by path: `watch` reads a changed folder again and parses only the files that changed. */
  readonly parsed: ParsedFiles;
}
/** A file's bytes and what they parsed to, by path. */
export type ParsedFiles = Map<string, { readonly bytes: Buffer; readonly loaded: LoadedFile }>;
export const createLoadCache = (): LoadCache => ({ months: new Map(), files: new Map(), parsed: new Map() });

/** Drop the months no report from `period` on compares with (before January of the previous year), to bound memory. */
export function pruneLoadCache(cache: LoadCache, period: Period): void {
  for (const [key, m] of cache.months) {
    if (m.period.year >= period.year - 1) continue;
    cache.months.delete(key);
    for (const path of cache.parsed.keys()) if (path.startsWith(`${key}${sep}`)) cache.parsed.delete(path);
  }
}

function cached<T>(map: Map<string, T> | undefined, key: string, load: () => T): T {
  if (!map) return load();
  if (!map.has(key)) map.set(key, load());
  return map.get(key)!;
}

/**
 * Everything a build or check of `period` reads; with a cache, what an earlier build of the same run read is reused.
 * Paths print under `shown` (default: the data folder as given).
 */
export function loadInputs(dataDir: string, period: Period, cache?: LoadCache, shown = dataDir): LoadedInputs {
  requireDataDir(dataDir);
  const month = (p: Period) => cached(cache?.months, join(dataDir, periodId(p)), () => loadMonth(dataDir, p, shown, cache?.parsed));
  const file = (...parts: string[]) => cached(cache?.files, join(dataDir, ...parts), () => optionalFile(dataDir, shown, ...parts));
  const main = month(period);
  const history = historyPeriods(period)
    .filter((p) => cache?.months.has(join(dataDir, periodId(p))) || isDirectory(join(dataDir, periodId(p))))
    .map(month);
  return { month: main, district: file(DISTRICT_FILE), plan: file(PLANS_DIR, planFile(period.year)), history, dataDir: displayPath(shown) };
}
