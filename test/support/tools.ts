/**
 * What some tests need beyond Node: external programs (LibreOffice, pandoc, poppler, git) and the bundled CLI
 * (dist/, made by `npm run build`, which `npm test` runs first). Present, or the test is skipped with a visible
 * message; under CI=true a missing one fails the test instead (a CI run must prove what these tests prove).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findSoffice } from '../../src/convert-pdf.js';

const BUNDLE = fileURLToPath(new URL('../../dist/report.mjs', import.meta.url));

const found = new Map<string, boolean>();
const has = (name: string) => {
  if (!found.has(name))
    found.set(name, name === 'soffice' ? findSoffice(process.env) !== null : spawnSync('sh', ['-c', 'command -v "$0"', name]).status === 0);
  return found.get(name)!;
};

function missing(ctx: { skip: (note?: string) => void }, what: string): void {
  if (process.env['CI'] === 'true') throw new Error(`CI=true: ${what}; tests that need it are never skipped in CI`);
  console.warn(`[tools] SKIPPED: ${what}`);
  ctx.skip(what);
}

/** Returns when every program is installed; otherwise skips the test (fails it under CI=true). */
export function requireTools(ctx: { skip: (note?: string) => void }, names: readonly string[]): void {
  const absent = names.filter((n) => !has(n));
  if (absent.length === 0) return;
  missing(ctx, `${absent.join(', ')} not installed (apt-get install libreoffice-writer-nogui pandoc poppler-utils fonts-liberation2 git)`);
}

/** Returns when bin/report.js can run (dist/report.mjs is built); otherwise skips the test (fails it under CI=true). */
export function requireBundle(ctx: { skip: (note?: string) => void }): void {
  if (!existsSync(BUNDLE)) missing(ctx, 'dist/report.mjs is not built (npm run build; npm test builds it first)');
}

export const toolsPresent = (names: readonly string[]): boolean => names.every(has);
