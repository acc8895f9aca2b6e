/** `report schemas`: write (or with --check, verify) the editor JSON Schemas generated from the zod schemas. */
import { resolve } from 'node:path';
import { SECTORS } from '../../schemas/sectors/index.js';
import { posixPath } from '../display-path.js';
import { ReportError } from '../errors.js';
import { formatDiagnostics } from '../format-error.js';
import { editorSchemas } from '../json-schema.js';
import { compareOutputs, isInside, writeOutputs, type OutputFile } from '../write.js';
import type { Io } from './io.js';

export interface SchemasOptions {
  /** Folder the *.schema.json files live in (default schemas/, next to the zod modules). */
  readonly dir: string;
  /** Compare with the files on disk instead of writing; exit 1 when any differs. */
  readonly check?: boolean;
  /** The data folder, never written into (only report init writes there). */
  readonly dataDir?: string;
}

export async function schemas(options: SchemasOptions, io: Io): Promise<number> {
  const files: OutputFile[] = [...editorSchemas(SECTORS)].map(([name, data]) => ({ name, data }));
  const shown = posixPath(options.dir);
  if (options.dataDir !== undefined && isInside(options.dir, options.dataDir)) throw new ReportError({ code: 'WRITE_INTO_DATA', params: { path: shown } });
  if (options.check) {
    const { stale, missing } = compareOutputs(resolve(options.dir), files);
    const problems = [
      ...stale.map((n) => new ReportError({ code: 'SCHEMAS_STALE', params: { path: `${shown}/${n}`, state: io.lang === 'vi' ? 'đã cũ' : 'stale' }, file: `${shown}/${n}` })),
      ...missing.map((n) => new ReportError({ code: 'SCHEMAS_STALE', params: { path: `${shown}/${n}`, state: io.lang === 'vi' ? 'chưa có' : 'missing' }, file: `${shown}/${n}` })),
    ];
    io.err(formatDiagnostics(problems, 'text', io));
    return problems.length > 0 ? 1 : 0;
  }
  const written = writeOutputs(resolve(options.dir), shown, files);
  io.out(written.map((p) => `${p}\n`).join(''));
  return 0;
}
