/** External programs the real-client tests drive (LibreOffice, pandoc, poppler): present, or skipped (failed under CI). */
import { spawnSync } from 'node:child_process';
import { findSoffice } from '../../src/convert-pdf.js';

const found = new Map<string, boolean>();
const has = (name: string) => {
  if (!found.has(name))
    found.set(name, name === 'soffice' ? findSoffice(process.env) !== null : spawnSync('sh', ['-c', 'command -v "$0"', name]).status === 0);
  return found.get(name)!;
};

/**
 * True when every tool is installed. Otherwise: under CI=true the test fails (a CI run must prove the real clients);
 * locally it is skipped with a visible message.
 */
export function requireTools(ctx: { skip: (note?: string) => void }, names: readonly string[]): void {
  const missing = names.filter((n) => !has(n));
  if (missing.length === 0) return;
  const what = `${missing.join(', ')} not installed (apt-get install libreoffice-writer-nogui pandoc poppler-utils fonts-liberation2)`;
  if (process.env['CI'] === 'true') throw new Error(`CI=true: ${what}; real-client tests are never skipped in CI`);
  console.warn(`[real-clients] SKIPPED: ${what}`);
  ctx.skip(what);
}

export const toolsPresent = (names: readonly string[]): boolean => names.every(has);
