/**
 * The office's definitions as last checked, kept between runs (I/O). Reading and checking schemas/office.yaml and
 * schemas/sectors/*.yaml costs a run more than reading the month's data does (the yaml parser, then zod); a run whose
 * definition files are byte for byte those of an earlier run, read by the same build of the CLI, takes the checked
 * definitions from a JSON file instead. Only definitions that were found without any problem are kept, so a cached
 * run prints exactly what a full one would.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { OfficeSettings, SectorDef } from './definitions.js';
import type { TextFile } from './located-text.js';

/** Set by bin/bundle.mjs to a hash of the sources and dependencies the bundle was made from. */
declare const __REPORT_BUILD__: string | undefined;

export interface CheckedDefinitions {
  readonly settings: OfficeSettings;
  readonly sectors: readonly SectorDef[];
  readonly printedTexts: readonly TextFile[];
}

export interface DefinitionsCache {
  /** The folder of the cache files: one per office folder, replaced when its definitions change. */
  readonly dir: string;
  /** The build of the CLI: a cache written by another build (other checks, other schemas) is never read. */
  readonly build: string;
}

/**
 * The cache of this bundled CLI, in the system's temporary folder (as Node's compile cache); none when run from the
 * sources, as the tests do, where a change to the code would not show in the build id.
 */
export const defaultDefinitionsCache = (): DefinitionsCache | null =>
  typeof __REPORT_BUILD__ === 'string'
    ? { dir: join(tmpdir(), `report-definitions-${process.getuid?.() ?? 0}`), build: __REPORT_BUILD__ }
    : null;

const fileOf = (cache: DefinitionsCache, schemasDir: string) =>
  join(cache.dir, `${createHash('sha256').update(resolve(schemasDir)).digest('hex').slice(0, 32)}.json`);

/** What the kept definitions must have been read from: this build and files of this content (`contentKey`). */
const keyOf = (cache: DefinitionsCache, contentKey: string) => `${cache.build}:${contentKey}`;

/** The definitions kept for `schemasDir` from files of content `contentKey`, or null (none, another key, unreadable). */
export function readCachedDefinitions(cache: DefinitionsCache, schemasDir: string, contentKey: string): CheckedDefinitions | null {
  try {
    const stored = JSON.parse(readFileSync(fileOf(cache, schemasDir), 'utf8')) as { key?: unknown; value?: CheckedDefinitions };
    return stored.key === keyOf(cache, contentKey) && stored.value ? stored.value : null;
  } catch {
    return null;
  }
}

/** Keep checked definitions for the next run; written whole (renamed into place) or not at all. */
export function writeCachedDefinitions(cache: DefinitionsCache, schemasDir: string, contentKey: string, value: CheckedDefinitions): void {
  const file = fileOf(cache, schemasDir);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cache.dir, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, JSON.stringify({ key: keyOf(cache, contentKey), value }), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // a cache that cannot be written only makes the next run read the definitions in full
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written, or nothing can be removed
    }
  }
}
