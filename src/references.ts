/**
 * Figure references in narrative text: the modifier vocabulary, which modifiers fit which figure, and what a
 * reference prints. The same formatting as the template helpers (figure-text.ts), so "{id}" and {{qty c.id}} agree. Pure.
 */
import { figureNumber, printFigure, statedChange, withUnit, type Figure, type FigureStyle } from './figure-text.js';
import { formatNumber, formatPercent, numberInWords, roundTo } from './format.js';
import type { Reference } from './reference-grammar.js';

/** What a reference picks from its figure; without one, the month's value. */
export const SELECTORS = [
  'ytd',
  'plan',
  'samePeriod',
  'prev',
  'change',
  'pctPlan',
  'pctSamePeriod',
  'trendSamePeriod',
  'trendPrev',
  'statement',
] as const;
type Selector = 'value' | (typeof SELECTORS)[number];
/** How the number is written; without one, with its unit. */
export const FORMATS = ['num', 'words'] as const;
type Format = 'unit' | (typeof FORMATS)[number];
/** A modifier of digits only sets the decimals: 0 to MAX_DIGITS. */
export const MAX_DIGITS = 4;
/** Decimals of a percentage or a trend when the text does not say. */
const PERCENT_DIGITS = 1;

/** Every modifier and what it prints, in Vietnamese: the README, the JSON Schemas and the diagnostics' hints show it. */
export const MODIFIER_HELP: Readonly<Record<string, string>> = {
  ytd: 'lũy kế từ đầu năm (chỉ tiêu cộng dồn hoặc tỷ lệ; chỉ tiêu hiện có/tồn không có lũy kế)',
  plan: 'kế hoạch năm của chỉ tiêu',
  samePeriod: 'cùng kỳ năm trước (lũy kế đến cùng tháng năm trước)',
  prev: 'số liệu tháng trước',
  change: 'chênh lệch so với tháng trước (số âm là giảm)',
  pctPlan: 'lũy kế đạt bao nhiêu phần trăm kế hoạch năm: 84%',
  pctSamePeriod: 'lũy kế bằng bao nhiêu phần trăm cùng kỳ: 112,5%',
  trendSamePeriod: '"tăng 12,5%" hoặc "giảm 3%" so với cùng kỳ ("không đổi" khi bằng)',
  trendPrev: '"tăng …%" hoặc "giảm …%" so với tháng trước',
  statement: 'chỉ tiêu nêu sẵn mức tăng, giảm (kind: change): "giảm 15,31% so với cùng kỳ năm trước"',
  num: 'chỉ con số, không kèm đơn vị: 1.680',
  words: 'viết bằng chữ (số đếm từ 0 đến 10: "một"; số lớn hơn vẫn viết bằng số)',
  [`0-${MAX_DIGITS}`]: `số chữ số thập phân, làm tròn: {id.pctPlan.0} → 84% (mặc định ${PERCENT_DIGITS} cho phần trăm)`,
};

/**
 * The report's own dates a text may name, with their Vietnamese label and what each prints: "Tính đến ngày
 * {ngay_chot_so_lieu}" stays right when init carries the sentence into the next month. No indicator may take these names.
 */
export const REPORT_DATES = {
  ngay_chot_so_lieu: { label: 'Ngày chốt số liệu', help: 'ngày chốt số liệu của báo cáo (report.yaml): 15/01/2021' },
  thang: { label: 'Tháng báo cáo', help: 'tháng báo cáo, hai chữ số: 01' },
  nam: { label: 'Năm báo cáo', help: 'năm của tháng báo cáo: 2021' },
  nam_truoc: { label: 'Năm trước', help: 'năm trước năm báo cáo: 2020' },
} as const satisfies Record<string, { label: string; help: string }>;
export type ReportDateName = keyof typeof REPORT_DATES;
/** The dates of one report as its texts print them; null where the month has none (a data-only month has no cut-off). */
export type ReportDates = Readonly<Record<ReportDateName, string | null>>;
export const isReportDate = (name: string): name is ReportDateName => Object.hasOwn(REPORT_DATES, name);

/**
 * The grammar as a JSON Schema pattern, for editors (ECMAScript without the u flag): text without braces, doubled braces,
 * and references of names joined by dots.
 */
export const REFERENCE_PATTERN = '^(?:[^{}]|\\{\\{|\\}\\}|\\{[^{}\\s.]+(?:\\.[^{}\\s.]+)*\\})*$';

/** The syntax in a few lines of Markdown, for an editor's hover over a narrative field. */
export const REFERENCE_HELP = [
  'Số liệu không gõ tay: viết `{mã_chỉ_tiêu}` (số liệu tháng, kèm đơn vị) hoặc `{mã_chỉ_tiêu.bổ_ngữ}`. Bổ ngữ:',
  ...Object.entries(MODIFIER_HELP).map(([m, help]) => `- \`${m}\`: ${help}`),
  'Ngày của báo cáo (không có bổ ngữ):',
  ...Object.entries(REPORT_DATES).map(([name, d]) => `- \`{${name}}\`: ${d.help}`),
  'Muốn in dấu ngoặc nhọn, viết `{{` hoặc `}}`. Xem templates/README.md.',
].join('\n');

/** What a reference names, as far as the modifiers care. */
export type ReferenceTarget =
  | {
      readonly kind: 'indicator';
      readonly count: boolean;
      /** A change stated directly (kind: change): its value or its statement, never compared again. */
      readonly stated?: boolean;
      readonly accumulate: 'flow' | 'stock' | 'rate';
      readonly plan: boolean;
    }
  | { readonly kind: 'planTarget'; readonly count: boolean }
  | { readonly kind: 'date' };

export interface ResolvedReference {
  readonly id: string;
  readonly selector: Selector;
  readonly format: Format;
  readonly digits: number | undefined;
}

/** Why a known modifier does not fit: the catalogue words each reason. */
type Misfit =
  | 'twice'
  | 'ytd-of-stock'
  | 'no-plan'
  | 'plan-target'
  | 'words-not-count'
  | 'format-on-trend'
  | 'digits-on-count'
  | 'digits-with-words'
  | 'of-stated-change'
  | 'statement-not-change'
  | 'date';

export type Resolution =
  | { readonly ok: true; readonly reference: ResolvedReference }
  | { readonly ok: false; readonly unknownModifier: string }
  | { readonly ok: false; readonly misfit: Misfit; readonly modifier: string };

type Kind = 'quantity' | 'percent' | 'trend';
const kindOf = (s: Selector): Kind =>
  s === 'pctPlan' || s === 'pctSamePeriod' ? 'percent' : s.startsWith('trend') || s === 'statement' ? 'trend' : 'quantity';
const isSelector = (m: string): m is (typeof SELECTORS)[number] => (SELECTORS as readonly string[]).includes(m);
const isFormat = (m: string): m is (typeof FORMATS)[number] => (FORMATS as readonly string[]).includes(m);
const DIGITS = new RegExp(`^[0-${MAX_DIGITS}]$`);

/** The modifiers of a reference read against its figure: what it prints, or the first modifier that is unknown or does not fit. */
export function resolveReference(ref: Pick<Reference, 'id' | 'modifiers'>, target: ReferenceTarget): Resolution {
  let selector: Selector = 'value';
  let format: Format = 'unit';
  let digits: number | undefined;
  const seen = { selector: false, format: false, digits: false };
  for (const m of ref.modifiers) {
    const slot = isSelector(m) ? 'selector' : isFormat(m) ? 'format' : DIGITS.test(m) ? 'digits' : null;
    if (slot === null) return { ok: false, unknownModifier: m };
    if (seen[slot]) return { ok: false, misfit: 'twice', modifier: m };
    seen[slot] = true;
    if (isSelector(m)) selector = m;
    else if (isFormat(m)) format = m;
    else digits = Number(m);
  }
  const misfit = (reason: Misfit, modifier: string): Resolution => ({ ok: false, misfit: reason, modifier });
  if (target.kind === 'date')
    return ref.modifiers.length > 0 ? misfit('date', ref.modifiers[0]!) : { ok: true, reference: { id: ref.id, selector, format, digits } };
  if (target.kind === 'planTarget' && selector !== 'value') return misfit('plan-target', selector);
  if (target.kind === 'indicator') {
    // a stated change is its own comparison: a change of it, its year to date or its share of something says nothing
    if (target.stated && selector !== 'value' && selector !== 'statement') return misfit('of-stated-change', selector);
    if (!target.stated && selector === 'statement') return misfit('statement-not-change', selector);
    if (selector === 'ytd' && target.accumulate === 'stock') return misfit('ytd-of-stock', selector);
    if ((selector === 'plan' || selector === 'pctPlan') && !target.plan) return misfit('no-plan', selector);
  }
  const kind = kindOf(selector);
  if (kind === 'trend' && format !== 'unit') return misfit('format-on-trend', format);
  if (format === 'words' && (kind !== 'quantity' || !target.count)) return misfit('words-not-count', format);
  if (format === 'words' && digits !== undefined) return misfit('digits-with-words', String(digits));
  if (digits !== undefined && kind === 'quantity' && target.count) return misfit('digits-on-count', String(digits));
  return { ok: true, reference: { id: ref.id, selector, format, digits } };
}

/** The number a reference prints, before formatting; null when the month's data cannot give it. */
export function referenceValue(r: ResolvedReference, f: Figure): number | null {
  const field = (name: 'value' | 'ytd' | 'plan' | 'samePeriod' | 'prev' | 'change' | 'pctPlan' | 'pctSamePeriod'): number | null =>
    name in f ? ((f as unknown as Record<string, number | null>)[name] ?? null) : null;
  if (r.selector === 'trendSamePeriod') {
    const pct = field('pctSamePeriod');
    return pct === null ? null : pct - 100;
  }
  if (r.selector === 'trendPrev') {
    const prev = field('prev');
    const value = field('value');
    return prev === null || value === null || prev === 0 ? null : ((value - prev) / Math.abs(prev)) * 100;
  }
  return field(r.selector === 'statement' ? 'value' : r.selector);
}

/**
 * What a reference prints: "1.680 ha", "84%", "tăng 12,5%", or the office's words for a figure that cannot be computed;
 * a figure through the shared formatting layer (printFigure), marked with what it is.
 */
export function renderReference(r: ResolvedReference, f: Figure, style: FigureStyle): string {
  const v = referenceValue(r, f);
  if (v === null) return r.selector === 'plan' || r.selector === 'pctPlan' ? style.placeholders.noPlan : style.placeholders.noData;
  // a statement's number is the figure's value (its size), worded
  return printFigure(f, r.selector === 'statement' ? 'value' : r.selector, referenceText(r, f, v, style));
}

function referenceText(r: ResolvedReference, f: Figure, v: number, style: FigureStyle): string {
  if (r.selector === 'statement') return statedChange(f, v, style);
  const kind = kindOf(r.selector);
  const digits = r.digits ?? PERCENT_DIGITS;
  if (kind === 'trend') {
    const rounded = roundTo(v, digits);
    const words = style.comparison;
    return rounded > 0
      ? `${words.increase} ${formatPercent(v, digits)}`
      : rounded < 0
        ? `${words.decrease} ${formatPercent(-v, digits)}`
        : words.unchanged;
  }
  if (kind === 'percent') return r.format === 'num' ? formatNumber(roundTo(v, digits), { decimals: digits }) : formatPercent(v, digits);
  if (r.format === 'words') return numberInWords(v);
  const text = figureNumber(f, v, style, r.digits);
  return r.format === 'num' ? text : withUnit(f, text);
}
