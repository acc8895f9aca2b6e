/**
 * Broken-input cases: test/fixtures/invalid/<case>/ holds only what differs from the real data, applied onto a
 * throwaway copy of data/ (see workspace.ts):
 *   data/<path>   files copied over data/<path> (a one-file mutation of the real file, or a new file);
 *   templates/<path>  files copied over the workspace's copy of templates/ (a template mutation);
 *   case.json     optional: { "delete": ["<path>", …], "generate": { "<path>": { "repeat": "<text>", "bytes": N } } }
 *                 for what a fixture file cannot hold (a missing file, a 10 MB file).
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliResult } from './cli.js';
import { DATA, ROOT, TEMPLATES, type Workspace } from './workspace.js';

export const CASES_DIR = fileURLToPath(new URL('../fixtures/invalid', import.meta.url));

interface CaseMeta {
  readonly delete?: readonly string[];
  readonly generate?: Readonly<Record<string, { readonly repeat: string; readonly bytes: number }>>;
}

export const caseNames = (): string[] =>
  readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

const metaOf = (name: string): CaseMeta => {
  const file = join(CASES_DIR, name, 'case.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CaseMeta) : {};
};

/** Apply one case onto the workspace's copy of data/. */
export function applyCase(ws: Workspace, name: string): void {
  const dir = join(CASES_DIR, name);
  if (existsSync(join(dir, 'data'))) cpSync(join(dir, 'data'), ws.data, { recursive: true, force: true });
  if (existsSync(join(dir, 'templates'))) {
    if (ws.templates === TEMPLATES) throw new Error(`case ${name} changes templates: the workspace needs its own copy`);
    cpSync(join(dir, 'templates'), ws.templates, { recursive: true, force: true });
  }
  const meta = metaOf(name);
  for (const rel of meta.delete ?? []) {
    if (!existsSync(join(ws.data, rel))) throw new Error(`case ${name}: nothing to delete at data/${rel}`);
    rmSync(join(ws.data, rel), { recursive: true });
  }
  for (const [rel, { repeat, bytes }] of Object.entries(meta.generate ?? {})) {
    const unit = Buffer.from(repeat, 'utf8');
    writeFileSync(join(ws.data, rel), Buffer.alloc(bytes, unit));
  }
}

/**
 * The paths under data/ a case changes, adds or deletes: for an added file, its outermost folder the real data does
 * not have, so that putting these paths back (restoreData) leaves no trace of the case.
 */
export function casePaths(name: string): string[] {
  const dir = join(CASES_DIR, name, 'data');
  const files = existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)))
    : [];
  const meta = metaOf(name);
  const outermostNew = (rel: string) => {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) if (!existsSync(join(DATA, ...parts.slice(0, i)))) return parts.slice(0, i).join('/');
    return rel;
  };
  return [...new Set([...files, ...(meta.delete ?? []), ...Object.keys(meta.generate ?? {})].map(outermostNew))];
}

/** The template files a case replaces, relative to templates/. */
export function caseTemplatePaths(name: string): string[] {
  const dir = join(CASES_DIR, name, 'templates');
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)))
    : [];
}

/** Paths of the throwaway copy shown as the project's own: data/…, templates/…, <root>/…. */
export function normalise(text: string, ws: Workspace): string {
  return text
    .split(ws.data)
    .join('data')
    .split(ws.templates)
    .join('templates')
    .split(ws.root)
    .join('<root>')
    .split(`${ROOT}/`)
    .join('')
    .replace(/\r\n/g, '\n');
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

export const check = (ws: Workspace, extra: readonly string[] = []): Promise<CliResult> =>
  runCli([...ws.args, 'check', '2021-01', ...extra]);

/** CommonMark: a backslash before ASCII punctuation stands for that character. */
export const unescapeMarkdown = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
