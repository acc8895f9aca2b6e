/**
 * `report import` refuses a wrong cell, naming it ("agriculture.xlsx › Nông nghiệp › H10"), and writes nothing: one
 * golden diagnostic per kind of bad cell (thousands dot, decimal comma, "84%", text in a number cell, a formula
 * error), for a workbook typed in an English spreadsheet and for a CSV saved in a Vietnamese one, and the refusal of
 * a form of another month or another department.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { fillWorkbook } from '../support/forms.js';
import { fileTree, ROOT, workspace, type Workspace } from '../support/workspace.js';

let ws: Workspace;
let forms: string;
beforeAll(async () => {
  ws = workspace();
  forms = join(ws.root, 'forms');
  const made = await runCli([...ws.args, 'forms', '2021-02', '--out', forms]);
  expect(made.code, made.stderr).toBe(0);
});
afterAll(() => ws.remove());

/** Import into the workspace; the data folder must come out byte for byte as it went in. */
async function refused(files: readonly string[]): Promise<string> {
  const before = fileTree(ws.data);
  const result = await runCli([...ws.args, 'import', '2021-02', ...files]);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(fileTree(ws.data)).toEqual(before);
  // paths as given, without the temporary folder's name
  return result.stderr.replaceAll(ws.root, '<ws>').replaceAll(ROOT, '<repo>');
}

/** Set the identity row's cells (month, department, sector) of every sheet of a workbook. */
async function reidentify(file: string, column: number, value: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  for (const sheet of book.worksheets) sheet.getCell(5, column).value = value;
  await book.xlsx.writeFile(file);
}

describe('report import: a bad cell is named and nothing is written', () => {
  it('each kind of bad cell typed in a workbook', async () => {
    const file = join(forms, 'agriculture.xlsx');
    const bad: Record<string, { value: ExcelJS.CellValue; numFmt?: string }> = {
      // typed "41.108" and "41.350" where the spreadsheet's decimal mark is a dot: stored as 41.108 and 41.35
      'chi_tieu.dan_gia_suc': { value: 41.108 },
      'chi_tieu.dan_gia_cam': { value: 296.5 },
      // typed "1347,19": not a number there, kept as text
      'chi_tieu.che_hien_co': { value: '1347,19' },
      // typed "84%": stored 0.84 with a percent format
      'chi_tieu.ty_le_ho_co_chuong_trai': { value: 0.84, numFmt: '0%' },
      'chi_tieu.be_chet_ret': { value: 'khoảng 2' },
      'chi_tieu.bo_chet_ret': { value: { formula: 'Sheet2!#REF!', result: { error: '#REF!' } } as ExcelJS.CellValue },
      'chi_tieu.giet_mo_lon': { value: 905.5 },
    };
    await fillWorkbook(file, (sector, code) => (sector === 'agriculture' ? bad[code] : undefined));
    await expect(await refused([file])).toMatchFileSnapshot('golden/import-bad-cells.txt');
  });

  it('each kind of bad cell in a CSV saved with a Vietnamese locale (";" between fields, decimal commas)', async () => {
    await expect(await refused([join(ROOT, 'test/fixtures/forms/agriculture-vi-locale.csv')])).toMatchFileSnapshot(
      'golden/import-bad-csv.txt',
    );
  });

  it('the same CSV saved by Excel as plain "CSV" in a Vietnamese Windows (code page 1258) reads the same', async () => {
    const utf8 = await refused([join(ROOT, 'test/fixtures/forms/agriculture-vi-locale.csv')]);
    const cp1258 = await refused([join(ROOT, 'test/fixtures/forms/agriculture-cp1258.csv')]);
    expect(cp1258).toBe(utf8.replaceAll('agriculture-vi-locale.csv', 'agriculture-cp1258.csv'));
  });

  it("a form of another month, of another department, or under another department's name", async () => {
    const otherMonth = join(ws.root, 'forestry.xlsx');
    copyFileSync(join(forms, 'forestry.xlsx'), otherMonth);
    await reidentify(otherMonth, 2, '2021-01');
    const otherDepartment = join(ws.root, 'health.xlsx');
    copyFileSync(join(forms, 'health.xlsx'), otherDepartment);
    await reidentify(otherDepartment, 3, 'education');
    const renamed = join(ws.root, 'labour.xlsx');
    copyFileSync(join(forms, 'finance.xlsx'), renamed);
    const notAForm = join(ws.root, 'notes.csv');
    copyFileSync(join(ROOT, 'data/2021-02/report.yaml'), notAForm);
    await expect(await refused([otherMonth, otherDepartment, renamed, notAForm])).toMatchFileSnapshot('golden/import-refused.txt');
  });

  it("a total that disagrees with its parts, at the total's cell", async () => {
    const file = join(ws.root, 'agriculture.xlsx');
    copyFileSync(join(forms, 'agriculture.xlsx'), file);
    const typed: Record<string, number> = {
      'chi_tieu.gia_suc_chet_ret': 12,
      'chi_tieu.trau_chet_ret': 3,
      'chi_tieu.nghe_chet_ret': 6,
      'chi_tieu.bo_chet_ret': 1,
      'chi_tieu.be_chet_ret': 1,
    };
    await fillWorkbook(file, (sector, code) => (sector === 'agriculture' && code in typed ? { value: typed[code]! } : undefined));
    const stderr = await refused([file]);
    expect(stderr).toMatch(
      /^<ws>\/agriculture\.xlsx › Nông nghiệp › H15 {2}chi_tieu\.gia_suc_chet_ret {2}lỗi VALIDATE_SUM_MISMATCH: Gia súc chết rét \(12 con\) khác tổng các thành phần 3 \+ 6 \+ 1 \+ 1 = 11 con\.$/m,
    );
  });

  it('a file that is neither .xlsx nor .csv is a usage error (exit 2)', async () => {
    const result = await runCli([...ws.args, 'import', '2021-02', join(ws.root, 'agriculture.xls')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('IMPORT_FILE_TYPE');
  });

  it('a damaged workbook is named, not a crash', async () => {
    const broken = join(ws.root, 'culture.xlsx');
    copyFileSync(join(ROOT, 'data/2021-02/culture.yaml'), broken);
    const stderr = await refused([broken]);
    expect(stderr).toMatch(/^<ws>\/culture\.xlsx {2}- {2}lỗi IMPORT_UNREADABLE/m);
    expect(readFileSync(broken, 'utf8')).toContain('chi_tieu');
  });
});
