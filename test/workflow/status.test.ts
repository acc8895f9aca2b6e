/** `report status`: the month's files as a clerk sees them, on a copy of data/ (with and without git). */
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { requireTools } from '../support/tools.js';
import { workspace, type Workspace } from '../support/workspace.js';
import { registry } from '../support/office.js';

const row = (stdout: string, file: string) => stdout.split('\n').find((l) => l.startsWith(`${file} `)) ?? '';
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x',
      GIT_COMMITTER_DATE: '2021-01-25T10:00:00+07:00',
      GIT_AUTHOR_DATE: '2021-01-25T10:00:00+07:00',
    },
  });
  if (r.status !== 0) throw new Error(r.stderr);
};

describe('report status', () => {
  let ws: Workspace;
  beforeEach(() => (ws = workspace()));
  afterEach(() => ws.remove());

  it('lists every expected file as sent, with its department and file date, and exits 0 when complete', async () => {
    // outside git the date is the file's own, marked
    utimesSync(join(ws.data, '2021-01', 'forestry.yaml'), new Date(2021, 0, 20, 12), new Date(2021, 0, 20, 12));
    const r = await runCli([...ws.args, 'status', '2021-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tệp                      Tình trạng');
    expect(row(r.stdout, 'report.yaml')).toMatch(/^report\.yaml +đã gửi, hợp lệ +Văn phòng HĐND và UBND huyện +\d{4}-\d{2}-\d{2}\*$/);
    expect(row(r.stdout, 'forestry.yaml')).toMatch(/^forestry\.yaml +đã gửi, hợp lệ +Hạt Kiểm lâm huyện +2021-01-20\*$/);
    for (const s of registry.sectors) expect(row(r.stdout, `${s.id}.yaml`), s.id).toMatch(/ đã gửi, hợp lệ /);
    expect(r.stdout).toContain('* ngày sửa tệp trên máy');
    expect(r.stdout).toContain(`${registry.sectors.length + 1}/${registry.sectors.length + 1} tệp đã gửi và hợp lệ`);
  });

  it('shows a file whose text is last month\'s word for word as sent but "chưa cập nhật lời văn", until a word changes', async () => {
    const file = join(ws.data, '2021-02', 'fisheries.yaml');
    const january = readFileSync(join(ws.data, '2021-01', 'fisheries.yaml'), 'utf8');
    const text = (f: string) => /noi_dung:[\s\S]*/.exec(f)![0];
    writeFileSync(file, readFileSync(file, 'utf8').replace(/noi_dung:[\s\S]*/, text(january)));
    const before = await runCli([...ws.args, 'status', '2021-02']);
    expect(row(before.stdout, 'fisheries.yaml')).toMatch(/^fisheries\.yaml +đã gửi, chưa cập nhật lời văn +Trạm Khuyến nông huyện /);
    // still counted as sent: the text is valid, only worth a look
    expect(before.stdout).not.toMatch(/^fisheries\.yaml .*chưa gửi/m);
    writeFileSync(file, readFileSync(file, 'utf8').replace('hiện cá phát triển ổn định', 'cá sinh trưởng tốt'));
    const after = await runCli([...ws.args, 'status', '2021-02']);
    expect(row(after.stdout, 'fisheries.yaml')).toMatch(/^fisheries\.yaml +đã gửi, hợp lệ /);
  });

  it('shows files not sent, sent with errors and extra, and exits 1', async () => {
    const month = join(ws.data, '2021-01');
    rmSync(join(month, 'forestry.yaml'));
    writeFileSync(join(month, 'finance.yaml'), 'chi_tieu:\n  thu_ngan_sach: "709 triệu"\n');
    writeFileSync(join(month, 'ghi-chu.yaml'), 'x: 1\n');
    const r = await runCli([...ws.args, 'status', '2021-01']);
    expect(r.code).toBe(1);
    expect(row(r.stdout, 'forestry.yaml')).toMatch(/^forestry\.yaml +chưa gửi +Hạt Kiểm lâm huyện +-$/);
    expect(row(r.stdout, 'finance.yaml')).toMatch(/^finance\.yaml +đã gửi, có lỗi \(\d+ lỗi\) +Phòng Tài chính - Kế hoạch /);
    expect(row(r.stdout, 'ghi-chu.yaml')).toMatch(/^ghi-chu\.yaml +thừa +- +\d{4}-\d{2}-\d{2}\*$/);
    expect(r.stdout).toContain(`${registry.sectors.length - 1}/${registry.sectors.length + 1} tệp đã gửi và hợp lệ`);
    expect(r.stderr).toContain('report check 2021-01');
  });

  it("shows a sector file under the wrong extension as that sector's file, not as missing and an extra file", async () => {
    const month = join(ws.data, '2021-01');
    renameSync(join(month, 'forestry.yaml'), join(month, 'forestry.yml'));
    const r = await runCli([...ws.args, 'status', '2021-01']);
    expect(row(r.stdout, 'forestry.yml')).toMatch(/^forestry\.yml +đã gửi, hợp lệ \(1 cảnh báo\) +Hạt Kiểm lâm huyện /);
    expect(row(r.stdout, 'forestry.yaml')).toBe('');
    expect(r.stdout).not.toMatch(/chưa gửi|thừa/);
  });

  it('shows escape sequences and invisible characters in file names and departments as visible symbols', async () => {
    writeFileSync(join(ws.data, '2021-01', 'x\u001b[2J\u202e.yaml'), 'a: 1\n');
    const district = join(ws.data, 'district.yaml');
    writeFileSync(district, readFileSync(district, 'utf8').replace(/^( {2}report: )(.*)$/m, '$1"\\e]0;title\\a$2"'));
    const r = await runCli([...ws.args, 'status', '2021-01']);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).toContain('x␛[2J⟨U+202E⟩.yaml');
    expect(r.stdout).toContain('␛]0;title␇');
  });

  it('speaks English with --lang en', async () => {
    rmSync(join(ws.data, '2021-01', 'forestry.yaml'));
    const r = await runCli([...ws.args, '--lang', 'en', 'status', '2021-01']);
    expect(r.stdout).toContain('File                     State');
    expect(row(r.stdout, 'forestry.yaml')).toMatch(/ not sent /);
  });

  it('is a usage error for a month without a folder', async () => {
    const r = await runCli([...ws.args, 'status', '2021-07']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('LOAD_NO_DATA_FOR_MONTH');
  });

  it('a month path that exists but is no folder is named as unreadable, not sent to init', async () => {
    writeFileSync(join(ws.data, '2021-07'), 'not a folder');
    for (const command of ['status', 'check', 'build']) {
      const r = await runCli([...ws.args, command, '2021-07', ...(command === 'build' ? ['--out', ws.out] : [])]);
      expect(r.code, command).toBe(1);
      expect(r.stderr, command).toContain(
        `${ws.data}/2021-07  -  lỗi LOAD_READ_FAILED: Không đọc được tệp: một phần của đường dẫn là tệp, không phải thư mục.`,
      );
      expect(r.stderr, command).not.toContain('report init');
    }
  });

  it('takes the date of the last commit for committed files, the file date for edited ones', async (ctx) => {
    requireTools(ctx, ['git']);
    git(ws.root, 'init', '-q');
    git(ws.root, 'add', 'data');
    git(ws.root, 'commit', '-q', '-m', 'data');
    writeFileSync(join(ws.data, '2021-01', 'forestry.yaml'), '# sửa\n', { flag: 'a' });
    utimesSync(join(ws.data, '2021-01', 'forestry.yaml'), new Date(2021, 1, 3, 9), new Date(2021, 1, 3, 9));
    const r = await runCli([...ws.args, 'status', '2021-01']);
    expect(r.code).toBe(0);
    expect(row(r.stdout, 'report.yaml')).toMatch(/ 2021-01-25$/);
    expect(row(r.stdout, 'forestry.yaml')).toMatch(/ 2021-02-03\*$/);
  });

  it('never fails when git is not installed: file dates instead', async (ctx) => {
    requireTools(ctx, ['git']);
    git(ws.root, 'init', '-q');
    git(ws.root, 'add', 'data');
    git(ws.root, 'commit', '-q', '-m', 'data');
    const path = process.env['PATH'];
    process.env['PATH'] = join(ws.root, 'no-such-bin');
    try {
      const r = await runCli([...ws.args, 'status', '2021-01']);
      expect(r.code).toBe(0);
      expect(row(r.stdout, 'report.yaml')).toMatch(/\d{4}-\d{2}-\d{2}\*$/);
    } finally {
      process.env['PATH'] = path;
    }
  });
});
