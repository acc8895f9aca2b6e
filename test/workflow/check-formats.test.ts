/** `report check --format text|json|github` as CI reads it, and colour only on a terminal without NO_COLOR. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { ROOT, workspace, type Workspace } from '../support/workspace.js';

/** Run with stderr/stdout claiming to be a terminal or not. */
const runTty = (args: readonly string[], env: Record<string, string>, tty: boolean) => runCli(args, env, { tty });

describe('report check output formats', () => {
  let ws: Workspace;
  let agriculture: string;
  beforeAll(() => {
    ws = workspace();
    // the thousands trap in a count field: an error at a known line and column
    agriculture = join(ws.data, '2021-01', 'agriculture.yaml');
    const text = readFileSync(agriculture, 'utf8').replace(/^( {2}dan_gia_suc: )\d+/m, '$141.108');
    writeFileSync(agriculture, text);
  });
  afterAll(() => ws.remove());
  const line = () =>
    readFileSync(agriculture, 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith('  dan_gia_suc:')) + 1;

  it('github: one workflow command per diagnostic, errors and warnings, with file, line and column', async () => {
    const r = await runCli([...ws.args, 'check', '2021-01', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    // then the total: GitHub shows only ten annotations of a step
    const count = lines.pop();
    expect(count).toMatch(/^1 lỗi, \d+ cảnh báo trong \d+ tệp$/);
    expect(lines.every((l) => /^::(error|warning) (file=[^,]+,line=\d+,col=\d+,)?title=[A-Z_]+::/.test(l))).toBe(true);
    expect(lines).toContain(
      `::error file=${ws.data}/2021-01/agriculture.yaml,line=${line()},col=3,title=VALIDATE_THOUSANDS_SEPARATOR::` +
        'chi_tieu.dan_gia_suc: Tổng đàn gia súc (con): "41.108" được YAML đọc là 41,108, không phải 41.108.%0ANếu là 41.108, viết 41108 (không có dấu chấm hàng nghìn).',
    );
    expect(lines.some((l) => l.startsWith('::warning file=') && l.includes('title=VALIDATE_RATE_MISMATCH::'))).toBe(true);
  });

  it('github: every diagnostic in a Markdown table appended to $GITHUB_STEP_SUMMARY, with the total', async () => {
    const summary = join(ws.root, 'step-summary.md');
    writeFileSync(summary, 'earlier step\n');
    const r = await runCli([...ws.args, 'check', '2021-01', '--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    const table = readFileSync(summary, 'utf8');
    expect(table.startsWith('earlier step\n| Vị trí | Đường dẫn dữ liệu | Mức | Nội dung |\n| --- | --- | --- | --- |\n')).toBe(true);
    const rows = table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Vị trí') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(annotations.length);
    expect(rows.some((l) => l.includes('`VALIDATE_THOUSANDS_SEPARATOR`') && l.includes('chi_tieu.dan_gia_suc'))).toBe(true);
    expect(table.trimEnd().split('\n').pop()).toBe(r.stdout.trimEnd().split('\n').pop());
  });

  it('text: a clean month says so, "0 lỗi, 0 cảnh báo"', async () => {
    const r = await runCli([...ws.args, 'check', '2020-01']);
    expect([r.code, r.stderr.trimEnd().split('\n').pop()]).toEqual([0, '0 lỗi, 0 cảnh báo']);
  });

  it('json: a stable array of {code, severity, file, line, column, path, message, hint}, sorted by file and line', async () => {
    const r = await runCli([...ws.args, '--lang', 'en', 'check', '2021-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    for (const d of list) expect(Object.keys(d)).toEqual(['code', 'severity', 'file', 'line', 'column', 'path', 'message', 'hint']);
    expect(list).toContainEqual({
      code: 'VALIDATE_THOUSANDS_SEPARATOR',
      severity: 'error',
      file: `${ws.data}/2021-01/agriculture.yaml`,
      line: line(),
      column: 3,
      path: 'chi_tieu.dan_gia_suc',
      message: 'Tổng đàn gia súc (con): YAML reads "41.108" as the decimal number 41.108, not 41108.',
      hint: 'Write the number without a thousands dot: 41108.',
    });
    const keys = list.map((d) => `${d['file']}:${String(d['line']).padStart(5, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('a month with only warnings exits 0 in json; --strict makes the warnings fail', async () => {
    // the shipped data, which check only reads: warnings (the poverty rates), no error
    const json = await runCli(['check', '2021-01', '--format', 'json']);
    expect(json.code).toBe(0);
    const severities = (JSON.parse(json.stdout) as { severity: string }[]).map((d) => d.severity);
    expect(severities.length).toBeGreaterThan(0);
    expect(severities.every((s) => s === 'warning')).toBe(true);
    expect((await runCli(['check', '2021-01', '--format', 'github', '--strict'])).code).toBe(1);
  });

  it('text goes to stderr, coloured when asked; machine formats never carry colour', async () => {
    const args = [...ws.args, 'check', '2021-01'];
    const tty = await runTty(args, {}, true);
    expect(tty.stdout).toBe('');
    expect(tty.stderr).toContain('\u001b[31mlỗi\u001b[39m VALIDATE_THOUSANDS_SEPARATOR');
    expect(tty.stderr).toContain('\u001b[33mcảnh báo\u001b[39m');
    expect((await runTty(args, {}, false)).stderr).not.toContain('\u001b[');
    expect((await runTty([...args, '--format', 'github'], {}, true)).stdout).not.toContain('\u001b[');
  });

  it("as a process, colour follows chalk's detection: FORCE_COLOR, NO_COLOR, a pipe", () => {
    const args = [join(ROOT, 'bin', 'report.js'), ...ws.args, 'check', '2021-01'];
    const stderr = (env: Record<string, string>) => {
      const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['FORCE_COLOR', 'NO_COLOR', 'CI'].includes(k)));
      return spawnSync(process.execPath, args, { env: { ...clean, ...env }, encoding: 'utf8' }).stderr;
    };
    expect(stderr({ FORCE_COLOR: '1' })).toContain('\u001b[31mlỗi\u001b[39m VALIDATE_THOUSANDS_SEPARATOR');
    // a pipe, and NO_COLOR, turn it off (no-color.org)
    expect(stderr({})).not.toContain('\u001b[');
    expect(stderr({ FORCE_COLOR: '0' })).not.toContain('\u001b[');
    expect(stderr({ NO_COLOR: '1', TERM: 'xterm-256color' })).not.toContain('\u001b[');
  });

  it('a usage problem that stops check before it runs speaks the requested machine format, on stdout', async () => {
    const json = await runCli(['check', '2021-13', '--format', 'json']);
    expect(json.code).toBe(2);
    expect(json.stderr).toBe('');
    expect((JSON.parse(json.stdout) as { code: string }[]).map((d) => d.code)).toEqual(['CLI_BAD_PERIOD']);
    const github = await runCli(['--data', 'no-such-folder', 'check', '2021-01', '--format=github']);
    expect(github.code).toBe(2);
    expect(github.stdout).toMatch(/^::error title=LOAD_DATA_DIR_MISSING::/);
  });
});
