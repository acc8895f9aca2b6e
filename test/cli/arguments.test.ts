/** Arguments: strict periods and paths, every mistake a usage error (exit 2) before any file is read or written. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'report-args-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** A data folder that does not exist: a command that got past its arguments would say LOAD_DATA_DIR_MISSING. */
const NO_DATA = ['--data', join(scratch, 'no-data')];

describe('periods are strict YYYY-MM with a real month', () => {
  const bad = [
    '2021-13',
    '2021-1',
    '2021-00',
    '../..',
    '../../etc',
    '/etc/passwd',
    '',
    ' 2021-01',
    '2021-01 ',
    '2021/01',
    '21-01',
    '2021-01-15',
    '２０２１-01',
    '2021-1O',
  ];
  for (const command of ['check', 'build', 'status', 'init', 'watch', 'diff']) {
    it.each(bad)(`${command} %j: CLI_BAD_PERIOD, exit 2, nothing read or written`, async (period) => {
      const out = join(scratch, `out-${command}`);
      const r = await runCli([...NO_DATA, command, period, ...(command === 'build' ? ['--out', out] : [])]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('CLI_BAD_PERIOD');
      expect(r.stderr).toContain(`"${period}"`);
      expect(r.stderr).not.toContain('LOAD_DATA_DIR_MISSING');
      expect(existsSync(out)).toBe(false);
    });
  }
  it('accepts a real month (and only then looks for the data)', async () => {
    const r = await runCli([...NO_DATA, 'check', '2021-12']);
    expect([r.code, r.stderr.includes('LOAD_DATA_DIR_MISSING')]).toEqual([2, true]);
  });
});

describe('paths are reported as given', () => {
  it('a missing --data folder: LOAD_DATA_DIR_MISSING with the path as typed', async () => {
    const r = await runCli(['--data', './khong-co/../nope', 'check', '2021-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('LOAD_DATA_DIR_MISSING: Không tìm thấy thư mục số liệu "./khong-co/../nope".');
  });
  it('a --data that is a file is not a data folder', async () => {
    const r = await runCli(['--data', 'package.json', 'check', '2021-01']);
    expect([r.code, r.stderr.includes('LOAD_DATA_DIR_MISSING')]).toEqual([2, true]);
  });
  it('a month without a folder: LOAD_NO_DATA_FOR_MONTH, exit 2', async () => {
    const r = await runCli(['check', '2035-07']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('LOAD_NO_DATA_FOR_MONTH');
    expect(r.stderr).toContain('data/2035-07');
  });
  it('a missing --templates folder: RENDER_TEMPLATES_DIR_MISSING with the path as typed, exit 2', async () => {
    const r = await runCli(['--templates', './mau-khong-co', 'build', '2021-01', '--out', join(scratch, 'o'), '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('RENDER_TEMPLATES_DIR_MISSING: Không tìm thấy thư mục mẫu báo cáo "./mau-khong-co".');
    expect(existsSync(join(scratch, 'o', 'report-2021-01.md'))).toBe(false);
  });
});

describe('unknown commands and options', () => {
  it.each([
    [['chek', '2021-01'], 'lệnh không tồn tại: chek. Có phải là check?'],
    [['check', '2021-01', '--strictt'], 'tùy chọn không tồn tại: --strictt. Có phải là --strict?'],
    [['check', '2021-01', 'thua'], 'thừa tham số cho lệnh: check (cần 1, nhận được 2)'],
    [['check'], 'thiếu tham số bắt buộc: month'],
    [['--lang', 'fr', 'check', '2021-01'], 'giá trị không hợp lệ: --lang <lang> "fr" (chọn: vi, en)'],
    [['check', '2021-01', '--format'], 'tùy chọn thiếu giá trị: --format <format>'],
    [['build', '2021-01', '--format', 'pdf,odt'], '--format pdf,odt'],
    [[], 'chưa chọn lệnh'],
  ])('%j: CLI_BAD_ARGUMENT in Vietnamese, exit 2', async (args, detail) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`lỗi CLI_BAD_ARGUMENT: Tham số không hợp lệ: ${detail}`);
    expect(r.stderr).toContain('gợi ý: Xem "report --help".');
  });
  it('speaks English with --lang en, before or after the command', async () => {
    for (const args of [
      ['--lang', 'en', 'chek'],
      ['--lang=en', 'check', '2021-01', '--bogus'],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/error CLI_BAD_ARGUMENT: Invalid argument: unknown (command|option)/);
      expect(r.stderr).toContain('hint: See "report --help".');
    }
    const r = await runCli(['--lang', 'en', 'check', '2021-13']);
    expect(r.stderr).toContain('error CLI_BAD_PERIOD: Period "2021-13" is invalid');
  });
  it('--help is not an error', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng: report');
  });
});

describe('--help speaks one language throughout, with examples', () => {
  const COMMANDS = ['build', 'check', 'diff', 'status', 'init', 'forms', 'import', 'watch', 'schemas'];
  const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
  it.each(['', ...COMMANDS])('report %s --help: Vietnamese titles and defaults, one or two examples', async (command) => {
    const r = await runCli([...(command ? [command] : []), '--help']);
    expect(r.code).toBe(0);
    for (const title of ['Cách dùng:', 'Tùy chọn:', 'Ví dụ:']) expect(r.stdout).toContain(title);
    expect(r.stdout).not.toMatch(/Usage:|Options:|Arguments:|Commands:|default:|choices:|\[options\]|display help/);
    const examples = r.stdout
      .slice(r.stdout.indexOf('Ví dụ:'))
      .split('\n')
      .filter((l) => l.startsWith('  report '));
    expect(examples.length).toBeGreaterThanOrEqual(command ? 1 : 2);
    if (['build', 'check', 'diff'].includes(command)) expect(r.stdout.replace(/\s+/g, ' ')).toContain('mặc định: ');
  });
  it.each(['', ...COMMANDS])('report --lang en %s --help: English throughout', async (command) => {
    const r = await runCli(['--lang', 'en', ...(command ? [command] : []), '--help']);
    expect(r.code).toBe(0);
    for (const title of ['Usage:', 'Options:', 'Examples:']) expect(r.stdout).toContain(title);
    // the report's own placeholder is quoted as the report prints it
    expect(r.stdout.replaceAll('(chưa có số liệu)', '')).not.toMatch(VIETNAMESE);
  });
});

describe('--version', () => {
  it('prints the package version and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });
});
