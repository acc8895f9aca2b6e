/** `report init`: next month's folder from last month's files (each made by nextMonthText, test/unit/next-month.test.ts). */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../support/cli.js';
import { DATA, workspace, type Workspace } from '../support/workspace.js';
import { registry } from '../support/office.js';
import { RECORD_FILE } from '../../src/month-record.js';

describe('report init', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = workspace();
    // a February shipped in data/ (the comparisons' month) is not what these tests start from
    rmSync(join(ws.data, '2021-02'), { recursive: true, force: true });
  });
  afterEach(() => ws.remove());
  const feb = () => join(ws.data, '2021-02');

  it('creates every file of the month from the previous one; check then flags every empty figure', async () => {
    const r = await runCli([...ws.args, 'init', '2021-02']);
    expect(r.code).toBe(0);
    const created = r.stdout.trim().split('\n');
    expect(created).toHaveLength(registry.sectors.length + 1);
    expect(created).toContain(`${ws.data}/2021-02/report.yaml`);
    // and the record of what init made (status tells these files from sent ones)
    expect(readdirSync(feb()).sort()).toEqual([RECORD_FILE, ...readdirSync(join(ws.data, '2021-01'))].sort());
    expect(r.stderr).toContain(`Đã tạo ${registry.sectors.length + 1} tệp, bỏ qua 0 tệp đã có`);

    const report = parse(readFileSync(join(feb(), 'report.yaml'), 'utf8'));
    expect(report).toMatchObject({ so: null, ngay_ban_hanh: null, ngay_chot_so_lieu: '2021-02-15' });
    expect(readFileSync(join(feb(), 'report.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/report\.schema\.json\n# Thông tin báo cáo tháng 02\/2021\n/,
    );

    const check = await runCli([...ws.args, 'check', '2021-02', '--format', 'json']);
    expect(check.code).toBe(1);
    const empty = (JSON.parse(check.stdout) as { code: string; file: string }[]).filter((d) => d.code === 'VALIDATE_EMPTY');
    const figures = registry.sectors.reduce(
      (n, s) => n + Object.keys(parse(readFileSync(join(ws.data, '2021-01', `${s.id}.yaml`), 'utf8'))?.chi_tieu ?? {}).length,
      0,
    );
    expect(empty).toHaveLength(figures);
    expect((await runCli([...ws.args, 'status', '2021-02'])).code).toBe(1);
  });

  it("carries last month's paragraphs with their references, figures emptied; filled in, they print the new month", async () => {
    expect((await runCli([...ws.args, 'init', '2021-02'])).code).toBe(0);
    const read = (dir: string) =>
      parse(readFileSync(join(dir, 'finance.yaml'), 'utf8')) as { chi_tieu: Record<string, number | null>; noi_dung: object };
    const [jan, feb1] = [read(join(ws.data, '2021-01')), read(feb())];
    // the words and the references as the department wrote them; every figure null
    expect(feb1.noi_dung).toEqual(jan.noi_dung);
    expect(JSON.stringify(feb1.noi_dung)).toContain('{thu_ngan_sach.pctPlan.1}');
    expect(JSON.stringify(feb1.noi_dung)).toContain('{ngay_chot_so_lieu}');
    expect(Object.values(feb1.chi_tieu).every((v) => v === null)).toBe(true);
    // the departments fill in their figures (the shipped February's): the same sentences print February
    for (const file of readdirSync(feb()).filter((f) => f.endsWith('.yaml') && f !== 'report.yaml')) {
      const sent = (parse(readFileSync(join(DATA, '2021-02', file), 'utf8')) as { chi_tieu?: Record<string, number> }).chi_tieu ?? {};
      const path = join(feb(), file);
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(/^( {2}(\w+):) null/gm, (_, key: string, id: string) => `${key} ${sent[id]}`),
      );
    }
    const build = await runCli([...ws.args, 'build', '2021-02', '--format', 'md', '--out', ws.out]);
    expect(build.code, build.stderr).toBe(0);
    const md = readFileSync(join(ws.out, 'report-2021-02.md'), 'utf8');
    expect(md).toContain('Tính đến ngày 15/02/2021, thu ngân sách trên địa bàn huyện 4.185 triệu đồng đạt 8,3% kế hoạch.');
    expect(md).toContain('Cây lúa vụ Đông Xuân, kế hoạch 1.998 ha, đã làm đất được 1.998 ha, đạt 100% kế hoạch');
  });

  it("writes each emptied figure's label and unit as its comment, for editors without the schema", async () => {
    expect((await runCli([...ws.args, 'init', '2021-02'])).code).toBe(0);
    const text = readFileSync(join(feb(), 'agriculture.yaml'), 'utf8');
    expect(text).toContain('  ty_le_ho_co_chuong_trai: null  # Tỷ lệ hộ chăn nuôi gia súc có chuồng trại chống rét (%)\n');
    // one column, two spaces after the longest key; a comment the figure had ("# ha") is replaced
    expect(text).toContain('  trau_chet_ret: null            # Trâu chết rét (con)\n');
    expect(text).toContain('  lua_dong_xuan_lam_dat: null    # Diện tích làm đất lúa vụ Đông Xuân (ha)\n');
  });

  it('records what it made: status says no department has sent anything yet, then tells a sent file apart', async () => {
    expect((await runCli([...ws.args, 'init', '2021-02'])).code).toBe(0);
    const before = await runCli([...ws.args, 'status', '2021-02']);
    expect(before.stdout).toContain(`0/${registry.sectors.length + 1} tệp đã gửi và hợp lệ`);
    for (const s of registry.sectors)
      expect(before.stdout, s.id).toMatch(new RegExp(`^${s.id}\\.yaml +chưa gửi \\(bản init tạo, chưa sửa\\) `, 'm'));
    writeFileSync(join(feb(), 'finance.yaml'), readFileSync(join(DATA, '2021-01', 'finance.yaml')));
    writeFileSync(
      join(feb(), 'agriculture.yaml'),
      readFileSync(join(feb(), 'agriculture.yaml'), 'utf8').replace('trau_chet_ret: null', 'trau_chet_ret: 3'),
    );
    const after = await runCli([...ws.args, 'status', '2021-02']);
    // January's file sent as February's: valid, but last month's words
    expect(after.stdout).toMatch(/^finance\.yaml +đã gửi, chưa cập nhật lời văn +Phòng Tài chính - Kế hoạch +\d{4}-\d{2}-\d{2}\*$/m);
    expect(after.stdout).toMatch(/^agriculture\.yaml +đã gửi, có lỗi \(\d+ lỗi\) +Phòng Nông nghiệp/m);
  });

  it('never overwrites: an existing file is reported and kept, only missing files are created', async () => {
    expect((await runCli([...ws.args, 'init', '2021-02'])).code).toBe(0);
    writeFileSync(join(feb(), 'forestry.yaml'), '# đã điền\n');
    rmSync(join(feb(), 'finance.yaml'));
    const r = await runCli([...ws.args, 'init', '2021-02']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${ws.data}/2021-02/finance.yaml\n`);
    expect(readFileSync(join(feb(), 'forestry.yaml'), 'utf8')).toBe('# đã điền\n');
    expect(r.stderr).toContain(`cảnh báo INIT_FILE_EXISTS: Tệp ${ws.data}/2021-02/forestry.yaml đã có; giữ nguyên, không ghi đè.`);
    expect(r.stderr).toContain(`Đã tạo 1 tệp, bỏ qua ${registry.sectors.length} tệp đã có`);
  });

  it('needs the previous month: a clear usage error, nothing created', async () => {
    const r = await runCli([...ws.args, 'init', '2030-06']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('INIT_NO_PREVIOUS_MONTH: Không tạo được tháng 2030-06: chưa có số liệu tháng trước 2030-05');
    expect(existsSync(join(ws.data, '2030-06'))).toBe(false);
  });

  it('does not carry over a file that belongs to no sector', async () => {
    writeFileSync(join(ws.data, '2021-01', 'ghi-chu.yaml'), 'x: 1\n');
    expect((await runCli([...ws.args, 'init', '2021-02'])).code).toBe(0);
    // the month was made (so the file's absence means something), without the stray file
    expect(readdirSync(feb()).sort()).toEqual([RECORD_FILE, ...readdirSync(join(DATA, '2021-01'))].sort());
    expect(existsSync(join(feb(), 'ghi-chu.yaml'))).toBe(false);
  });

  it("never carries where last month's figures came from (nguon: minh_hoa) into the new month", async () => {
    const mar = join(ws.data, '2020-03');
    expect(readFileSync(join(ws.data, '2020-02', 'agriculture.yaml'), 'utf8')).toMatch(/^nguon: minh_hoa/m);
    expect((await runCli([...ws.args, 'init', '2020-03'])).code).toBe(0);
    const text = readFileSync(join(mar, 'agriculture.yaml'), 'utf8');
    // the narrative is kept for editing, placeholder text included; the flag and the header note are gone
    expect(text.slice(0, text.indexOf('noi_dung:'))).not.toMatch(/nguon|minh h(?:ọa|oạ)|illustrative/iu);
    expect(text).toMatch(/^# yaml-language-server: .*\nchi_tieu:\n/);
  });

  it('starts a sector file of last month under the wrong extension under its right name', async () => {
    renameSync(join(ws.data, '2021-01', 'forestry.yaml'), join(ws.data, '2021-01', 'forestry.yml'));
    expect((await runCli([...ws.args, 'init', '2021-02'])).code).toBe(0);
    expect(existsSync(join(feb(), 'forestry.yaml'))).toBe(true);
    expect(existsSync(join(feb(), 'forestry.yml'))).toBe(false);
  });

  it('carries a file it cannot edit (not one YAML mapping) over unchanged, for check to report', async () => {
    writeFileSync(join(ws.data, '2021-01', 'forestry.yaml'), '- không phải bảng khóa\n');
    const r = await runCli([...ws.args, 'init', '2021-02']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(feb(), 'forestry.yaml'), 'utf8')).toBe('- không phải bảng khóa\n');
  });

  it('never carries the sample-data flag or the "illustrative data" comments into the new month', async () => {
    cpSync(join(DATA, '2021-02'), feb(), { recursive: true });
    const sample = /minh h(?:ọa|oạ)|illustrative|sample data/iu;
    expect(readFileSync(join(feb(), 'report.yaml'), 'utf8')).toMatch(/^du_lieu_minh_hoa: true/m);
    expect(readFileSync(join(feb(), 'agriculture.yaml'), 'utf8')).toMatch(sample);
    expect((await runCli([...ws.args, 'init', '2021-03'])).code).toBe(0);
    const mar = join(ws.data, '2021-03');
    for (const name of readdirSync(mar)) {
      const text = readFileSync(join(mar, name), 'utf8');
      expect(text, name).not.toContain('du_lieu_minh_hoa');
      expect(text, name).not.toMatch(sample);
    }
    // the rest of the file is kept: the modeline, the key after the flag, the non-sample header comment
    const report = readFileSync(join(mar, 'report.yaml'), 'utf8');
    expect(report).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/report\.schema\.json\nso: null /);
    expect(parse(report)).toMatchObject({ so: null, ngay_ban_hanh: null, ngay_chot_so_lieu: '2021-03-15' });
    expect(parse(report).mo_dau).toBe(parse(readFileSync(join(feb(), 'report.yaml'), 'utf8')).mo_dau);
    expect(readFileSync(join(mar, 'public-investment.yaml'), 'utf8')).toContain('# Kế hoạch vốn năm 2021 (Quyết định số 2773/QĐ-UBND)');
    // and it checks as init leaves any month: its only errors are the figures left empty
    const check = await runCli([...ws.args, 'check', '2021-03', '--format', 'json']);
    expect(check.code).toBe(1);
    const errors = (JSON.parse(check.stdout) as { code: string; severity: string }[]).filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((d) => d.code !== 'VALIDATE_EMPTY')).toEqual([]);
  });
});
