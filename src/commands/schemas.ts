/** `report schemas`: write (or with --check, verify) the editor JSON Schemas generated from the zod schemas. */
import { resolve } from 'node:path';
import { posixPath } from '../display-path.js';
import { ReportError } from '../errors.js';
import { editorSchemas } from '../json-schema.js';
import { say } from '../messages.js';
import { isInside, writeOutputs, type OutputFile } from '../write.js';
import { checkFreshness } from './freshness.js';
import type { RunContext } from '../pipeline.js';
import type { Io } from './io.js';

export interface SchemasOptions {
  /** The office whose definitions the schemas are made from; its data folder is never written into (only init does). */
  readonly context: RunContext;
  /** Folder the *.schema.json files live in (default the office's schemas/, next to its definitions). */
  readonly dir: string;
  /** Compare with the files on disk instead of writing; exit 1 when any differs. */
  readonly check?: boolean;
}

export async function schemas(options: SchemasOptions, io: Io): Promise<number> {
  const files: OutputFile[] = [...editorSchemas(options.context.registry)].map(([name, data]) => ({ name, data }));
  const shown = posixPath(options.dir);
  if (isInside(options.dir, options.context.dataDir)) throw new ReportError({ code: 'WRITE_INTO_DATA', params: { path: shown } });
  if (options.check) {
    return checkFreshness(
      resolve(options.dir),
      shown,
      files,
      io,
      (path, state) =>
        new ReportError({
          code: 'SCHEMAS_STALE',
          params: { path, state: say(io.lang, state === 'stale' ? 'SCHEMAS_STATE_STALE' : 'SCHEMAS_STATE_MISSING') },
          file: path,
        }),
    );
  }
  const written = writeOutputs(resolve(options.dir), shown, files);
  io.out(written.map((p) => `${p}\n`).join(''));
  return 0;
}
