/** A throwaway copy of the project's data and templates, so tests run commands as a user would without touching data/. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Workspace {
  readonly root: string;
  readonly data: string;
  readonly templates: string;
  readonly out: string;
  /** The global options pointing the CLI at this copy. */
  readonly args: readonly string[];
  readonly remove: () => void;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function workspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'report-ws-'));
  const data = join(root, 'data');
  const templates = join(root, 'templates');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  cpSync(join(ROOT, 'templates'), templates, { recursive: true });
  return {
    root, data, templates, out: join(root, 'out'),
    args: ['--data', data, '--templates', templates],
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
