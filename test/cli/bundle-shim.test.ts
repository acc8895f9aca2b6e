/** bin/report.js: a clone without a bundle, or with one older than src/, gets one line saying what to run. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/workspace.js';

const clone = mkdtempSync(join(tmpdir(), 'report-shim-'));
afterAll(() => rmSync(clone, { recursive: true, force: true }));
mkdirSync(join(clone, 'bin'));
mkdirSync(join(clone, 'src'));
copyFileSync(join(ROOT, 'bin', 'report.js'), join(clone, 'bin', 'report.js'));
writeFileSync(join(clone, 'src', 'main.ts'), '');
const run = (...args: string[]) => spawnSync(process.execPath, [join(clone, 'bin', 'report.js'), ...args], { encoding: 'utf8' });

describe('bin/report.js without a usable bundle', () => {
  it('answers --version (alone) from package.json without loading the bundle, as commander would', () => {
    writeFileSync(join(clone, 'package.json'), JSON.stringify({ type: 'module', version: '9.8.7' }));
    for (const flag of ['--version', '-V']) expect([run(flag).status, run(flag).stdout, run(flag).stderr]).toEqual([0, '9.8.7\n', '']);
    // with anything else on the line, the bundle answers (here: there is none)
    expect(run('--version', '--lang', 'en').status).toBe(2);
  });

  it('missing: exit 2, one line naming the command to run, in the chosen language, no stack', () => {
    const r = run('check', '2021-01');
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'report: bản dựng dist/report.mjs chưa có; hãy chạy: npm run build\n']);
    expect(run('--lang', 'en', '--help').stderr).toBe('report: the bundle dist/report.mjs is missing; run: npm run build\n');
  });

  it('older than a source file: the same line, saying so', () => {
    mkdirSync(join(clone, 'dist'), { recursive: true });
    writeFileSync(join(clone, 'dist', 'report.mjs'), 'export const run = async () => 0;\n');
    utimesSync(join(clone, 'dist', 'report.mjs'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const r = run('--lang=en', 'status', '2021-01');
    expect([r.status, r.stderr]).toEqual([2, 'report: the bundle dist/report.mjs is older than src/; run: npm run build\n']);
    // built after the sources: it runs
    utimesSync(join(clone, 'dist', 'report.mjs'), new Date(), new Date());
    expect([run('status', '2021-01').status, run('status').stderr]).toEqual([0, '']);
  });
});
