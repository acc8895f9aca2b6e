/**
 * Texts of the office that name the report's period (the title, "tháng {thang} năm {nam}"): the placeholders the
 * engine fills, and the filling. Pure.
 */
import { addMonths, twoDigits, type Period } from './period.js';

/** Placeholder → its text for a period: the month zero-padded as the report writes it ("01"), years in full. */
const FILL: Readonly<Record<string, (p: Period) => string>> = {
  thang: (p) => twoDigits(p.month),
  nam: (p) => String(p.year),
  thang_sau: (p) => twoDigits(addMonths(p, 1).month),
  nam_thang_sau: (p) => String(addMonths(p, 1).year),
  nam_truoc: (p) => String(p.year - 1),
};
export const PERIOD_PLACEHOLDERS = Object.keys(FILL);

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The placeholders of `text` the engine does not fill, as written ("{thangg}"). */
export const unknownPlaceholders = (text: string): string[] =>
  [...text.matchAll(PLACEHOLDER)].filter((m) => !Object.hasOwn(FILL, m[1]!)).map((m) => m[0]);

/** `text` with each placeholder replaced by its period's text (the schemas have refused unknown ones). */
export const fillPeriod = (text: string, period: Period): string =>
  text.replace(PLACEHOLDER, (all, name: string) => (Object.hasOwn(FILL, name) ? FILL[name]!(period) : all));
