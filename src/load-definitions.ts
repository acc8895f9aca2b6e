/**
 * Definitions stage (I/O): read the office's schemas/office.yaml and schemas/sectors/*.yaml, check them like data
 * files (every problem located, all at once) and build the registry the run works with.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OfficeFileSchema, SectorFileSchema, type OfficeSettings, type SectorFile } from './definitions.js';
import { displayPath } from './display-path.js';
import { ReportError, type Result } from './errors.js';
import { isDirectory, loadFile, readFolder, type LoadedFile } from './load.js';
import { buildRegistry, type DefinitionFile, type Registry } from './registry.js';
import { validateSource } from './validate.js';
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

/** The registry of the office whose definitions are in `schemasDir`; a usage error when it has no office.yaml. */
export function loadRegistry(schemasDir: string): Result<Registry> {
  const officePath = join(schemasDir, OFFICE_FILE);
  if (!existsSync(officePath)) throw new ReportError({ code: 'DEFINITION_OFFICE_MISSING', params: { dir: displayPath(schemasDir) } });
  const problems: ReportError[] = [];
  const office = checked<OfficeSettings>(loadFile(officePath, displayPath(schemasDir, OFFICE_FILE), OFFICE_FILE), OfficeFileSchema, problems);

  const files = new Map<string, DefinitionFile<SectorFile>>();
  const folder = join(schemasDir, SECTORS_DIR);
  // no sectors folder: each sector office.yaml lists is then reported as a missing definition
  const names = isDirectory(folder) ? readFolder(folder, displayPath(schemasDir, SECTORS_DIR)) : [];
  for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
    const file = checked<SectorFile>(loadFile(join(folder, name), displayPath(schemasDir, SECTORS_DIR, name), name), SectorFileSchema, problems);
    if (file) files.set(name.slice(0, -'.yaml'.length), file);
  }
  // cross-references are checked only between files that are well-formed: a broken file is reported once, as itself
  if (!office || problems.some((p) => p.severity === 'error')) return { ok: false, errors: problems.filter((p) => p.severity === 'error'), warnings: [] };
  const { registry, problems: inconsistencies } = buildRegistry(office, files);
  if (!registry) return { ok: false, errors: inconsistencies, warnings: [] };
  return { ok: true, value: registry, warnings: problems };
}
