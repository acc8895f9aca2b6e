/**
 * The project's folders, and throwaway copies of them, so tests run commands as a user would without touching data/.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (no trailing slash), and its shipped data and templates. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const DATA = join(ROOT, 'data');
export const TEMPLATES = join(ROOT, 'templates');
export const SCHEMAS = join(ROOT, 'schemas');

export interface Workspace {
  readonly root: string;
  readonly data: string;
  readonly templates: string;
  /** The office's definitions: a copy with copySchemas, else the project's own. */
  readonly schemas: string;
  readonly out: string;
  /** The global options pointing the CLI at this copy. */
  readonly args: readonly string[];
  readonly remove: () => void;
}

/**
 * A copy of data/ in a fresh temporary folder. Its templates (schemas) are a copy too when the test edits them;
 * otherwise the project's own, so one compiled set serves every test and the copy stays small.
 */
export function workspace(options: { copyTemplates?: boolean; copySchemas?: boolean } = {}): Workspace {
  const copyTemplates = options.copyTemplates ?? false;
  const root = mkdtempSync(join(tmpdir(), 'report-ws-'));
  const data = join(root, 'data');
  const templates = copyTemplates ? join(root, 'templates') : TEMPLATES;
  const schemas = options.copySchemas ? join(root, 'schemas') : SCHEMAS;
  cpSync(DATA, data, { recursive: true });
  if (copyTemplates) cpSync(TEMPLATES, templates, { recursive: true });
  if (options.copySchemas) cpSync(SCHEMAS, schemas, { recursive: true });
  return {
    root,
    data,
    templates,
    schemas,
    out: join(root, 'out'),
    // the definitions are read from --root: the copy's when there is one
    args: [...(options.copySchemas ? ['--root', root] : []), '--data', data, '--templates', templates],
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * Put `paths` (relative to data/) of a workspace back as shipped: what a test changed, added or deleted there.
 * Cheaper than a fresh copy per test, for a file whose tests each change one or two files.
 */
export function restoreData(ws: Workspace, paths: readonly string[]): void {
  for (const rel of paths) {
    rmSync(join(ws.data, rel), { recursive: true, force: true });
    if (existsSync(join(DATA, rel))) cpSync(join(DATA, rel), join(ws.data, rel), { recursive: true });
  }
}

/** Every file under `dir` with its SHA-256: proves a folder was not touched, or is back as it was. */
export function fileTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
