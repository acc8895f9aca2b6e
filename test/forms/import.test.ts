/**
 * `report import` into a month `init` made: --dry-run shows the changes and writes nothing; the import changes the
 * values and nothing else of the file (modeline, comments, key order, folded texts); `status` then shows the file as
 * sent on the import's day, and names a spreadsheet left in the month folder with the command that takes it in.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { fillWorkbook } from '../support/forms.js';
import { fileTree, workspace, type Workspace } from '../support/workspace.js';

// 2021-03-10, the day the department's form came back
const SENT = { SOURCE_DATE_EPOCH: String(Date.UTC(2021, 2, 10) / 1000) };
let ws: Workspace;
let form: string;
const march = () => join(ws.data, '2021-03');
const row = (stdout: string, file: string) => stdout.split('\n').find((l) => l.startsWith(`${file} `)) ?? '';

beforeAll(async () => {
  ws = workspace();
  expect((await runCli([...ws.args, 'init', '2021-03'])).code).toBe(0);
  const forms = join(ws.root, 'forms');
  expect((await runCli([...ws.args, 'forms', '2021-03', '--out', forms])).code).toBe(0);
  form = join(forms, 'agriculture.xlsx');
  const typed: Record<string, number | string> = {
    'chi_tieu.lua_dong_xuan_lam_dat': 2010.5,
    'chi_tieu.dan_gia_suc': 41500,
    'chi_tieu.ty_le_ho_co_chuong_trai': 93.25,
    'noi_dung.chi_dao_chung': 'trong tháng không có dịch bệnh; đàn vật nuôi ổn định: "tốt"',
  };
  await fillWorkbook(form, (sector, code) => (sector === 'agriculture' && code in typed ? { value: typed[code]! } : undefined));
});
afterAll(() => ws.remove());

describe('report import', () => {
  it('--dry-run lists each change with the cell it comes from, and writes nothing', async () => {
    const before = fileTree(ws.data);
    const r = await runCli([...ws.args, 'import', '2021-03', form, '--dry-run'], SENT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${ws.data}/2021-03/agriculture.yaml  chi_tieu.dan_gia_suc: null → 41500  (${form} › Nông nghiệp › H12)\n`);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
    expect(r.stderr).toContain('Chạy thử: 4 giá trị sẽ thay đổi trong 1 tệp; chưa ghi gì.');
    expect(fileTree(ws.data)).toEqual(before);
  });

  it('changes the values in place and nothing else of the file', async () => {
    const before = readFileSync(join(march(), 'agriculture.yaml'), 'utf8');
    const r = await runCli([...ws.args, 'import', '2021-03', form], SENT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Đã nhập 4 giá trị vào 1 tệp');
    const after = readFileSync(join(march(), 'agriculture.yaml'), 'utf8');
    const [a, b] = [before.split('\n'), after.split('\n')];
    expect(b).toHaveLength(a.length);
    const changed = b.flatMap((line, i) => (line === a[i] ? [] : [[a[i], line]]));
    expect(changed).toEqual([
      [
        '  lua_dong_xuan_lam_dat: null    # Diện tích làm đất lúa vụ Đông Xuân (ha)',
        '  lua_dong_xuan_lam_dat: 2010.5  # Diện tích làm đất lúa vụ Đông Xuân (ha)',
      ],
      ['  dan_gia_suc: null              # Tổng đàn gia súc (con)', '  dan_gia_suc: 41500             # Tổng đàn gia súc (con)'],
      [
        '  ty_le_ho_co_chuong_trai: null  # Tỷ lệ hộ chăn nuôi gia súc có chuồng trại chống rét (%)',
        '  ty_le_ho_co_chuong_trai: 93.25 # Tỷ lệ hộ chăn nuôi gia súc có chuồng trại chống rét (%)',
      ],
      [expect.stringMatching(/^ {2}chi_dao_chung: /), '  chi_dao_chung: \'trong tháng không có dịch bệnh; đàn vật nuôi ổn định: "tốt"\''],
    ]);
    expect(after.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/agriculture.schema.json');
  });

  it('a second import of the same form changes nothing', async () => {
    const before = fileTree(ws.data);
    const r = await runCli([...ws.args, 'import', '2021-03', form], SENT);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Đã nhập 0 giá trị vào 0 tệp');
    expect(fileTree(ws.data)).toEqual(before);
  });

  it("status: the imported file is sent on the import's day, the others are as init made them, a spreadsheet is named", async () => {
    copyFileSync(form, join(march(), 'forestry.xlsx'));
    const r = await runCli([...ws.args, 'status', '2021-03']);
    expect(r.code).toBe(1);
    expect(row(r.stdout, 'agriculture.yaml')).toMatch(
      /^agriculture\.yaml +đã gửi, có lỗi \(\d+ lỗi\) +Phòng Nông nghiệp và Phát triển nông thôn +2021-03-10$/,
    );
    expect(row(r.stdout, 'forestry.yaml')).toMatch(/^forestry\.yaml +chưa gửi \(bản init tạo, chưa sửa\) +Hạt Kiểm lâm huyện +-$/);
    expect(row(r.stdout, 'forestry.xlsx')).toMatch(
      /^forestry\.xlsx +bảng tính: nhập bằng report import 2021-03 forestry\.xlsx +Hạt Kiểm lâm huyện +\d{4}-/,
    );
  });
});
