/** How a figure is written in the report's sentences, for the template helpers and the references in narrative text alike. Pure. */
import { formatFigure, formatNumber, roundTo } from './format.js';
import type { FigureView, PlanView, ReportStyle } from './model.js';
import { mark } from './spans.js';

export type Figure = FigureView | PlanView;
/** The office's way of writing figures (schemas/office.yaml): small numbers padded or not, words for what is missing and for a change. */
export type FigureStyle = Pick<ReportStyle, 'padSmallNumbers' | 'placeholders' | 'comparison'>;

/** The figure's value as the report writes it: its declared precision, or rounded to `digits` when a text asks. */
export const figureNumber = (f: Figure, v: number, style: FigureStyle, digits?: number): string =>
  digits === undefined
    ? formatFigure(f, v, style.padSmallNumbers)
    : formatNumber(roundTo(v, digits), { decimals: digits, pad: style.padSmallNumbers });

/** A number followed by the figure's unit: "1.680 ha", "90%". */
export const withUnit = (f: Figure, text: string): string => (f.unit === '%' ? `${text}%` : `${text} ${f.unit}`);

/** What a figure's printed text is: one of its fields, a computation from them, or its unit or label (its definition's). */
export type FigurePart =
  | 'value'
  | 'ytd'
  | 'plan'
  | 'samePeriod'
  | 'prev'
  | 'change'
  | 'pctPlan'
  | 'pctSamePeriod'
  | 'trendSamePeriod'
  | 'trendPrev'
  | 'unit'
  | 'label';

/**
 * The one way a figure's text reaches the report, from a template helper, a reference in a narrative text or the
 * appendix: marked with the figure and the part printed (spans.ts), which the sources map explains.
 */
export const printFigure = (f: Figure, part: FigurePart, text: string): string =>
  mark(text, 'ytd' in f ? { f: f.id, s: part } : { f: f.id, s: part, plan: true });

/**
 * A stated change as the report words it (official-format §10): "giảm 15,31% so với cùng kỳ năm trước", or against
 * first, "so với cùng kỳ năm trước giảm 15,31%"; "không đổi" at zero. The direction is the definition's when its label
 * names it, else the sign's; the words are the office's (comparison in schemas/office.yaml).
 */
export function statedChange(f: Figure, v: number, style: FigureStyle, againstFirst = false): string {
  const stated = 'stated' in f ? f.stated : undefined;
  const words = style.comparison;
  const size = Math.abs(v);
  const text = figureNumber(f, size, style);
  const direction = stated?.direction ?? (v < 0 ? 'decrease' : 'increase');
  // zero as the report would write it: a change rounded away to 0,00 is no change
  const change = roundTo(size, f.decimals) === 0 ? words.unchanged : `${words[direction]} ${withUnit(f, text)}`;
  const against = stated?.against ?? '';
  if (against === '') return change;
  return againstFirst ? `${against} ${change}` : `${change} ${against}`;
}
