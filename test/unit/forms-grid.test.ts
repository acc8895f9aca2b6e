import { describe, expect, it } from 'vitest';
import { csvCell, csvGrid, parseCsv } from '../../src/forms/grid.js';
import { figureValue } from '../../src/forms/read-form.js';
import type { IndicatorDef } from '../../src/definitions.js';

describe('CSV as a spreadsheet saves it', () => {
  it('splits quoted fields with separators, doubled quotes and line breaks; CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi""","two\nlines"\r\nx,,z\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', '', 'z'],
    ]);
  });
  it('takes ";" when the first line has more of them than commas (Excel in a Vietnamese locale)', () => {
    expect(parseCsv('a;1,5;c\n')).toEqual([['a', '1,5', 'c']]);
  });
  it('keeps the last line without a line break', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('addresses cells as the sheet did: line 1 is row 1, field 8 column H', () => {
    expect(csvGrid('a\n,,,,,,,41108\n').cells.get('H2')).toEqual({ kind: 'number', value: 41108, percent: false, text: '41108' });
  });
  it('reads plain numbers as numbers and keeps their text; formula errors as errors; the rest as text', () => {
    expect(csvCell(' 1347.19 ')).toEqual({ kind: 'number', value: 1347.19, percent: false, text: '1347.19' });
    expect(csvCell('#DIV/0!')).toEqual({ kind: 'error', text: '#DIV/0!' });
    expect(csvCell('Err:502')).toEqual({ kind: 'error', text: 'Err:502' });
    expect(csvCell('1347,19')).toEqual({ kind: 'text', text: '1347,19' });
    expect(csvCell('  ')).toEqual({ kind: 'empty' });
  });
});

describe('a figure cell read back', () => {
  const count: IndicatorDef = { label: 'Tổng đàn gia súc', unit: 'con', kind: 'count', accumulate: 'stock' };
  const area: IndicatorDef = { label: 'Diện tích', unit: 'ha', kind: 'amount', decimals: 2, accumulate: 'stock' };
  const share: IndicatorDef = { label: 'Tỷ lệ', unit: '%', kind: 'amount', decimals: 2, accumulate: 'stock' };
  const number = (value: number, percent = false) => ({ kind: 'number', value, percent }) as const;
  it('takes a number as stored, and leaves an empty cell alone', () => {
    expect(figureValue(number(41108), count)).toEqual({ value: 41108 });
    expect(figureValue(number(0.1 + 0.2), area)).toEqual({ value: 0.3 });
    expect(figureValue({ kind: 'empty' }, count)).toBeUndefined();
    expect(figureValue({ kind: 'text', text: '  ' }, count)).toBeUndefined();
  });
  it('names each kind of wrong cell', () => {
    const code = (r: ReturnType<typeof figureValue>) => (r && 'code' in r ? r.code : r);
    expect(code(figureValue(number(41.108), count))).toBe('IMPORT_CELL_THOUSANDS');
    expect(code(figureValue(number(1.347), area))).toBe('IMPORT_CELL_THOUSANDS');
    expect(code(figureValue(number(1347.5), count))).toBe('VALIDATE_NOT_INTEGER');
    expect(code(figureValue(number(1347.125), area))).toBe('VALIDATE_TOO_MANY_DECIMALS');
    expect(code(figureValue(number(0.84, true), share))).toBe('IMPORT_CELL_PERCENT');
    expect(code(figureValue({ kind: 'text', text: '84 %' }, share))).toBe('IMPORT_CELL_PERCENT');
    expect(code(figureValue(number(140), share))).toBe('VALIDATE_OUT_OF_RANGE');
    expect(code(figureValue(number(-3), count))).toBe('VALIDATE_NEGATIVE');
    expect(code(figureValue({ kind: 'text', text: '1.347,19' }, area))).toBe('VALIDATE_NUMBER_AS_TEXT');
    expect(code(figureValue({ kind: 'text', text: 'khoảng 200' }, count))).toBe('IMPORT_CELL_TEXT');
    expect(code(figureValue({ kind: 'error', text: '#REF!' }, count))).toBe('IMPORT_CELL_FORMULA_ERROR');
    expect(code(figureValue({ kind: 'date', iso: '2021-02-03' }, count))).toBe('IMPORT_CELL_TEXT');
  });
});
