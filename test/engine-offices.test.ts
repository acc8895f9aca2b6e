/**
 * The engine's key paths on every fixture office under test/fixtures/offices/ (none of them Than Uyên): check, build
 * (Markdown and DOCX, the same bytes twice), schemas --check, init of the next month, status, diff, forms. A new
 * fixture office is a folder with a month 2024-05 and its expected report; it is tested here without a line of code.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { ROOT } from './support/workspace.js';

const OFFICES = join(ROOT, 'test', 'fixtures', 'offices');
const tmp = mkdtempSync(join(tmpdir(), 'report-engine-offices-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each(readdirSync(OFFICES).sort())('the engine on the fixture office %s', (name) => {
  const root = join(tmp, name);
  cpSync(join(OFFICES, name), root, { recursive: true });
  const cli = (...args: string[]) => runCli(['--root', root, ...args]);
  const sectors = readdirSync(join(root, 'data', '2024-05')).filter((f) => f !== 'report.yaml');

  it('checks its month clean of errors and builds its expected Markdown, and the same DOCX bytes twice', async () => {
    expect((await cli('check', '2024-05')).stderr).toMatch(/^0 lỗi, \d+ cảnh báo/m);
    const [a, b] = [join(tmp, `${name}-a`), join(tmp, `${name}-b`)];
    for (const out of [a, b]) expect((await cli('build', '2024-05', '--out', out)).code).toBe(0);
    expect(readFileSync(join(a, 'report-2024-05.md'), 'utf8')).toBe(readFileSync(join(root, 'expected', 'report-2024-05.md'), 'utf8'));
    expect(readFileSync(join(a, 'report-2024-05.docx')).equals(readFileSync(join(b, 'report-2024-05.docx')))).toBe(true);
  });

  it('has its editor schemas up to date', async () => {
    expect((await cli('schemas', '--check')).code).toBe(0);
  });

  it('starts the next month from this one; status lists its files as not sent yet', async () => {
    expect((await cli('init', '2024-06')).code).toBe(0);
    for (const f of ['report.yaml', ...sectors]) expect(existsSync(join(root, 'data', '2024-06', f)), f).toBe(true);
    const status = await cli('status', '2024-06');
    expect(status.code).toBe(1);
    for (const f of sectors) expect(status.stdout, f).toContain(f);
  });

  it('compares the month with itself: nothing changed', async () => {
    const diff = await cli('diff', '2024-05', '2024-05', '--format', 'json');
    expect(diff.code, diff.stderr).toBe(0);
    expect((JSON.parse(diff.stdout) as { summary: { changed: number } }).summary.changed).toBe(0);
  });

  it('writes one workbook per department of its sectors', async () => {
    const out = join(tmp, `${name}-forms`);
    const forms = await cli('forms', '2024-05', '--out', out);
    expect(forms.code, forms.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThan(0);
  });
});
