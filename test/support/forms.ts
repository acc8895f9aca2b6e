/** Filling the forms as a department would: open a workbook made by `report forms`, type into its input cells, save. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { COLUMNS, HEADER_ROW } from '../../src/forms/layout.js';
import { xstring } from '../../src/forms/workbook.js';

/** What a department types: a number, a text, or a raw exceljs cell value (an error, a formula, a rich text). */
type Typed = number | string | ExcelJS.CellValue;
export type Filler = (sector: string, code: string) => { value: Typed; numFmt?: string } | undefined;

/** Fill every input cell `fill` answers for, in each sheet of `file` (the sector id is the identity row's last cell). */
export async function fillWorkbook(file: string, fill: Filler): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  for (const ws of book.worksheets) {
    const sector = String(ws.getCell(5, 4).value);
    for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
      const code = ws.getCell(r, COLUMNS.code).value;
      if (typeof code !== 'string') continue;
      const typed = fill(sector, code);
      if (!typed) continue;
      const cell = ws.getCell(r, COLUMNS.input);
      cell.value = typed.value as ExcelJS.CellValue;
      // a copy: exceljs shares one style object among the cells read with the same style
      if (typed.numFmt) cell.style = { ...cell.style, numFmt: typed.numFmt };
    }
  }
  // exceljs writes strings as they are: escape "_x" as Excel and the forms do (see xstring), or LibreOffice misreads ids
  for (const ws of book.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = xstring(cell.value);
      }),
    );
  await book.xlsx.writeFile(file);
}

/** The values of a month's shipped data files, as a department would type them (a list one item per line). */
export function shippedValues(monthDir: string): Filler {
  const data = new Map<string, Record<string, Record<string, unknown>>>();
  for (const name of readdirSync(monthDir).filter((n) => n.endsWith('.yaml')))
    data.set(name.replace(/\.yaml$/, ''), parse(readFileSync(join(monthDir, name), 'utf8')));
  return (sector, code) => {
    const [group, id] = code.split('.') as [string, string];
    const v = data.get(sector)?.[group]?.[id];
    if (v === undefined || v === null) return undefined;
    return { value: Array.isArray(v) ? v.join('\n') : (v as number | string) };
  };
}
