/**
 * Definitions stage (I/O): read the office's schemas/office.yaml and schemas/sectors/*.yaml, check them like data
 * files (every problem located, all at once) and build the registry the run works with.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OfficeFileSchema, SectorFileSchema, type OfficeSettings, type SectorFile } from './definitions.js';
import { displayPath } from './display-path.js';
import { ReportError, type Result } from './errors.js';
import { isDirectory, loadFile, readFolder, type LoadedFile } from './load.js';
import { defaultDefinitionsCache, readCachedDefinitions, writeCachedDefinitions, type DefinitionsCache } from './definitions-cache.js';
import { buildRegistry, indexRegistry, type DefinitionFile, type Registry } from './registry.js';
import { validateSource } from './validate.js';
import { MAX_FILE_BYTES } from './yaml-source.js';
import type { z } from 'zod';

/** The office settings, inside the schemas folder. */
export const OFFICE_FILE = 'office.yaml';
/** The sector definitions: schemas/sectors/<id>.yaml. */
export const SECTORS_DIR = 'sectors';

function checked<T>(file: LoadedFile, schema: z.ZodType<T>, problems: ReportError[]): DefinitionFile<T> | null {
  problems.push(...file.parsed.problems);
  if (!file.parsed.source) return null;
  const r = validateSource(file.parsed.source, schema);
  problems.push(...r.problems);
  return r.value === null ? null : { value: r.value, source: file.parsed.source };
}

/** Registries read by earlier runs of a process, by the shown paths and bytes of their files: never stale. */
export type KnownRegistries = Map<string, Result<Registry>>;

/** The key of a set of definition files in KnownRegistries; null when one is not a plain readable file (no reuse then). */
function contentKey(files: readonly { path: string; shown: string }[]): string | null {
  const hash = createHash('sha256');
  try {
    for (const f of files) {
      const stat = statSync(f.path);
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return null;
      hash.update(`${f.shown}\0${stat.size}\0`).update(readFileSync(f.path));
    }
  } catch {
    return null;
  }
  return hash.digest('hex');
}

/**
 * The registry of the office whose definitions are in `schemasDir`; a usage error when it has no office.yaml.
 * `known`: registries earlier runs of the process read (tests run the CLI hundreds of times), reused for the same files.
 * `cache`: checked definitions kept between processes (the bundled CLI's, by default: src/definitions-cache.ts).
 */
export function loadRegistry(
  schemasDir: string,
  known?: KnownRegistries,
  cache: DefinitionsCache | null = defaultDefinitionsCache(),
): Result<Registry> {
  const officePath = join(schemasDir, OFFICE_FILE);
  if (!existsSync(officePath)) throw new ReportError({ code: 'DEFINITION_OFFICE_MISSING', params: { dir: displayPath(schemasDir) } });
  const folder = join(schemasDir, SECTORS_DIR);
  // no sectors folder: each sector office.yaml lists is then reported as a missing definition
  const names = (isDirectory(folder) ? readFolder(folder, displayPath(schemasDir, SECTORS_DIR)) : [])
    .filter((n) => n.endsWith('.yaml'))
    .sort();
  const sectorFiles = names.map((name) => ({ name, path: join(folder, name), shown: displayPath(schemasDir, SECTORS_DIR, name) }));
  const key = known || cache ? contentKey([{ path: officePath, shown: displayPath(schemasDir, OFFICE_FILE) }, ...sectorFiles]) : null;
  const reused = key === null ? undefined : known?.get(key);
  if (reused) return reused;
  const kept = key !== null && cache ? readCachedDefinitions(cache, schemasDir, key) : null;
  const result: Result<Registry> = kept
    ? { ok: true, value: indexRegistry(kept.settings, kept.sectors, kept.printedTexts), warnings: [] }
    : readRegistry(schemasDir, sectorFiles);
  // only definitions without any problem are kept: a run from the cache prints what a full reading would
  if (key !== null && cache && !kept && result.ok && result.warnings.length === 0)
    writeCachedDefinitions(cache, schemasDir, key, {
      settings: result.value.settings,
      sectors: result.value.sectors,
      printedTexts: result.value.printedTexts,
    });
  if (key !== null) known?.set(key, result);
  return result;
}

function readRegistry(schemasDir: string, sectorFiles: readonly { name: string; path: string; shown: string }[]): Result<Registry> {
  const problems: ReportError[] = [];
  const office = checked<OfficeSettings>(
    loadFile(join(schemasDir, OFFICE_FILE), displayPath(schemasDir, OFFICE_FILE), OFFICE_FILE),
    OfficeFileSchema,
    problems,
  );
  const files = new Map<string, DefinitionFile<SectorFile>>();
  for (const { name, path, shown } of sectorFiles) {
    const file = checked<SectorFile>(loadFile(path, shown, name), SectorFileSchema, problems);
    if (file) files.set(name.slice(0, -'.yaml'.length), file);
  }
  // cross-references are checked only between files that are well-formed: a broken file is reported once, as itself
  if (!office || problems.some((p) => p.severity === 'error'))
    return { ok: false, errors: problems.filter((p) => p.severity === 'error'), warnings: [] };
  const { registry, problems: inconsistencies } = buildRegistry(office, files);
  if (!registry) return { ok: false, errors: inconsistencies, warnings: [] };
  return { ok: true, value: registry, warnings: problems };
}
