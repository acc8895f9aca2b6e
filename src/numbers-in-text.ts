/**
 * Figures typed by hand in narrative text ("đã làm đất được 1.680 ha"): every number the report prints should come
 * from a typed field through a reference, so a number left in the words is found and located. Years, dates, document
 * numbers and legal references, ordinals, list numbering and names that carry digits are not figures. Pure.
 */

export interface TypedNumber {
  /** Offsets in the text (UTF-16 units). */
  readonly start: number;
  readonly end: number;
  /** As written: "1.680", "84", "1,4". */
  readonly text: string;
}

/** A run of letters and digits joined by . , / - (or : between digits): "1.347,19", "2773/QĐ-UBND", "Covid-19", "7:30". */
const TOKEN = /[\p{L}\p{N}]+(?:(?:[.,/-]|(?<=\d):(?=\d))[\p{L}\p{N}]+)*/uy;
const DIGIT = /\p{Nd}/u;
const DIGITS = /\p{Nd}/gu;
const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined): boolean => c !== undefined && (/[0-9A-Za-z]/.test(c) || (c > '\u007f' && WORD.test(c)));

/** Where the token holding position `i` starts: back over letters and digits, and the signs that join them. */
function tokenStart(text: string, i: number): number {
  let start = i;
  for (;;) {
    if (isWord(text[start - 1])) start--;
    else if (
      '.,/-:'.includes(text[start - 1] ?? ' ') &&
      isWord(text[start - 2]) &&
      (text[start - 1] !== ':' || /\d\d/.test(text[start - 2]! + text[start]!))
    )
      start -= 2;
    else return start;
  }
}

/** Words before a number that make it a part of a date, an ordinal, a rank or a name rather than a figure. */
const BEFORE = new Set([
  // dates: "ngày 15", "tháng 01", "năm 2021", "quý 1"
  'ngày',
  'tháng',
  'năm',
  'quý',
  'tuần',
  // ordinals and parts of a text: "con thứ 3", "lần 2", "Điều 5", "khoản 2", "đợt 1", "modun 2"
  'thứ',
  'lần',
  'khóa',
  'khoá',
  'kỳ',
  'đợt',
  'phiên',
  'số',
  'điều',
  'khoản',
  'điểm',
  'chương',
  'mục',
  'phần',
  'tiết',
  'tập',
  'bước',
  'lớp',
  'modun',
  'mô-đun',
  'module',
  // documents and named programmes, roads: "Nghị định 30/2020/NĐ-CP", "Chương trình 135", "Quốc lộ 32"
  'nghị định',
  'nghị quyết',
  'quyết định',
  'chỉ thị',
  'thông tư',
  'kết luận',
  'công văn',
  'thông báo',
  'chương trình',
  'đề án',
  'quốc lộ',
  'tỉnh lộ',
]);
/** Words after a number that name a category rather than count it: "trẻ em dưới 6 tuổi". */
const AFTER = new Set(['tuổi']);
/** A unit after a year-shaped number makes it a figure after all: "2020 hộ", "1998 ha". One pattern per list of units. */
const unitPatterns = new WeakMap<readonly string[], RegExp>();
function unitAfter(units: readonly string[]): RegExp {
  let re = unitPatterns.get(units);
  if (!re) {
    const words = [...units].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`^[\\s\\u00a0]*(${words.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    unitPatterns.set(units, re);
  }
  return re;
}
/** Unit letters written onto a number: "1.680ha", "5tấn". */
const UNIT_SUFFIX = /^(ha|m|m2|m3|km|kg|tấn|đ)$/u;

const isDate = (t: string): boolean =>
  /^(0?[1-9]|[12]\d|3[01])[/-](0?[1-9]|1[0-2])([/-]\d{4})?$/.test(t) || // 15/01/2021, 25/01
  /^(0?[1-9]|1[0-2])\/\d{4}$/.test(t) || // 01/2021
  /^\d{4}-\d{2}-\d{2}$/.test(t) || // 2021-01-15
  /^\d{1,2}:\d{2}$/.test(t); // 7:30
/** 2021, or a range of years written without spaces: 2021-2025. */
const isYear = (t: string): boolean => /^(19|20)\d\d(-(19|20)\d\d)?$/.test(t);

/** The last one or two words before `at` (blanks, then letters, then a space or hyphen, then letters), lower-cased. */
function wordsBefore(text: string, at: number): string[] {
  let end = at;
  while (end > 0 && /[\s\u00a0]/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  if (start === end) return [];
  const last = text.slice(start, end).toLocaleLowerCase('vi');
  const sep = text[start - 1];
  if (sep !== ' ' && sep !== '-') return [last];
  let first = start - 1;
  while (first > 0 && LETTER.test(text[first - 1]!)) first--;
  if (first === start - 1) return [last];
  const before = text.slice(first, start - 1).toLocaleLowerCase('vi');
  return [last, `${before} ${last}`, `${before}-${last}`];
}
const LETTER = /\p{L}/u;
const wordAfter = (text: string, at: number): string => (/^[\s\u00a0]*([\p{L}]+)/u.exec(text.slice(at))?.[1] ?? '').toLocaleLowerCase('vi');

/** Why a token with digits is not a figure; null when it is one. */
function notAFigure(token: string, text: string, start: number, end: number, units: readonly string[]): string | null {
  if (/\p{L}/u.test(token)) {
    // "1.680ha": digits with a unit written onto them are a figure
    const unit = /^[\d.,]+(\p{L}+)$/u.exec(token);
    if (unit && UNIT_SUFFIX.test(unit[1]!.toLocaleLowerCase('vi'))) return null;
    // "2773/QĐ-UBND", "71-KL/TW", "30/2020/NĐ-CP" are document numbers; "Covid-19", "4G", "F0" names
    return /\p{Lu}/u.test(token) && /[/-]/.test(token) ? 'document' : 'name';
  }
  if (isDate(token)) return 'date';
  if (isYear(token) && !(units.length > 0 && unitAfter(units).test(text.slice(end)))) return 'year';
  // list numbering at the start of a line: "1.", "2.3.", "(4)", "a)"
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^[\s(]*$/.test(text.slice(lineStart, start)) && /^\.?[.)]?(\s|$)/.test(text.slice(end)) && /^[\d.]+$/.test(token))
    return 'numbering';
  if (text[start - 1] === '(' && text[end] === ')' && /^\d{1,2}$/.test(token)) return 'numbering';
  const before = wordsBefore(text, start);
  // "tổng số 231 dự án" counts; "số 15" names
  if (!before.includes('tổng số') && before.some((w) => BEFORE.has(w))) return 'context';
  if (AFTER.has(wordAfter(text, end))) return 'category';
  return null;
}

/** The figures typed in `text`; `skip` ranges (the references) are not looked at; `units` (the office's) follow figures. */
export function typedNumbers(
  text: string,
  skip: readonly { readonly start: number; readonly end: number }[] = [],
  units: readonly string[] = [],
): TypedNumber[] {
  if (!DIGIT.test(text)) return [];
  let visible = text;
  for (const r of skip) visible = visible.slice(0, r.start) + ' '.repeat(r.end - r.start) + visible.slice(r.end);
  const found: TypedNumber[] = [];
  const consider = (token: string, start: number) => {
    if (DIGIT.test(token) && notAFigure(token, visible, start, start + token.length, units) === null)
      found.push({ start, end: start + token.length, text: token });
  };
  // only the tokens that hold a digit: found from each digit, not by reading every word of the text
  DIGITS.lastIndex = 0;
  for (let d = DIGITS.exec(visible); d !== null; d = DIGITS.exec(visible)) {
    TOKEN.lastIndex = tokenStart(visible, d.index);
    const m = TOKEN.exec(visible)!;
    DIGITS.lastIndex = m.index + m[0].length;
    const token = m[0];
    // "389 hộ/1.709 khẩu": a slash between words and digits separates two things; "Covid-19" (a hyphen) stays a name
    if (/\p{L}/u.test(token) && !(/\p{Lu}/u.test(token) && /[/-]/.test(token)) && token.includes('/')) {
      let at = m.index;
      for (const piece of token.split('/')) {
        consider(piece, at);
        at += piece.length + 1;
      }
    } else consider(token, m.index);
  }
  return found;
}
