/**
 * Where each piece of printed text comes from, carried inside the text itself: whatever prints a figure, a data text, a
 * template's words or a value wraps it in span markers holding a provenance record, and the block tree takes the
 * markers out again (`unmark`), keeping for each piece its offsets in the clean text. The markers are control
 * characters that `literalText` turns visible, so data can never forge one. What the records mean, and where they point
 * in files, is for sources-map.ts. Pure.
 */

const OPEN = '\u0003';
const BODY = '\u0004';
const CLOSE = '\u0005';

/**
 * What printed a piece of text. Offsets (`t` into a template file, `o` into a data text) are those of the piece's first
 * character: a piece cut in two keeps both halves pointing at their own characters.
 */
export type SpanRecord =
  /** A figure as the shared formatting layer printed it: indicator `f` (a plan target with `plan`), its part `s`. */
  | { readonly f: string; readonly s: string; readonly plan?: true }
  /** A template's own words, from offset `t` of template `file`. */
  | { readonly t: number; readonly file?: string }
  /** A value a template prints ({{period.mm}}, {{text district.dia_danh}}): its path `v` and the expression at `t`. */
  | { readonly v: string; readonly t: number; readonly file?: string }
  /** A date of the report (`v`, printed `x`) that a data text names at character `o` of the value at `path` of file `d`. */
  | {
      readonly v: string;
      readonly x: string;
      readonly ref: { readonly d: string; readonly path: readonly (string | number)[]; readonly o: number };
    }
  /** A helper's computation (a date, a document number, an anniversary) called at `t`, from `args`. */
  | { readonly h: string; readonly t: number; readonly file?: string; readonly args?: readonly unknown[] }
  /** A text from data file `d`, at `path`, from character `o` of the value. */
  | { readonly d: string; readonly path: readonly (string | number)[]; readonly o: number }
  /** A number the tool itself gives: a heading's, an item's, a table row's or column's (`n` says which). */
  | { readonly n: 'heading' | 'item' | 'row' | 'column'; readonly t?: number; readonly file?: string }
  /** The template a partial's output comes from (never a span of its own: it names the file of the `t` records inside). */
  | { readonly scope: string };

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly record: SpanRecord;
}

/** Text with the spans of its pieces (offsets into `text`). */
export interface SpannedText {
  readonly text: string;
  readonly spans: readonly Span[];
}

/** `text` marked as printed by `record`; empty text stays empty. */
export const mark = (text: string, record: SpanRecord): string =>
  text === '' ? '' : `${OPEN}${JSON.stringify(record)}${BODY}${text}${CLOSE}`;

/** Whether a text holds span markers (a text already marked, which must not be made literal again). */
export const isMarked = (text: string): boolean => text.includes(OPEN);

/** The record shifted `by` characters into its piece. */
function advance(record: SpanRecord, by: number): SpanRecord {
  if (by === 0) return record;
  if ('o' in record) return { ...record, o: record.o + by };
  if ('t' in record && !('v' in record) && !('h' in record) && !('n' in record)) return { ...record, t: record.t + by };
  return record;
}

interface OpenSpan {
  readonly record: SpanRecord;
  /** Characters printed while this span was the innermost. */
  own: number;
}

/**
 * The text without markers, and its pieces as flat spans: a character belongs to the innermost span around it. Scope
 * records make no span; they give their file to the template records inside them that lack one.
 */
export function unmark(marked: string): SpannedText {
  if (!marked.includes(OPEN)) return { text: marked, spans: [] };
  const stack: OpenSpan[] = [];
  const spans: Span[] = [];
  let text = '';
  let segmentStart = 0;
  const close = () => {
    const top = stack[stack.length - 1];
    if (top && text.length > segmentStart && !('scope' in top.record)) {
      let record = advance(top.record, top.own - (text.length - segmentStart));
      if ('t' in record && record.file === undefined) {
        const scope = [...stack].reverse().find((s) => 'scope' in s.record)?.record as { scope: string } | undefined;
        if (scope) record = { ...record, file: scope.scope };
      }
      spans.push({ start: segmentStart, end: text.length, record });
    }
    segmentStart = text.length;
  };
  let i = 0;
  while (i < marked.length) {
    const next = marked.slice(i).search(/[\u0003\u0005]/);
    const end = next === -1 ? marked.length : i + next;
    text += marked.slice(i, end);
    if (stack.length > 0) stack[stack.length - 1]!.own += end - i;
    if (next === -1) break;
    close();
    if (marked[end] === OPEN) {
      const body = marked.indexOf(BODY, end);
      stack.push({ record: JSON.parse(marked.slice(end + 1, body)) as SpanRecord, own: 0 });
      i = body + 1;
    } else {
      stack.pop();
      i = end + 1;
    }
  }
  return { text, spans };
}

/** The spans inside [from, to) of a text, clipped and shifted to start at `from`, then at `at`. */
export function spansIn(spans: readonly Span[], from: number, to: number, at = 0): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    const start = Math.max(s.start, from);
    out.push({ start: start - from + at, end: Math.min(s.end, to) - from + at, record: advance(s.record, start - s.start) });
  }
  return out;
}

/** Spans moved `by` characters. */
export const shift = (spans: readonly Span[], by: number): Span[] => spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));

/** The text without its markers. */
export const plain = (marked: string): string => unmark(marked).text;
