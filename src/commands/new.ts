/**
 * `report new <dir>`: a new office folder that builds at once; `report new-sector <id>`: a sector added to the office.
 * Both create files and never overwrite one (INIT_FILE_EXISTS names what was left as it was).
 */
import { dirname, join } from 'node:path';
import { displayPath } from '../display-path.js';
import { ReportError } from '../errors.js';
import { formatDiagnostics } from '../format-error.js';
import { editorSchemas } from '../json-schema.js';
import { listReportMonths, loadFile } from '../load.js';
import { loadRegistry, OFFICE_FILE } from '../load-definitions.js';
import { say } from '../messages.js';
import { periodId, type Period } from '../period.js';
import type { RunContext } from '../pipeline.js';
import { officeFiles, sectorData, sectorDefinition, sectorTemplate, withSector } from '../scaffold.js';
import { createNewFiles, writeOutputs, type OutputFile } from '../write.js';
import type { Io } from './io.js';

/** Create `files` (paths relative to `root`) folder by folder; returns what was created and what already existed. */
function createTree(root: string, files: readonly OutputFile[]): { created: string[]; skipped: string[] } {
  const byDir = new Map<string, OutputFile[]>();
  for (const f of files) {
    const dir = dirname(f.name);
    byDir.set(dir, [...(byDir.get(dir) ?? []), { ...f, name: f.name.slice(dir === '.' ? 0 : dir.length + 1) }]);
  }
  const created: string[] = [];
  const skipped: string[] = [];
  for (const [dir, list] of byDir) {
    const r = createNewFiles(join(root, dir), displayPath(root, dir), list);
    created.push(...r.created);
    skipped.push(...r.skipped);
  }
  return { created, skipped };
}

/** The editor schemas of the office under `schemasDir`, written (or rewritten) beside its definitions. */
function writeEditorSchemas(schemasDir: string, io: Io): string[] {
  const loaded = loadRegistry(schemasDir);
  if (!loaded.ok) {
    io.err(formatDiagnostics(loaded.errors, 'text', io));
    return [];
  }
  return writeOutputs(
    schemasDir,
    displayPath(schemasDir),
    [...editorSchemas(loaded.value)].map(([name, data]) => ({ name, data })),
  );
}

export interface NewOfficeOptions {
  readonly dir: string;
  /** The month of the example data. */
  readonly period: Period;
}

export async function newOffice(options: NewOfficeOptions, io: Io): Promise<number> {
  const { dir, period } = options;
  const { created, skipped } = createTree(dir, officeFiles(period));
  const schemas = skipped.length === 0 ? writeEditorSchemas(join(dir, 'schemas'), io) : [];
  const problems = skipped.map((path) => new ReportError({ code: 'INIT_FILE_EXISTS', params: { path }, file: path, severity: 'warning' }));
  io.out([...created, ...schemas].map((p) => `${p}\n`).join(''));
  io.err(formatDiagnostics(problems, 'text', io));
  io.err(
    `${say(io.lang, 'NEW_OFFICE_DONE', { created: created.length + schemas.length, skipped: skipped.length, dir: displayPath(dir), month: periodId(period) })}\n`,
  );
  return 0;
}

export interface NewSectorOptions {
  readonly context: RunContext;
  readonly id: string;
  readonly title?: string;
}

export async function newSector(options: NewSectorOptions, io: Io): Promise<number> {
  const { context, id } = options;
  const title = options.title ?? id;
  if (!/^[a-z][a-z0-9-]*$/.test(id))
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: say(io.lang, 'ARG_SECTOR_ID', { id }) } });
  // an unlisted definition file of that name would have stopped the registry (DEFINITION_SECTOR_UNLISTED)
  if (context.registry.sector(id))
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: say(io.lang, 'ARG_SECTOR_EXISTS', { id }) } });
  const officeText =
    loadFile(join(context.schemasDir, OFFICE_FILE), displayPath(context.schemasDir, OFFICE_FILE), OFFICE_FILE).parsed.source?.text ?? '';
  const listed = withSector(officeText, id);
  if (listed === null) throw new ReportError({ code: 'DEFINITION_OFFICE_MISSING', params: { dir: displayPath(context.schemasDir) } });

  const latest = listReportMonths(context.dataDir).at(-1);
  const files: OutputFile[] = [{ name: `sectors/${id}.yaml`, data: sectorDefinition(id, title) }];
  const made = createTree(context.schemasDir, files);
  const template = createTree(context.templatesDir, [{ name: `sections/${id}.hbs`, data: sectorTemplate(id) }]);
  const data = latest
    ? createTree(context.dataDir, [{ name: `${periodId(latest)}/${id}.yaml`, data: sectorData(id, title, latest) }])
    : { created: [], skipped: [] };
  const office = writeOutputs(context.schemasDir, displayPath(context.schemasDir), [{ name: OFFICE_FILE, data: listed }]);
  const schemas = writeEditorSchemas(context.schemasDir, io);
  io.out([...made.created, ...template.created, ...data.created, ...office, ...schemas].map((p) => `${p}\n`).join(''));
  io.err(`${say(io.lang, 'NEW_SECTOR_DONE', { id, title })}\n`);
  return 0;
}
