/**
 * The engine as an office installs it: `npm pack` of this repository (the bundle `npm test` built), installed into an
 * empty folder with production dependencies only, runs `npx report --help`, and builds January 2021 in a copy of the Than
 * Uyên office folder (data/, templates/, schemas/) to the Markdown the repository builds. Slow (an npm install, tens of
 * seconds): it runs under CI=true (.ci/run) or with REPORT_PACKAGE_TEST=1, and is skipped with a message otherwise.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { requireBundle, requireTools } from './support/tools.js';
import { ROOT } from './support/workspace.js';

const run = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), 'report-package-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the npm package', () => {
  it('packs, installs without build tools, runs --help and builds the shipped office byte-identical', async (ctx) => {
    if (process.env['CI'] !== 'true' && process.env['REPORT_PACKAGE_TEST'] !== '1') {
      console.warn('[package] SKIPPED: npm pack and install (slow); runs under CI=true or REPORT_PACKAGE_TEST=1');
      ctx.skip();
    }
    requireTools(ctx, ['npm', 'npx']);
    requireBundle(ctx);
    // the bundle npm test built: prepack would rebuild dist/ under the other tests' feet
    const packed = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], { cwd: ROOT });
    const tarball = join(tmp, packed.stdout.trim().split('\n').at(-1)!);
    expect(existsSync(tarball), packed.stdout).toBe(true);

    const office = join(tmp, 'don-vi');
    for (const d of ['data', 'templates', 'schemas']) cpSync(join(ROOT, d), join(office, d), { recursive: true });
    writeFileSync(join(office, 'package.json'), '{ "private": true }\n');
    const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
    await run('npm', ['install', '--omit=dev', '--prefer-offline', '--no-save', tarball], { cwd: office, env, maxBuffer: 16 << 20 });
    const installed = readdirSync(join(office, 'node_modules'));
    expect(installed).toContain('report');
    // production dependencies only: nothing to compile or bundle at install time
    for (const tool of ['esbuild', 'typescript', '@biomejs', 'vitest']) expect(installed, tool).not.toContain(tool);

    const help = await run('npx', ['--no-install', 'report', '--help'], { cwd: office, env });
    expect(help.stdout).toMatch(/report build/);
    const built = await run('npx', ['--no-install', 'report', 'build', '2021-01', '--format', 'md', '--out', 'out'], { cwd: office, env });
    expect(built.stdout.trim()).toBe('out/report-2021-01.md');
    expect(readFileSync(join(office, 'out', 'report-2021-01.md'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'test', 'golden', '2021-01', 'report.md'), 'utf8'),
    );
  }, 300_000);
});
