/**
 * Broken-input cases: test/fixtures/invalid/<case>/ holds only what differs from the real data, applied onto a
 * throwaway copy of data/ (see workspace.ts):
 *   data/<path>   files copied over data/<path> (a one-file mutation of the real file, or a new file);
 *   case.json     optional: { "delete": ["<path>", …], "generate": { "<path>": { "repeat": "<text>", "bytes": N } } }
 *                 for what a fixture file cannot hold (a missing file, a 10 MB file).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliResult } from './cli.js';
import type { Workspace } from './workspace.js';

export const CASES_DIR = fileURLToPath(new URL('../fixtures/invalid', import.meta.url));

interface CaseMeta {
  readonly delete?: readonly string[];
  readonly generate?: Readonly<Record<string, { readonly repeat: string; readonly bytes: number }>>;
}

export const caseNames = (): string[] => readdirSync(CASES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** Apply one case onto the workspace's copy of data/. */
export function applyCase(ws: Workspace, name: string): void {
  const dir = join(CASES_DIR, name);
  if (existsSync(join(dir, 'data'))) cpSync(join(dir, 'data'), ws.data, { recursive: true, force: true });
  const meta: CaseMeta = existsSync(join(dir, 'case.json')) ? (JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseMeta) : {};
  for (const rel of meta.delete ?? []) {
    if (!existsSync(join(ws.data, rel))) throw new Error(`case ${name}: nothing to delete at data/${rel}`);
    rmSync(join(ws.data, rel), { recursive: true });
  }
  for (const [rel, { repeat, bytes }] of Object.entries(meta.generate ?? {})) {
    const unit = Buffer.from(repeat, 'utf8');
    writeFileSync(join(ws.data, rel), Buffer.alloc(bytes, unit));
  }
}

/** Paths of the throwaway copy shown as the project's own: data/…, templates/…, <root>/…. */
export function normalise(text: string, ws: Workspace): string {
  return text.split(ws.data).join('data').split(ws.templates).join('templates').split(ws.root).join('<root>').split(ROOT).join('').replace(/\r\n/g, '\n');
}

/** The diagnostics of a text report as blocks (the located line plus its hint), without the count line. */
export function diagnosticBlocks(stderr: string): string[] {
  const blocks: string[] = [];
  for (const line of stderr.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('    ') && blocks.length > 0) blocks[blocks.length - 1] += `\n${line}`;
    else if (/^\d+ (lỗi|error)/.test(line)) continue;
    else blocks.push(line);
  }
  return blocks;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A copy of data/ only, with the project's own templates: the cases never change templates, one compiled set then
 * serves every case, and a corpus of sixty cases stays fast.
 */
export function dataWorkspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'report-case-'));
  const data = join(root, 'data');
  const templates = join(ROOT, 'templates');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  return {
    root, data, templates, out: join(root, 'out'),
    args: ['--data', data, '--templates', templates],
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export const check = (ws: Workspace, extra: readonly string[] = []): Promise<CliResult> => runCli([...ws.args, 'check', '2021-01', ...extra]);

/** CommonMark: a backslash before ASCII punctuation stands for that character. */
export const unescapeMarkdown = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
