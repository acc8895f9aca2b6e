/**
 * `report forms`: what a department opens. One workbook per department, a sheet per sector with the header, the
 * comparison columns and a yellow input cell per figure carrying Excel data validation and an input message; every
 * other cell locked under sheet protection; the same bytes for the same month, whatever the clock.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/cli.js';
import { registry } from '../support/office.js';
import { restoreData, workspace, type Workspace } from '../support/workspace.js';

let ws: Workspace;
let sheet: ExcelJS.Worksheet;
const dir = () => join(ws.root, 'forms');
/** The row of a code in the sheet. */
const rowOf = (code: string) => {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === code) return r;
  throw new Error(`no row ${code}`);
};

beforeAll(async () => {
  ws = workspace();
  const r = await runCli([...ws.args, 'forms', '2021-02', '--out', dir()]);
  expect(r.code, r.stderr).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir(), 'agriculture.xlsx'));
  sheet = book.getWorksheet('Nông nghiệp')!;
});
afterAll(() => ws.remove());

describe('report forms', () => {
  it('writes one workbook per department, a sheet per sector it owns', async () => {
    const departments = [...new Set(registry.sectors.map((s) => s.department))];
    expect(readdirSync(dir()).sort()).toEqual(departments.map((d) => `${d}.xlsx`).sort());
    for (const d of departments) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(dir(), `${d}.xlsx`));
      expect(
        book.worksheets.map((w) => String(w.getCell(5, 4).value)),
        d,
      ).toEqual(registry.sectors.filter((s) => s.department === d).map((s) => s.id));
    }
  });

  it('heads each sheet with the office, the department, the month and the deadline', () => {
    expect(sheet.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN HUYỆN THAN UYÊN');
    expect(sheet.getCell('A2').value).toBe('Đơn vị báo cáo: Phòng Nông nghiệp và Phát triển nông thôn');
    expect(sheet.getCell('A3').value).toBe('BIỂU SỐ LIỆU THÁNG 02/2021: NÔNG NGHIỆP');
    expect(String(sheet.getCell('A4').value)).toMatch(/^Hạn gửi: ngày 15\/02\/2021\./);
    expect([1, 2, 3, 4].map((c) => sheet.getCell(5, c).value)).toEqual(['Mã biểu (không sửa)', '2021-02', 'agriculture', 'agriculture']);
  });

  it('shows last month, the same month last year, the plan and the year to date beside each input cell', () => {
    const r = rowOf('chi_tieu.lua_dong_xuan_lam_dat');
    // January 2021, February 2020, the 2021 plan, the year to date of a stock (its January value)
    expect([2, 3, 4, 5, 6, 7].map((c) => sheet.getCell(r, c).value)).toEqual([
      'Diện tích làm đất lúa vụ Đông Xuân',
      'ha',
      1680,
      1935,
      1998,
      1680,
    ]);
    // a flow's year to date before February is January's value; no plan target: an empty cell
    const f = rowOf('chi_tieu.gia_suc_chet_ret');
    expect([4, 6, 7].map((c) => sheet.getCell(f, c).value)).toEqual([39, null, 39]);
  });

  it('validates each input cell by kind and names the unit in its input message', () => {
    const cell = (code: string) => sheet.getCell(rowOf(code), 8);
    expect(cell('chi_tieu.dan_gia_suc').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      showInputMessage: true,
      promptTitle: 'Đơn vị: con',
      showErrorMessage: true,
    });
    expect(cell('chi_tieu.dan_gia_suc').dataValidation.prompt).toMatch(/^Tổng đàn gia súc\. Nhập số nguyên, không âm, tính bằng con;/);
    expect(cell('chi_tieu.che_hien_co').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(cell('chi_tieu.che_hien_co').dataValidation.prompt).toContain('tối đa 2 chữ số thập phân');
    expect(cell('chi_tieu.ty_le_ho_co_chuong_trai').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      promptTitle: 'Đơn vị: %',
    });
    expect(cell('noi_dung.chi_dao_chung').dataValidation).toMatchObject({ type: 'textLength', showInputMessage: true });
    expect(cell('noi_dung.chi_dao_chung').dataValidation.prompt).toContain('giữ nguyên các tham chiếu {…}');
    expect(cell('noi_dung.chi_dao_chung').value).toMatch(/^UBND huyện chỉ đạo các xã, thị trấn tập trung gieo cấy lúa vụ Đông Xuân/);
  });

  it('locks everything but the input cells, under sheet protection', () => {
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const r = rowOf('chi_tieu.dan_gia_suc');
    expect(sheet.getCell(r, 8).protection).toMatchObject({ locked: false });
    for (let c = 1; c <= 7; c++) expect(sheet.getCell(r, c).protection?.locked, `column ${c}`).not.toBe(false);
  });

  it("a workbook saved under a sector file's .yaml name is named as such, with the command that takes it in", async () => {
    copyFileSync(join(dir(), 'forestry.xlsx'), join(ws.data, '2021-02', 'forestry.yaml'));
    const r = await runCli([...ws.args, 'check', '2021-02']);
    restoreData(ws, ['2021-02/forestry.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${ws.data}/2021-02/forestry.yaml:1:1  -  lỗi LOAD_FILE_SPREADSHEET: Tệp là một bảng tính (Excel .xlsx) mang tên .yaml`,
    );
    expect(r.stderr).toContain('report import <YYYY-MM> <tệp>.xlsx');
  });

  it('gives the same bytes for the same month, whatever the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2030, 5, 15, 13, 37, 11));
    try {
      expect((await runCli([...ws.args, 'forms', '2021-02', '--out', join(ws.root, 'again')])).code).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    for (const name of readdirSync(dir()))
      expect(readFileSync(join(ws.root, 'again', name)).equals(readFileSync(join(dir(), name))), name).toBe(true);
  });
});
