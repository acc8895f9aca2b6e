/** A sheet as the reader sees it, from an .xlsx or a CSV: cells by address, each with what was stored. Pure. */
import { cellAddress } from './layout.js';

export type CellValue =
  | { readonly kind: 'empty' }
  /** `percent`: the cell's number format shows a percentage (someone typed "84%", Excel stored 0.84). */
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean; readonly text?: string }
  | { readonly kind: 'text'; readonly text: string }
  /** A formula error (#REF!, #DIV/0!, LibreOffice's Err:502) or a formula without a computed value. */
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'date'; readonly iso: string };

export interface Grid {
  /** The sheet's name; null for a CSV, which has none. */
  readonly sheet: string | null;
  readonly cells: ReadonlyMap<string, CellValue>;
}

/** What spreadsheets write for a formula that failed. */
const FORMULA_ERROR = /^(#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)|Err:\d{3})$/;
/** A plain number as a CSV holds it: digits, an optional minus and dot decimals, nothing else. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A CSV field as a cell: empty, a formula error, a plain number (its text kept for the thousands check) or text. */
export function csvCell(field: string): CellValue {
  const text = field.trim();
  if (text === '') return { kind: 'empty' };
  if (FORMULA_ERROR.test(text)) return { kind: 'error', text };
  if (PLAIN_NUMBER.test(text)) return { kind: 'number', value: Number(text), percent: false, text };
  return { kind: 'text', text: field };
}

/**
 * Split CSV text into rows of fields (RFC 4180: quoted fields hold separators, quotes doubled and line breaks).
 * The separator is the one the first line uses most, comma or semicolon (Excel in a Vietnamese locale writes ";").
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A CSV exported from one sheet, as a grid with the sheet's addresses (row 1 is the first line). */
export function csvGrid(text: string): Grid {
  const cells = new Map<string, CellValue>();
  parseCsv(text).forEach((fields, r) => {
    fields.forEach((f, c) => {
      const value = csvCell(f);
      if (value.kind !== 'empty') cells.set(cellAddress(r + 1, c + 1), value);
    });
  });
  return { sheet: null, cells };
}

/** The text a cell shows, for the identity and code columns (which hold text). */
export function cellText(v: CellValue | undefined): string {
  if (!v) return '';
  switch (v.kind) {
    case 'empty':
      return '';
    case 'number':
      return v.text ?? String(v.value);
    case 'date':
      return v.iso;
    default:
      return v.text;
  }
}
