/**
 * The forms as .xlsx bytes, and .xlsx bytes back as cell grids, through exceljs (README, "Bảng tính"). Loaded with a
 * dynamic import by `forms` and `import` only: build, check and status never load the library.
 */
import type { Cell, DataValidation, Workbook, Worksheet } from 'exceljs';
import type { IndicatorDef } from '../definitions.js';
import {
  cellAddress,
  COLUMNS,
  HEADER_ROW,
  IDENTITY_ROW,
  identityCells,
  monthTitle,
  type FigureRow,
  type SheetModel,
  type TextRow,
  type WorkbookModel,
} from './layout.js';
import { addMonths } from '../period.js';
import type { CellValue, Grid } from './grid.js';
import { stampPackage } from '../zip-stamp.js';

async function exceljs(): Promise<typeof import('exceljs')> {
  const m = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  return m.default ?? m;
}

/**
 * A string as a workbook stores it: OOXML reads "_xHHHH_" as an escaped character, and LibreOffice even reads "_xe_"
 * (in ids like tam_giu_xe_mo_to) as one; "_x005F_" is the escape of "_" itself, so every "_x" is written that way.
 */
export const xstring = (s: string): string => s.replaceAll('_x', '_x005F_x');
const put = (cell: Cell, value: string | number | null): void => {
  cell.value = typeof value === 'string' ? xstring(value) : value;
};

/** Excel refuses an input message title over 32 characters and a message over 255 (it offers to repair the file). */
const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

const BORDER = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BOXED = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
const INPUT_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF2CC' } };
const HEAD_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } };

/** The validation of a figure's input cell: whole numbers for counts, decimals otherwise, 0-100 for shares. */
function figureValidation(def: IndicatorDef): DataValidation {
  const share = def.unit === '%';
  const what = def.kind === 'count' ? 'số nguyên' : `số (tối đa ${def.decimals ?? 0} chữ số thập phân)`;
  const range = share ? 'từ 0 đến 100' : def.signed ? 'có thể âm' : 'không âm';
  const base = {
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    promptTitle: clip(`Đơn vị: ${def.unit}`, 32),
    prompt: clip(
      `${def.label}. Nhập ${what}, ${range}, tính bằng ${def.unit}; không ghi đơn vị, không dùng dấu chấm ngăn cách hàng nghìn.`,
      255,
    ),
    errorTitle: 'Số liệu không hợp lệ',
    error: clip(`Cần ${what}, ${range} (${def.unit}).`, 255),
  };
  const type = def.kind === 'count' ? 'whole' : 'decimal';
  if (share) return { ...base, type, operator: 'between', formulae: [0, 100] };
  if (def.signed) return { ...base, type, operator: 'between', formulae: [-1e15, 1e15] };
  return { ...base, type, operator: 'greaterThanOrEqual', formulae: [0] };
}

const TEXT_PROMPT: Record<TextRow['kind'], string> = {
  // texts may hold inline figure references ({id}, issue #13): the report writes the figure there
  text: 'Viết lời văn, không gõ số liệu (nhập ở phần chỉ tiêu); giữ nguyên các tham chiếu {…}, báo cáo tự điền số vào đó.',
  list: 'Mỗi ý một dòng (Alt+Enter để xuống dòng trong ô).',
  date: 'Ngày dạng YYYY-MM-DD, ví dụ 2021-01-15.',
};

function textValidation(row: TextRow): DataValidation {
  return {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [32767],
    allowBlank: true,
    showInputMessage: true,
    promptTitle: clip(row.label, 32),
    prompt: clip(`${row.label}. ${TEXT_PROMPT[row.kind]}`, 255),
  };
}

function writeHeader(ws: Worksheet, book: WorkbookModel, sheet: SheetModel): void {
  const title = `BIỂU SỐ LIỆU THÁNG ${monthTitle(book.period)}: ${sheet.sector.title.toUpperCase()}`;
  const deadline = book.deadline ? `Hạn gửi: ngày ${book.deadline}` : 'Hạn gửi: theo thông báo của Văn phòng';
  const lines = [
    book.office,
    `Đơn vị báo cáo: ${book.departmentName}`,
    title,
    `${deadline}. Chỉ nhập vào các ô màu vàng; gửi lại nguyên tệp này.`,
  ];
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    put(cell, text);
    cell.font = { bold: i !== 3, size: i === 2 ? 13 : 11 };
  });
  identityCells(book.period, book.department, sheet.sector.id).forEach((text, i) => {
    const cell = ws.getCell(IDENTITY_ROW, i + 1);
    put(cell, text);
    cell.font = { color: { argb: 'FF808080' }, size: 9 };
  });
  const prev = addMonths(book.period, -1);
  const heads: Record<keyof typeof COLUMNS, string> = {
    code: 'Mã',
    label: 'Chỉ tiêu',
    unit: 'Đơn vị',
    prev: `Tháng trước (${monthTitle(prev)})`,
    samePeriod: `Cùng kỳ năm trước (${monthTitle({ year: book.period.year - 1, month: book.period.month })})`,
    plan: `Kế hoạch năm ${book.period.year}`,
    ytd: `Lũy kế đến tháng ${monthTitle(prev)}`,
    input: `Tháng này (${monthTitle(book.period)})`,
  };
  for (const [key, column] of Object.entries(COLUMNS)) {
    const cell = ws.getCell(HEADER_ROW, column);
    put(cell, heads[key as keyof typeof COLUMNS]);
    cell.font = { bold: true };
    cell.fill = HEAD_FILL;
    cell.border = BOXED;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }
}

function writeFigure(ws: Worksheet, r: number, row: FigureRow): void {
  const values: Partial<Record<keyof typeof COLUMNS, string | number | null>> = {
    code: row.code,
    label: row.def.label,
    unit: row.def.unit,
    prev: row.prev,
    samePeriod: row.samePeriod,
    plan: row.plan,
    ytd: row.ytd,
    input: row.value,
  };
  for (const [key, column] of Object.entries(COLUMNS)) {
    const cell = ws.getCell(r, column);
    put(cell, values[key as keyof typeof COLUMNS] ?? null);
    cell.border = BOXED;
    cell.alignment = { vertical: 'top', wrapText: key === 'label' };
  }
  const input = ws.getCell(r, COLUMNS.input);
  input.protection = { locked: false };
  input.fill = INPUT_FILL;
  input.dataValidation = figureValidation(row.def);
}

function writeText(ws: Worksheet, r: number, row: TextRow): void {
  put(ws.getCell(r, COLUMNS.code), row.code);
  const label = ws.getCell(r, COLUMNS.label);
  put(label, row.label);
  label.alignment = { vertical: 'top', wrapText: true };
  const input = ws.getCell(r, COLUMNS.input);
  put(input, row.value);
  // text format: Excel would turn a typed 2021-01-15 into a date serial and "1/2" into a date
  input.numFmt = '@';
  input.protection = { locked: false };
  input.fill = INPUT_FILL;
  input.alignment = { vertical: 'top', wrapText: true };
  input.dataValidation = textValidation(row);
  for (let c = COLUMNS.code; c <= COLUMNS.input; c++) ws.getCell(r, c).border = BOXED;
}

async function writeSheet(book: Workbook, model: WorkbookModel, sheet: SheetModel): Promise<void> {
  const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  ws.columns = [{ width: 12 }, { width: 48 }, { width: 10 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 60 }];
  writeHeader(ws, model, sheet);
  let r = HEADER_ROW + 1;
  const figures = sheet.rows.filter((row): row is FigureRow => row.kind === 'figure');
  const texts = sheet.rows.filter((row): row is TextRow => row.kind !== 'figure');
  for (const row of figures) writeFigure(ws, r++, row);
  if (texts.length > 0) {
    r++;
    const head = ws.getCell(r++, COLUMNS.label);
    put(head, 'Nội dung (lời văn của báo cáo)');
    head.font = { bold: true };
    for (const row of texts) writeText(ws, r++, row);
  }
  ws.getColumn(COLUMNS.code).font = { color: { argb: 'FF808080' }, size: 9 };
  // no password: the office can lift the protection (Review › Unprotect sheet) to correct a label
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** One department's workbook, stamped with `stamp` so the same month gives the same file. */
export async function writeWorkbook(model: WorkbookModel, stamp: Date): Promise<Uint8Array> {
  const { Workbook } = await exceljs();
  const book = new Workbook();
  book.creator = model.office;
  book.created = stamp;
  book.modified = stamp;
  for (const sheet of model.sheets) await writeSheet(book, model, sheet);
  return stampPackage(new Uint8Array(await book.xlsx.writeBuffer()), stamp);
}

/** A cell as the reader sees it: what Excel stores, with the number format that tells "84%" from 84. */
function readCell(cell: Cell): CellValue {
  const v = cell.value;
  if (v === null || v === undefined || v === '') return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v, percent: /%/.test(cell.numFmt ?? '') };
  if (typeof v === 'string') return { kind: 'text', text: v };
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { kind: 'date', iso: v.toISOString().slice(0, 10) };
  if (typeof v === 'object' && 'error' in v) return { kind: 'error', text: String(v.error) };
  if (typeof v === 'object' && 'richText' in v) return { kind: 'text', text: v.richText.map((t) => t.text).join('') };
  if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null) return { kind: 'error', text: `=${(v as { formula?: string }).formula ?? ''}` };
    if (typeof result === 'object' && result !== null && 'error' in result) return { kind: 'error', text: String(result.error) };
    if (typeof result === 'number') return { kind: 'number', value: result, percent: /%/.test(cell.numFmt ?? '') };
    if (result instanceof Date) return { kind: 'date', iso: result.toISOString().slice(0, 10) };
    return { kind: 'text', text: String(result) };
  }
  if (typeof v === 'object' && 'text' in v) return { kind: 'text', text: String(v.text) };
  return { kind: 'text', text: String(v) };
}

/** Every sheet of an .xlsx as a grid of cells by address. Throws on bytes that are not a workbook. */
export async function readWorkbook(bytes: Uint8Array): Promise<Grid[]> {
  const { Workbook } = await exceljs();
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book.worksheets.map((ws) => {
    const cells = new Map<string, CellValue>();
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const value = readCell(cell);
        if (value.kind !== 'empty') cells.set(cellAddress(r, c), value);
      });
    });
    return { sheet: ws.name, cells };
  });
}
