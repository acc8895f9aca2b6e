/**
 * bin/bundle.mjs: the bundled CLI renders with the templates it precompiled, and keys its definitions cache with the
 * build id the bundle defines. They are found beside the bundled module
 * that reads them (a chunk, since commands load on demand); if not, every run silently compiles the templates again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { precompileTemplates, type PrecompiledTemplates } from '../src/render.js';
import { readTemplates } from '../src/templates.js';
import { requireBundle } from './support/tools.js';
import { ROOT, TEMPLATES } from './support/workspace.js';

const dir = mkdtempSync(join(tmpdir(), 'report-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('renders with the precompiled templates it ships: a marked spec shows in the report', (ctx) => {
  requireBundle(ctx);
  const dist = join(dir, 'dist');
  cpSync(join(ROOT, 'dist'), dist, { recursive: true });
  const found = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('templates.precompiled.json'));
  expect(found).toHaveLength(1);
  // the spec of report.hbs replaced by that of a copy whose document type reads "BẢN BIÊN DỊCH SẴN"
  const main = readTemplates(TEMPLATES).find((s) => s.name === 'report')!;
  const marked = main.text.replace('{{#field "docType"}}BÁO CÁO{{/field}}', '{{#field "docType"}}BẢN BIÊN DỊCH SẴN{{/field}}');
  expect(marked).not.toBe(main.text);
  const file = join(dist, found[0]!);
  const shipped = JSON.parse(readFileSync(file, 'utf8')) as PrecompiledTemplates;
  const spec = precompileTemplates([{ name: 'report', file: 'report.hbs', text: marked }]).specs[marked]!;
  writeFileSync(file, JSON.stringify({ ...shipped, specs: { ...shipped.specs, [main.text]: spec } }));

  const out = join(dir, 'out');
  const r = runBundle(dist, ['build', '2021-01', '--format', 'md', '--out', out]);
  expect(r.status, r.stderr).toBe(0);
  expect(readFileSync(join(out, 'report-2021-01.md'), 'utf8')).toContain('BẢN BIÊN DỊCH SẴN');
});

it('compiles an edited template with the compiler it ships in a file of its own', (ctx) => {
  requireBundle(ctx);
  const templates = join(dir, 'edited-templates');
  cpSync(TEMPLATES, templates, { recursive: true });
  const main = join(templates, 'report.hbs');
  writeFileSync(
    main,
    readFileSync(main, 'utf8').replace('{{#field "docType"}}BÁO CÁO{{/field}}', '{{#field "docType"}}BÁO CÁO SỬA{{/field}}'),
  );
  const out = join(dir, 'edited-out');
  const r = runBundle(join(ROOT, 'dist'), ['build', '2021-01', '--format', 'md', '--templates', templates, '--out', out]);
  expect(r.status, r.stderr).toBe(0);
  expect(readFileSync(join(out, 'report-2021-01.md'), 'utf8')).toContain('BÁO CÁO SỬA');
});

it('keeps the checked definitions for the next run (in TMPDIR), which then prints exactly what the first did', (ctx) => {
  requireBundle(ctx);
  const tmp = mkdtempSync(join(dir, 'tmp-'));
  const env = { ...process.env, TMPDIR: tmp };
  const first = runBundle(join(ROOT, 'dist'), ['check', '2021-01'], env);
  const kept = readdirSync(tmp, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.startsWith('report-definitions-') && f.endsWith('.json'),
  );
  expect(kept).toHaveLength(1);
  const second = runBundle(join(ROOT, 'dist'), ['check', '2021-01'], env);
  expect([second.status, second.stdout, second.stderr]).toEqual([first.status, first.stdout, first.stderr]);
  expect(first.status, first.stderr).toBe(0);
});

/** The bundle in `dist` run as bin/report.js runs it, from the project's folder. */
function runBundle(dist: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const runner = `const { run } = await import(${JSON.stringify(`file://${join(dist, 'report.mjs')}`)});
process.exitCode = await run(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr, env: process.env });`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', runner, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1' },
  });
}
