/** `report check --format text|json|github` as CI reads it, and colour only on a terminal without NO_COLOR. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { workspace, type Workspace } from '../support/workspace.js';

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
  const line = () => readFileSync(agriculture, 'utf8').split('\n').findIndex((l) => l.startsWith('  dan_gia_suc:')) + 1;

  it('github: one workflow command per diagnostic, errors and warnings, with file, line and column', async () => {
    const r = await runCli([...ws.args, 'check', '2021-01', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines.every((l) => /^::(error|warning) (file=[^,]+,line=\d+,col=\d+,)?title=[A-Z_]+::/.test(l))).toBe(true);
    expect(lines).toContain(
      `::error file=${ws.data}/2021-01/agriculture.yaml,line=${line()},col=3,title=VALIDATE_THOUSANDS_SEPARATOR::` +
        'chi_tieu.dan_gia_suc: Tổng đàn gia súc (con): "41.108" được YAML đọc là 41,108, không phải 41.108.%0ANếu là 41.108, viết 41108 (không có dấu chấm hàng nghìn).',
    );
    expect(lines.some((l) => l.startsWith('::warning file=') && l.includes('title=VALIDATE_RATE_MISMATCH::'))).toBe(true);
  });

  it('json: a stable array of {code, severity, file, line, column, path, message, hint}, sorted by file and line', async () => {
    const r = await runCli([...ws.args, '--lang', 'en', 'check', '2021-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    for (const d of list) expect(Object.keys(d)).toEqual(['code', 'severity', 'file', 'line', 'column', 'path', 'message', 'hint']);
    expect(list).toContainEqual({
      code: 'VALIDATE_THOUSANDS_SEPARATOR', severity: 'error', file: `${ws.data}/2021-01/agriculture.yaml`, line: line(), column: 3,
      path: 'chi_tieu.dan_gia_suc', message: 'Tổng đàn gia súc (con): YAML reads "41.108" as the decimal number 41.108, not 41108.',
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

  it('text goes to stderr; colours only on a terminal, never under NO_COLOR or TERM=dumb', async () => {
    const args = [...ws.args, 'check', '2021-01'];
    const tty = await runTty(args, {}, true);
    expect(tty.stdout).toBe('');
    expect(tty.stderr).toContain('\u001b[31mlỗi\u001b[39m VALIDATE_THOUSANDS_SEPARATOR');
    expect(tty.stderr).toContain('\u001b[33mcảnh báo\u001b[39m');
    for (const [env, isTTY] of [[{ NO_COLOR: '1' }, true], [{ TERM: 'dumb' }, true], [{}, false]] as const) {
      const r = await runTty(args, env, isTTY);
      expect(r.stderr, JSON.stringify(env)).toContain('lỗi VALIDATE_THOUSANDS_SEPARATOR');
      expect(r.stderr, JSON.stringify(env)).not.toContain('\u001b[');
    }
    // no-color.org: an empty NO_COLOR does not turn colour off
    expect((await runTty(args, { NO_COLOR: '' }, true)).stderr).toContain('\u001b[31mlỗi');
    // machine formats never carry colour
    expect((await runTty([...args, '--format', 'github'], {}, true)).stdout).not.toContain('\u001b[');
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
