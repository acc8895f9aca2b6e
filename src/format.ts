/** Vietnamese number, percent and date formatting as the report writes them. Pure. */
import { twoDigits } from './period.js';

/**
 * The decimal digits of a finite |value| ≥ 0 as JavaScript writes it shortest (the digits Intl.NumberFormat rounds from,
 * so 1.005 is "1.005", not the 1.00499… the double holds): whole part and fraction, without exponent.
 */
function decimalDigits(value: number): { whole: string; fraction: string } {
  const text = String(value);
  const e = text.indexOf('e');
  const mantissa = e === -1 ? text : text.slice(0, e);
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  // how many of `digits` stand before the decimal point (≤ 0: zeros after the point first)
  const wholeDigits = (point === -1 ? mantissa.length : point) + (e === -1 ? 0 : Number(text.slice(e + 1)));
  if (wholeDigits <= 0) return { whole: '0', fraction: '0'.repeat(-wholeDigits) + digits };
  return { whole: digits.slice(0, wholeDigits).padEnd(wholeDigits, '0'), fraction: digits.slice(wholeDigits) };
}

/** A string of decimal digits plus one in its last place ("199" → "200", "99" → "100"). */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

/**
 * The report's number style, as Intl.NumberFormat('vi-VN') writes it (a test holds the two equal): rounded half away
 * from zero to `max` fraction digits, trailing zeros dropped down to `min`, a dot between groups of three digits (also
 * in four-digit values: "1.998"), a decimal comma. Written by hand: creating the first vi-VN formatter loads ICU's
 * locale data, about 20 ms of every run that prints a number.
 */
function viNumber(value: number, min: number, max: number): string {
  const { whole, fraction } = decimalDigits(Math.abs(value));
  let kept = whole + fraction.slice(0, max).padEnd(max, '0');
  if (fraction.length > max && fraction[max]! >= '5') kept = incremented(kept);
  const wholePart = kept.slice(0, kept.length - max);
  let fractionPart = kept.slice(kept.length - max);
  while (fractionPart.length > min && fractionPart.endsWith('0')) fractionPart = fractionPart.slice(0, -1);
  // a negative value rounded to zero is printed 0, never "-0" (nor -0 itself, written in a data file)
  const sign = value < 0 && /[1-9]/.test(kept) ? '-' : '';
  const grouped = wholePart.replace(/\B(?=(\d{3})+$)/g, '.');
  return `${sign}${grouped}${fractionPart === '' ? '' : `,${fractionPart}`}`;
}

export interface NumberStyle {
  /** Most fraction digits (default 0). */
  readonly decimals?: number;
  /** Always write `decimals` digits (10,50). */
  readonly fixed?: boolean;
  /** Zero-pad whole values 1-9 as the report writes counts ("01 vụ", "04 tỷ đồng"). */
  readonly pad?: boolean;
}

/** 1347.19 → "1.347,19"; 4 → "04" (padded); 10.5 with fixed 2 → "10,50". Grouping also on four-digit values ("1.998"). */
export function formatNumber(value: number, style: NumberStyle = {}): string {
  // a figure that is not finite is a bug upstream, never something to print in a signed report
  if (!Number.isFinite(value)) throw new Error(`formatNumber: ${value} is not a finite number`);
  const max = style.decimals ?? 0;
  const text = viNumber(value, style.fixed ? max : 0, max);
  return style.pad && /^[1-9]$/.test(text) ? `0${text}` : text;
}

/**
 * A figure as the report writes it, in its text and in its tables alike: the indicator's decimals at most ("1.998 ha",
 * "1.347,19 ha", "5,8 tỷ đồng"), exactly that many only for an indicator declared `fixed` ("10,50%"). `pad`: running text
 * writes whole values 1-9 with a zero ("01 vụ") when the office's style says so; a table column never does.
 */
export function formatFigure(f: { readonly decimals: number; readonly fixed: boolean }, value: number, pad = false): string {
  return formatNumber(value, { decimals: f.decimals, fixed: f.fixed, pad });
}

/** A share in percent, rounded half away from zero to `digits`: 84.08 → "84%", 1.401 → "1,4%". */
export function formatPercent(value: number, digits: number): string {
  return `${formatNumber(roundTo(value, digits), { decimals: digits })}%`;
}

/** Round half away from zero, as clerks round by hand (not banker's rounding). */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

/** "2021-01-15" → "15/01/2021". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The date line of the header (NĐ 30): day below 10 and months 1-2 zero-padded; blanks left for handwriting when unsigned. */
export function formatOfficialDate(iso: string | null, year: number, month: number): string {
  const mm = (m: number) => (m <= 2 ? twoDigits(m) : String(m));
  if (iso === null) return `ngày      tháng ${mm(month)} năm ${year}`;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${twoDigits(d)} tháng ${mm(m)} năm ${y}`;
}

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
/** Small counts spelled out ("một vụ"); larger values stay digits. */
export function numberInWords(value: number): string {
  return Number.isInteger(value) && value >= 0 && value <= 10 ? DIGIT_WORDS[value]! : formatNumber(value);
}

/** 1 → "I", 14 → "XIV". */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** Vietnamese letter order for "a)", "b)"…: no f, j, w, z; đ after d. */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
export const letter = (n: number): string => LETTERS[n - 1] ?? String(n);
