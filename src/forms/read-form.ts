/**
 * A filled form back as values: which month, department and sector the sheet is, and the value of each input cell,
 * checked cell by cell (thousands dots, decimal commas, "84%", text, formula errors). Pure; sector definitions come in.
 */
import type { IndicatorDef, SectorDef } from '../definitions.js';
import { IN_FILE, ReportError, type Coded } from '../errors.js';
import {
  acceptsValue,
  decimalsProblem,
  figureLabel,
  figureRange,
  numberReadings,
  passingForms,
  tooManyDecimals,
  wholeForms,
} from '../figure-rules.js';
import { cellText, type CellValue, type Grid } from './grid.js';
import { cellAddress, COLUMNS, enteredFigures, HEADER_ROW, IDENTITY_MARK } from './layout.js';

/** One input cell's value, ready to write at `path` of the sector's file. */
export interface Entry {
  readonly path: readonly ['chi_tieu' | 'noi_dung', string];
  /** Where it came from, as diagnostics name it: "agriculture.xlsx › Nông nghiệp › H9". */
  readonly where: string;
  readonly value: number | string | readonly string[];
}

export interface FormSheet {
  /** "agriculture.xlsx › Nông nghiệp", or the CSV's name. */
  readonly where: string;
  readonly month: string;
  readonly department: string;
  readonly sector: SectorDef;
  readonly entries: readonly Entry[];
  /** Cells that held something wrong: their paths are left as the file has them. */
  readonly rejected: ReadonlySet<string>;
}

/** Rows searched for the identity row and for figures: a form has a few dozen. */
const MAX_ROWS = 500;
const ERROR_TEXT = /^(#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)|Err:\d{3})$/;
const PERCENT_TEXT = /^\s*(-?[\d.,\s]+?)\s*%\s*$/;

type Problem = Coded;

/** Decimal places of a number as written ("1347.19" → 2). */
const decimalsOf = (text: string) => /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
/** A stored double as a person wrote it: 0.1 + 0.2 shows as 0.3, as the spreadsheet displays it. */
const asWritten = (n: number) => String(Number(n.toPrecision(15)));

/** The value of a figure's input cell, or what is wrong with it. Empty cells change nothing (undefined). */
export function figureValue(cell: CellValue, def: IndicatorDef): { value: number } | Problem | undefined {
  const label = figureLabel(def);
  switch (cell.kind) {
    case 'empty':
      return undefined;
    case 'error':
      return { code: 'IMPORT_CELL_FORMULA_ERROR', params: { label, error: cell.text } };
    case 'date':
      return { code: 'IMPORT_CELL_TEXT', params: { label, text: cell.iso } };
    case 'text': {
      const text = cell.text.trim();
      if (text === '') return undefined;
      if (ERROR_TEXT.test(text)) return { code: 'IMPORT_CELL_FORMULA_ERROR', params: { label, error: text } };
      const percent = PERCENT_TEXT.exec(text);
      // a suggestion is only ever a reading of the text that passes as this figure ("41,108" in a count: 41108)
      const accepts = (n: number) => acceptsValue(def, n);
      if (percent)
        return {
          code: 'IMPORT_CELL_PERCENT',
          params: { label, text, suggestion: passingForms(percent[1]!, accepts)[0] ?? percent[1]!.trim() },
        };
      if (decimalsProblem(def, text) === 'thousands') return thousands(def, label, text);
      if (numberReadings(text).length > 0)
        return { code: 'VALIDATE_NUMBER_AS_TEXT', params: { label, text, suggestions: passingForms(text, accepts) } };
      return { code: 'IMPORT_CELL_TEXT', params: { label, text } };
    }
    case 'number': {
      const text = cell.text ?? asWritten(cell.value);
      const value = Number(text);
      if (cell.percent)
        return { code: 'IMPORT_CELL_PERCENT', params: { label, text: `${asWritten(value * 100)}%`, suggestion: asWritten(value * 100) } };
      const problem = decimalsProblem(def, text);
      if (problem === 'thousands') return thousands(def, label, text);
      // a count typed 41.350 in an English spreadsheet is stored 41.35: whole thousands are the likely meaning
      if (def.kind === 'count' && !Number.isInteger(value) && Math.abs(value) < 1000 && decimalsOf(text) <= 3)
        return thousands(def, label, text, asWritten(value * 1000));
      if (def.kind === 'count' && !Number.isInteger(value))
        return { code: 'VALIDATE_NOT_INTEGER', params: { label, value: text, suggestions: wholeForms(def, value) } };
      const { min, max } = figureRange(def);
      if (value < min)
        return min === 0
          ? { code: 'VALIDATE_NEGATIVE', params: { label, value: text } }
          : { code: 'VALIDATE_OUT_OF_RANGE', params: { label, value: text, min } };
      if (value > max) return { code: 'VALIDATE_OUT_OF_RANGE', params: { label, value: text, max } };
      if (problem === 'decimals') return tooManyDecimals(def, text, value);
      return { value };
    }
  }
}

function thousands(def: IndicatorDef, label: string, text: string, plain = text.replace(/\./g, '')): Problem {
  // the whole-thousands reading is proposed only when it passes: a share typed "90.125" is no ninety thousand per cent
  if (!acceptsValue(def, Number(plain))) return tooManyDecimals(def, text, Number(text));
  return { code: 'IMPORT_CELL_THOUSANDS', params: { label, text, asDecimal: text.replace('.', ','), plain } };
}

/** A narrative cell's value: text as typed, a list one item per line, a date as YYYY-MM-DD. Empty changes nothing. */
function textValue(cell: CellValue, kind: 'text' | 'list' | 'date'): string | readonly string[] | undefined {
  const text = cellText(cell).replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (text === '') return undefined;
  if (kind === 'list')
    return text
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  return text;
}

/**
 * Read one sheet. Returns null with no problem for a sheet that is not a form (a department's own notes), so the
 * caller decides whether a file without any form is an error.
 */
export function readForm(where: string, grid: Grid, sectors: readonly SectorDef[]): { sheet: FormSheet | null; problems: ReportError[] } {
  const at = (r: number, c: number) => `${where}${IN_FILE}${cellAddress(r, c)}`;
  const text = (r: number, c: number) => cellText(grid.cells.get(cellAddress(r, c))).trim();
  let identityRow = 0;
  for (let r = 1; r <= HEADER_ROW && !identityRow; r++) if (text(r, 1) === IDENTITY_MARK) identityRow = r;
  if (!identityRow) return { sheet: null, problems: [] };
  const [month, department, sectorId] = [text(identityRow, 2), text(identityRow, 3), text(identityRow, 4)];
  const sector = sectors.find((s) => s.id === sectorId);
  if (!sector) {
    const known = sectors.map((s) => s.id).join(', ');
    return {
      sheet: null,
      problems: [new ReportError({ code: 'IMPORT_UNKNOWN_SECTOR', params: { sector: sectorId, known }, file: at(identityRow, 4) })],
    };
  }

  const figures = new Map(enteredFigures(sector));
  const narrative = new Map<string, 'text' | 'list' | 'date'>([
    ...Object.keys(sector.texts).map((id) => [id, 'text'] as const),
    ...Object.keys(sector.lists ?? {}).map((id) => [id, 'list'] as const),
    ...Object.keys(sector.dates ?? {}).map((id) => [id, 'date'] as const),
  ]);
  const entries: Entry[] = [];
  const problems: ReportError[] = [];
  const rejected = new Set<string>();
  for (let r = HEADER_ROW + 1; r <= MAX_ROWS; r++) {
    const code = /^(chi_tieu|noi_dung)\.(.+)$/.exec(text(r, COLUMNS.code));
    if (!code) continue;
    const [group, id] = [code[1] as 'chi_tieu' | 'noi_dung', code[2]!];
    const path = [group, id] as const;
    const cell = grid.cells.get(cellAddress(r, COLUMNS.input)) ?? { kind: 'empty' as const };
    const location = { file: at(r, COLUMNS.input), dataPath: path };
    const def = group === 'chi_tieu' ? figures.get(id) : undefined;
    const kind = group === 'noi_dung' ? narrative.get(id) : undefined;
    if (!def && !kind) {
      problems.push(
        new ReportError({
          code: 'IMPORT_UNKNOWN_ROW',
          params: { code: `${group}.${id}`, sector: sector.title },
          ...location,
          file: at(r, COLUMNS.code),
        }),
      );
      continue;
    }
    const read = def ? figureValue(cell, def) : textValue(cell, kind!);
    if (read === undefined) continue;
    if (typeof read === 'object' && 'code' in read) {
      problems.push(new ReportError({ ...read, ...location }));
      rejected.add(path.join('.'));
    } else {
      entries.push({ path, where: location.file, value: typeof read === 'object' && 'value' in read ? read.value : read });
    }
  }
  return { sheet: { where, month, department, sector, entries, rejected }, problems };
}
