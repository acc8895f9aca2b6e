/**
 * A build killed at any moment (SIGKILL: no handler runs) leaves the complete old set of outputs or the complete new
 * one, and the next run leaves no temporary behind. Builds run in child processes from a fresh bundle of the sources;
 * each is killed either by itself at an exact step of the write (every step) or from outside at spread times.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleOutputs } from '../src/write.js';
import { runCli } from './support/cli.js';
import { fileTree, workspace, type Workspace } from './support/workspace.js';

const NAMES = ['report-2021-01.docx', 'report-2021-01.md'];
/** Steps the child can kill itself after: each temporary written, the commit, each output replaced. */
const STEPS = ['temporary .docx', 'temporary .md', 'commit', 'replaced .docx', 'replaced .md'];
const COMMIT_STEP = 3;

/** A build of 2021-01 with the write hooks wired to SIGKILL the process after step argv[4] (0: never). */
const CHILD = `
import { build } from './src/commands/build.ts';
import { loadRegistry } from './src/load-definitions.ts';
import { createRunContext } from './src/pipeline.ts';
const [data, templates, out, killAt] = process.argv.slice(2);
const registry = loadRegistry('schemas');
if (!registry.ok) throw new Error('schemas/ does not load');
const context = createRunContext(registry.value, { dataDir: data, templatesDir: templates, schemasDir: 'schemas' });
let step = 0;
const kill = () => { if (++step === Number(killAt)) process.kill(process.pid, 'SIGKILL'); };
const io = { out: () => {}, err: (s) => process.stderr.write(s), color: false, lang: 'en' };
process.exitCode = await build({ context, period: { year: 2021, month: 1 }, outDir: out,
  formats: ['md', 'docx'], hooks: { afterTempWrite: kill, afterCommit: kill, afterRename: kill } }, io);
`;

let ws: Workspace;
let child: string;
let oldSet: Record<string, string>;
let newSet: Record<string, string>;
let oldDir: string;

beforeAll(async () => {
  ws = workspace();
  child = join(mkdtempSync(join(tmpdir(), 'report-kill-')), 'child.mjs');
  await esbuild({
    stdin: { contents: CHILD, resolveDir: resolve('.'), loader: 'ts', sourcefile: 'child.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: child,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  oldDir = join(ws.root, 'old');
  expect((await runCli([...ws.args, 'build', '2021-01', '--out', oldDir])).code).toBe(0);
  oldSet = fileTree(oldDir);
  // the new build differs from the old one in both outputs
  const f = join(ws.data, '2021-01', 'finance.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('Nhìn chung hoạt động ngân hàng cơ bản ổn định.', 'Hoạt động ngân hàng đã đổi.'));
  const newDir = join(ws.root, 'new');
  expect((await runCli([...ws.args, 'build', '2021-01', '--out', newDir])).code).toBe(0);
  newSet = fileTree(newDir);
  for (const name of NAMES) expect(newSet[name]).not.toBe(oldSet[name]);
}, 120_000);
afterAll(() => {
  ws.remove();
  rmSync(resolve(child, '..'), { recursive: true, force: true });
});

/** Run the child build into `out`; kill it from outside after `killAfterMs` when given. Resolves when it has ended. */
function runChild(out: string, killAt: number, killAfterMs?: number): Promise<{ signal: string | null; ms: number }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const p = spawn(process.execPath, [child, ws.data, ws.templates, out, String(killAt)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += String(d)));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => p.kill('SIGKILL'), killAfterMs);
    p.on('error', fail);
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === null && code !== 0) fail(new Error(`child build failed (${code}): ${stderr}`));
      else done({ signal, ms: performance.now() - started });
    });
  });
}

/** A folder holding the old outputs, as the previous build left them. */
function folderWithOldSet(name: string): string {
  const out = join(ws.root, name);
  cpSync(oldDir, out, { recursive: true });
  return out;
}

/** What the folder holds once the next run has looked at it: 'old', 'new', or the file tree when it is neither. */
function settled(out: string): 'old' | 'new' | Record<string, string> {
  settleOutputs(out, 'out', NAMES);
  const tree = fileTree(out);
  return JSON.stringify(tree) === JSON.stringify(oldSet) ? 'old' : JSON.stringify(tree) === JSON.stringify(newSet) ? 'new' : tree;
}

/** `run` over `items`, two at a time (the machine has two cores). */
async function inPairs<T, R>(items: readonly T[], run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 2) results.push(...(await Promise.all(items.slice(i, i + 2).map((item, j) => run(item, i + j)))));
  return results;
}

describe('a killed build leaves the old set or the new set, never a mix, and no stray files', () => {
  it('killed by itself right after each step of the write', async () => {
    const states = await inPairs(STEPS, async (_step, i) => {
      const out = folderWithOldSet(`step-${i + 1}`);
      const { signal } = await runChild(out, i + 1);
      expect(signal).toBe('SIGKILL');
      if (i + 1 === COMMIT_STEP) {
        // the next build into the folder finishes what the killed one committed, then writes its own set: nothing else stays
        const next = join(ws.root, 'after-commit-next');
        cpSync(out, next, { recursive: true });
        expect(readdirSync(next).length).toBeGreaterThan(NAMES.length);
        const r = await runCli([...ws.args, 'build', '2021-01', '--out', next]);
        expect(r.code, r.stderr).toBe(0);
        expect(readdirSync(next).sort()).toEqual(NAMES);
      }
      return settled(out);
    });
    // before the commit the old set, from the commit on the new one, whole in both cases
    expect(Object.fromEntries(STEPS.map((s, i) => [s, states[i]]))).toEqual(
      Object.fromEntries(STEPS.map((s, i) => [s, i + 1 < COMMIT_STEP ? 'old' : 'new'])),
    );
  });

  it('killed from outside at spread moments of the whole run', async () => {
    const full = await runChild(folderWithOldSet('timing'), 0);
    expect(full.signal).toBe(null);
    // most of a run is start-up and rendering; the moments crowd towards its end, where the files are written
    const moments = [0.1, 0.6, 0.8, 0.9, 1, 1.1].map((f) => Math.round(f * full.ms));
    const states = await inPairs(moments, async (ms, i) => {
      const out = folderWithOldSet(`moment-${i}`);
      await runChild(out, 0, ms);
      return settled(out);
    });
    for (const [i, state] of states.entries())
      expect(state, `killed after ${moments[i]} ms`).toSatisfy((s: unknown) => s === 'old' || s === 'new');
    // the earliest moment is before any write: the comparison with the old set could fail
    expect(states[0]).toBe('old');
  });
});
