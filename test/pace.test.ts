/** --pace-margin through the CLI: report check lists the lagging figure at its line, the appendix notes it. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const out = mkdtempSync(join(tmpdir(), 'report-pace-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const pace = (stdout: string) =>
  (JSON.parse(stdout) as { code: string; file: string; line: number; column: number; path: string }[]).filter(
    (d) => d.code === 'VALIDATE_PACE_LAGGING',
  );

describe('--pace-margin', () => {
  it('makes report check warn, at the figure, when a share of plan lags the year elapsed by more than the margin', async () => {
    // February: 16,7% of the year elapsed; the budget revenue is at 8,3% of plan
    const tight = await runCli(['check', '2021-02', '--format', 'json', '--pace-margin', '5']);
    expect(tight.code).toBe(0);
    expect(pace(tight.stdout).map((d) => [d.file, d.line, d.column, d.path])).toEqual([
      ['data/2021-02/finance.yaml', 4, 3, 'chi_tieu.thu_ngan_sach'],
    ]);
    const byDefault = await runCli(['check', '2021-02', '--format', 'json']);
    expect(pace(byDefault.stdout)).toEqual([]);
    expect((await runCli(['check', '2021-02', '--pace-margin', '5', '--strict'])).code).toBe(1);
  });

  it('notes the lagging figure in the appendix of the build', async () => {
    const r = await runCli(['build', '2021-02', '--out', out, '--format', 'md', '--pace-margin', '5']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('VALIDATE_PACE_LAGGING');
    const md = readFileSync(join(out, 'report-2021-02.md'), 'utf8');
    // revenue to a cut-off date is a stock: its note says so first
    expect(md).toMatch(/^\| \d+ \| Thu ngân sách trên địa bàn \|.*\| Số tại thời điểm; Chậm so với tiến độ \|$/m);
    expect(md.match(/Chậm so với tiến độ/g)).toHaveLength(1);
  });

  it.each(['abc', '-1', '101', ''])('refuses --pace-margin %j as a usage error', async (value) => {
    const r = await runCli(['check', '2021-02', '--pace-margin', value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CLI_BAD_ARGUMENT');
  });
});
