/**
 * What one figure may hold, from its definition alone: a whole number or a decimal with at most its declared places,
 * within a range that follows from what it measures. The zod schemas, the written-form checks and the hints that
 * propose a corrected value all ask this module, so a proposed value always passes. Pure.
 */
import type { IndicatorDef } from './definitions.js';
import type { Coded } from './errors.js';
import { roundTo } from './format.js';

export type FigureDef = Pick<IndicatorDef, 'label' | 'unit' | 'kind' | 'decimals' | 'min' | 'max' | 'direction'> & {
  readonly signed?: boolean;
};

/**
 * Largest magnitude any figure may have, declared or not: a district's largest figure (a budget in triệu đồng) is
 * about 10^5, and twelve months of 10^12 still add up exactly (far below 2^53), so a year to date can never overflow.
 */
export const FIGURE_LIMIT = 1e12;

/**
 * The range a figure must lie in: declared, or from its unit (a share is 0-100), or [0, FIGURE_LIMIT]; signed: ± the
 * maximum. A stated change in percent falls by at most 100% and may rise by any amount; signed unless its definition
 * names the direction (then it is the change's size), and a named decrease in percent is at most 100.
 */
export function figureRange(def: FigureDef): { min: number; max: number } {
  if (def.kind === 'change') {
    const fall = def.unit === '%' ? 100 : FIGURE_LIMIT;
    const max = def.max ?? (def.direction === 'decrease' ? fall : FIGURE_LIMIT);
    return { min: def.min ?? (def.direction === undefined ? -fall : 0), max };
  }
  const max = def.max ?? (def.unit === '%' ? 100 : FIGURE_LIMIT);
  return { min: def.min ?? (def.signed ? -max : 0), max };
}

const declaredDecimals = (def: FigureDef): number => (def.kind === 'count' ? 0 : (def.decimals ?? 0));

/** "41.108", "291.000", "1.000.000": dots between thousands, which YAML and an English spreadsheet read as a decimal point. */
const THOUSANDS = /^[-+]?\d{1,3}(\.\d{3})+$/;

/**
 * Why a figure written as `text` (its source, before YAML read it) has more decimal places than it declares:
 * 'thousands' when it has the shape of a thousands dot, 'decimals' otherwise; null when it is fine. Trailing zeros
 * count only in the thousands shape ("291.000" is the trap, "12.50" is 12.5). A whole count's "12.5" is left to the
 * integer check.
 */
export function decimalsProblem(def: FigureDef, text: string): 'thousands' | 'decimals' | null {
  const places = declaredDecimals(def);
  if (THOUSANDS.test(text.trim())) return places < 3 ? 'thousands' : null;
  if (def.kind === 'count') return null;
  return significantPlaces(text) > places ? 'decimals' : null;
}

/** Decimal places of a number as written, trailing zeros not counted, exponents too: "12.50" → 1, "5e-324" → 324. */
function significantPlaces(text: string): number {
  const m = /^[-+]?\d*(?:\.(\d*))?(?:e([-+]?\d+))?$/i.exec(text.trim());
  if (!m) return 0;
  return Math.max(0, (m[1] ?? '').replace(/0+$/, '').length - Number(m[2] ?? 0));
}

/** True when `value` may stand in a data file for this figure: kind, declared decimals, range. */
export function acceptsValue(def: FigureDef, value: number): boolean {
  const { min, max } = figureRange(def);
  if (!Number.isFinite(value) || value < min || value > max) return false;
  if (def.kind === 'count') return Number.isInteger(value);
  // String, not yamlNumber: a plain rendering rounds 5e-324 to 0, which would pass
  return decimalsProblem(def, String(value)) === null;
}

/** A number as a data file writes it: plain digits, a dot for decimals, no exponent. */
export function yamlNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * The numbers a piece of text can stand for, as a Vietnamese or an English writer means it: "1.347,19" → 1347.19;
 * "41,108" → 41.108 (a Vietnamese decimal comma) or 41108 (an English thousands comma); "1.680 ha" → 1680 or 1.68;
 * "35,6" → 35.6; "291 000" → 291000. A unit or a % after the number is allowed. Empty when the text is no number.
 */
export function numberReadings(text: string): number[] {
  // a space (or a no-break or thin one) may group thousands, as French-style documents and Word write "291 000"
  const m = /^\s*([-+]?\d(?:[\d.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))*)\s*(%|[\p{L} ]+)?\s*$/u.exec(text);
  if (!m) return [];
  const n = m[1]!;
  const readings: string[] = [];
  if (/^[-+]?\d{1,3}([ \u00a0\u202f]\d{3})+(,\d+)?$/.test(n)) readings.push(n.replace(/[ \u00a0\u202f]/g, '').replace(',', '.')); // 291 000
  if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(n)) readings.push(n.replace(/\./g, '').replace(',', '.')); // 1.347,19
  if (/^[-+]?\d+(,\d+)?$/.test(n)) readings.push(n.replace(',', '.')); // 35,6
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(n)) readings.push(n.replace(/,/g, '')); // 1,347.19
  // a dot in a Vietnamese document's "1.680" groups thousands; a lone "1.5" is a decimal
  if (/^[-+]?\d+(\.\d+)?$/.test(n) && !THOUSANDS.test(n)) readings.push(n);
  return [...new Set(readings.map(Number))].filter(Number.isFinite);
}

/** The readings of `text` that pass as this figure, written as a data file wants them; the best first. */
export function passingForms(text: string, accepts: (value: number) => boolean): string[] {
  return numberReadings(text).filter(accepts).map(yamlNumber);
}

/** `value` rounded to the figure's declared places, when that passes; else null. */
export function roundedForm(def: FigureDef, value: number): string | null {
  const rounded = roundTo(value, declaredDecimals(def));
  return acceptsValue(def, rounded) ? yamlNumber(rounded) : null;
}

/** A figure as diagnostics name it: "Diện tích lúa (ha)". */
export const figureLabel = (def: FigureDef): string => `${def.label} (${def.unit})`;

/** `text` has more decimal places than the figure declares; the hint rounds it to them (a whole count has none to round to). */
export function tooManyDecimals(def: FigureDef, text: string, value: number): Extract<Coded, { code: 'VALIDATE_TOO_MANY_DECIMALS' }> {
  const rounded = def.kind === 'count' ? '' : (roundedForm(def, value) ?? '');
  return { code: 'VALIDATE_TOO_MANY_DECIMALS', params: { label: figureLabel(def), text, places: declaredDecimals(def), rounded } };
}

/** The whole numbers either side of `value` that pass as this figure (a count of 23.5 head: 23 or 24); any safe integer without one. */
export function wholeForms(def: FigureDef | undefined, value: number): string[] {
  const around = [...new Set([Math.floor(value), Math.ceil(value)])];
  return around.filter((n) => (def ? acceptsValue(def, n) : Number.isSafeInteger(n))).map(yamlNumber);
}
