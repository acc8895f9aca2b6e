/** The registry of the shipped example office (schemas/ of this repository), loaded once per worker like a run does. */
import { join } from 'node:path';
import { loadRegistry } from '../../src/load-definitions.js';
import { createRunContext, type RunContext } from '../../src/pipeline.js';
import { reuse } from './reuse.js';
import type { Registry } from '../../src/registry.js';
import { DATA, ROOT, SCHEMAS, TEMPLATES } from './workspace.js';

/** The registry of the office whose schemas/ folder is under `root`; fails the test with the diagnostics when broken. */
export function officeRegistry(root: string): Registry {
  const loaded = loadRegistry(join(root, 'schemas'));
  if (!loaded.ok)
    throw new Error(
      `${root}/schemas does not load:\n${loaded.errors.map((e) => `${e.file ?? ''}:${e.line ?? ''} ${e.code} ${JSON.stringify(e.params)}`).join('\n')}`,
    );
  return loaded.value;
}

/** Than Uyên, the shipped example. */
export const registry: Registry = officeRegistry(ROOT);

/** A fresh run over the shipped office, or over copies of its data and templates (a workspace). */
export const runContext = (folders: { dataDir?: string; templatesDir?: string } = {}): RunContext =>
  createRunContext(
    registry,
    { dataDir: folders.dataDir ?? DATA, templatesDir: folders.templatesDir ?? TEMPLATES, schemasDir: SCHEMAS },
    reuse.templates,
  );
