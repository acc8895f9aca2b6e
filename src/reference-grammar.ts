/**
 * The grammar of figure references inside narrative text: a small language of the project's own, never Handlebars,
 * so a text can only print itself and the figures it names. Pure.
 *
 *   text      = { literal | "{{" | "}}" | reference }     "{{" prints "{", "}}" prints "}"
 *   reference = "{" name { "." name } "}"                 the first name is a figure, the others modifiers
 *   name      = one or more letters, digits or "_"         (no space, no line break)
 *
 * A lone "}" or a "{" that does not open a well-formed reference is a problem, located in the text; the parse goes on
 * after it (the broken reference counts as literal), so every problem of a text is found at once, each once.
 */

interface Literal {
  readonly kind: 'literal';
  /** The text as printed: escapes already collapsed. */
  readonly text: string;
  /** Offset of the first character in the source string (UTF-16 units). */
  readonly start: number;
}

export interface Reference {
  readonly kind: 'reference';
  /** The figure named: "lua_dong_xuan_lam_dat". */
  readonly id: string;
  /** The modifiers in order: ["pctPlan", "0"]. */
  readonly modifiers: readonly string[];
  /** Offsets of "{" and just after "}" in the source string. */
  readonly start: number;
  readonly end: number;
}

export type Segment = Literal | Reference;

type GrammarReason =
  /** "}" with no reference open: "}}" prints a brace. */
  | 'stray-close'
  /** "{" without a "}" on the same line. */
  | 'unclosed'
  /** "{}" or a name left empty by a dot: "{x.}", "{.x}". */
  | 'empty-name'
  /** A space or a sign that no name holds: "{a b}", "{1, 2}". */
  | 'bad-character';

interface GrammarProblem {
  readonly reason: GrammarReason;
  readonly start: number;
  readonly end: number;
  /** The text between the braces (or from "{" to where the reference stopped). */
  readonly source: string;
}

export interface ParsedText {
  readonly segments: readonly Segment[];
  readonly problems: readonly GrammarProblem[];
}

const NAME = /^[\p{L}\p{N}_]+$/u;
const BRACE = /[{}]/g;

/** Split a narrative text into literal runs and references; grammar problems are collected, never thrown. */
export function parseNarrative(text: string): ParsedText {
  // most texts hold no brace at all: one literal, without walking them character by character
  if (!/[{}]/.test(text)) return { segments: text === '' ? [] : [{ kind: 'literal', text, start: 0 }], problems: [] };
  const segments: Segment[] = [];
  const problems: GrammarProblem[] = [];
  let literal = '';
  let literalStart = 0;
  const flush = (next: number) => {
    if (literal !== '') segments.push({ kind: 'literal', text: literal, start: literalStart });
    literal = '';
    literalStart = next;
  };
  let i = 0;
  while (i < text.length) {
    // the literal run up to the next brace, in one piece
    BRACE.lastIndex = i;
    const brace = BRACE.exec(text)?.index ?? text.length;
    if (brace > i) {
      if (literal === '') literalStart = i;
      literal += text.slice(i, brace);
      i = brace;
      continue;
    }
    const c = text[i]!;
    if (text[i + 1] === c) {
      if (literal === '') literalStart = i;
      literal += c;
      i += 2;
    } else if (c === '}') {
      problems.push({ reason: 'stray-close', start: i, end: i + 1, source: '}' });
      if (literal === '') literalStart = i;
      literal += c;
      i++;
    } else {
      const reference = readReference(text, i);
      if ('problem' in reference) {
        problems.push(reference.problem);
        if (literal === '') literalStart = i;
        // a malformed reference stays text as a whole, so its "}" is not reported a second time
        const end = reference.problem.reason === 'unclosed' ? i + 1 : reference.problem.end;
        literal += text.slice(i, end);
        i = end;
      } else {
        flush(reference.end);
        segments.push(reference);
        i = reference.end;
      }
    }
  }
  flush(i);
  return { segments, problems };
}

function readReference(text: string, start: number): Reference | { problem: GrammarProblem } {
  let end = start + 1;
  while (end < text.length && text[end] !== '}' && text[end] !== '{' && text[end] !== '\n') end++;
  const source = text.slice(start + 1, end);
  if (text[end] !== '}') return { problem: { reason: 'unclosed', start, end, source } };
  const names = source.split('.');
  if (names.some((n) => n === '')) return { problem: { reason: 'empty-name', start, end: end + 1, source } };
  if (!names.every((n) => NAME.test(n))) return { problem: { reason: 'bad-character', start, end: end + 1, source } };
  const [id, ...modifiers] = names as [string, ...string[]];
  return { kind: 'reference', id, modifiers, start, end: end + 1 };
}

/** The text written so that it prints as itself: every brace doubled. */
export const escapeBraces = (text: string): string => text.replace(/[{}]/g, (b) => b + b);

/** The source of a reference as written: "{id.mod}". */
export const referenceSource = (r: Pick<Reference, 'id' | 'modifiers'>): string => `{${[r.id, ...r.modifiers].join('.')}}`;
