/**
 * The rendered document: one block tree that both the Markdown writer and the DOCX builder walk,
 * so the two formats carry one wording. Templates emit structure markers; this module turns the
 * rendered text into the tree and numbers it in the official scheme. Pure.
 */
import type { ParamsOf } from './error-catalog.js';
import { ReportError } from './errors.js';
import type { NumberingStyle } from './definitions.js';
import { letter, roman } from './format.js';
import type { ReportStyle } from './model.js';
import { shift, spansIn, unmark, type Span, type SpannedText } from './spans.js';

/** Where each piece of a text comes from (spans.ts); absent when nothing in it was marked. */
interface Spanned {
  readonly spans?: readonly Span[];
}
interface Paragraph extends Spanned {
  readonly kind: 'paragraph';
  readonly text: string;
}
export interface TableCell extends Spanned {
  readonly text: string;
  readonly align?: 'left' | 'right' | 'center';
  readonly bold?: boolean;
}
export interface Table {
  readonly kind: 'table';
  /** Header rows (repeated on every page in the DOCX). */
  readonly head: readonly (readonly TableCell[])[];
  readonly rows: readonly (readonly TableCell[])[];
}
export type SectionKind = 'part' | 'section' | 'label' | 'item' | 'appendix';
export interface Section {
  readonly kind: SectionKind;
  readonly title: string;
  readonly titleSpans?: readonly Span[];
  /** Where the template opens the section (its offset and file), which its number is printed for. */
  readonly at?: { readonly t: number; readonly file?: string };
  /** Literal number as printed: the office's part and appendix names ("Phần thứ nhất", "Phụ lục"), "I.", "1.1.", "a)", "-", "(1)". */
  number: string;
  /** Outline level: 1 for parts, then one per nesting; labels and items sit one below their parent. */
  level: number;
  readonly children: Block[];
}
export type Block = Paragraph | Table | Section;

export interface ReportDocument {
  /** Header and closing texts (agency, number, date line, title, signature, recipients), each a list of lines. */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /** The spans of each field's lines, by field and line. */
  readonly fieldSpans?: Readonly<Record<string, readonly (readonly Span[])[]>>;
  readonly body: readonly Section[];
}

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Marker a block helper emits before its content; `at`: where its template opens it. */
export const openMarker = (kind: SectionKind | 'field' | 'table', title = '', at?: Section['at']): string =>
  `${OPEN}${JSON.stringify(at ? [kind, title, at] : [kind, title])}${CLOSE}`;
export const closeMarker = (): string => `${OPEN}/${CLOSE}`;

/** Marker for a table produced by code: its cells travel as JSON inside the one marker. */
export const tableMarker = (table: Omit<Table, 'kind'>): string => openMarker('table', JSON.stringify(table));

/**
 * Text from the data made safe for the tree: no markers, no line breaks (a value is one paragraph or clause),
 * and control characters that XML cannot carry shown as their visible symbols.
 */
export function literalText(value: string): string {
  return value
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/\u007f/g, '\u2421')
    .replace(/[\ufffe\uffff]/g, '\ufffd');
}

interface Open {
  kind: SectionKind | 'field' | 'root';
  title: SpannedText;
  at?: Section['at'];
  children: Block[];
  lines: string[];
  lineSpans: Span[][];
}

/** A text's spans as a block carries them: none when empty. */
const spanned = (spans: readonly Span[]): Spanned => (spans.length > 0 ? { spans } : {});
/** A table cell's text without its markers, with their spans. */
function cellOf(cell: TableCell): TableCell {
  const { text, spans } = unmark(cell.text);
  return { ...cell, text, ...spanned(spans) };
}

const structure = (params: ParamsOf<'RENDER_TEMPLATE_STRUCTURE'>) => new ReportError({ code: 'RENDER_TEMPLATE_STRUCTURE', params });

/** Parse the text rendered by the templates into the block tree (unnumbered). Throws on unbalanced markers (a template bug). */
export function parseRendered(marked: string): {
  fields: Record<string, string[]>;
  fieldSpans: Record<string, Span[][]>;
  sections: Section[];
} {
  // the span markers out first: each paragraph then takes the spans of its characters
  const { text: rendered, spans } = unmark(marked);
  const fields: Record<string, string[]> = {};
  const fieldSpans: Record<string, Span[][]> = {};
  const root: Open = { kind: 'root', title: { text: '', spans: [] }, children: [], lines: [], lineSpans: [] };
  const stack: Open[] = [root];
  const top = () => stack[stack.length - 1]!;
  const flush = (from: number, to: number) => {
    const node = top();
    let at = from;
    for (const raw of rendered.slice(from, to).split('\n')) {
      const line = raw.trim();
      const start = at + raw.length - raw.trimStart().length;
      at += raw.length + 1;
      if (line === '') continue;
      const lineSpans = spansIn(spans, start, start + line.length);
      if (node.kind === 'field') {
        node.lines.push(line);
        node.lineSpans.push(lineSpans);
      } else node.children.push({ kind: 'paragraph', text: line, ...spanned(lineSpans) });
    }
  };
  let i = 0;
  while (i < rendered.length) {
    const start = rendered.indexOf(OPEN, i);
    flush(i, start === -1 ? rendered.length : start);
    if (start === -1) break;
    const end = rendered.indexOf(CLOSE, start);
    if (end === -1) throw structure({ problem: 'unterminated' });
    const body = rendered.slice(start + 1, end);
    i = end + 1;
    if (body === '/') {
      const done = stack.pop();
      if (!done || done.kind === 'root') throw structure({ problem: 'unbalanced' });
      if (done.kind === 'field') {
        fields[done.title.text] = done.lines;
        if (done.lineSpans.some((l) => l.length > 0)) fieldSpans[done.title.text] = done.lineSpans;
      } else {
        const { text: title, spans: titleSpans } = done.title;
        const extra = { ...(titleSpans.length > 0 ? { titleSpans } : {}), ...(done.at ? { at: done.at } : {}) };
        top().children.push({ kind: done.kind, title, ...extra, number: '', level: 0, children: done.children });
      }
      continue;
    }
    const [kind, title, at] = JSON.parse(body) as [SectionKind | 'field' | 'table', string, Section['at']];
    // a table is complete in its marker: no content, no closing marker
    if (kind === 'table') {
      const table = JSON.parse(title) as Omit<Table, 'kind'>;
      top().children.push({ kind: 'table', head: table.head.map((r) => r.map(cellOf)), rows: table.rows.map((r) => r.map(cellOf)) });
    } else stack.push({ kind, title: unmark(title), ...(at ? { at } : {}), children: [], lines: [], lineSpans: [] });
  }
  if (stack.length !== 1) throw structure({ problem: 'unclosed', title: top().title.text });
  const sections = root.children.filter((b): b is Section => b.kind !== 'paragraph' && b.kind !== 'table');
  if (sections.length !== root.children.length) throw structure({ problem: 'outside' });
  return { fields, fieldSpans, sections };
}

/**
 * Number the tree: the office's part names (Phần thứ nhất…), then its levels (I. → 1. → 1.1. → a)), "- Label:", items
 * (1), (2)… counted per part; appendices by the office's name, with a roman number when there are several. Sections
 * left out by the templates simply do not take a number. A part beyond the office's names is RENDER_PART_UNNAMED.
 */
export function numberSections(parts: Section[], style: Pick<ReportStyle, 'numbering' | 'partNames' | 'appendixName'>): void {
  const levels = style.numbering;
  let partNo = 0;
  let appendixNo = 0;
  const appendices = parts.filter((p) => p.kind === 'appendix').length;
  for (const part of parts) {
    if (part.kind === 'appendix') {
      appendixNo++;
      part.number = appendices > 1 ? `${style.appendixName} ${roman(appendixNo)}` : style.appendixName;
      part.level = 1;
      continue;
    }
    const name = style.partNames[partNo++];
    if (name === undefined)
      throw new ReportError({ code: 'RENDER_PART_UNNAMED', params: { part: partNo, title: part.title, names: style.partNames.length } });
    part.number = name;
    part.level = 1;
    const items = { n: 0 };
    numberChildren(part, 1, '', items, levels);
  }
}

/** A heading's number in a style, and the prefix a nested level below it builds on ("1.1" under "1."). */
function numberIn(style: NumberingStyle, n: number, prefix: string): { number: string; own: string } {
  switch (style) {
    case 'roman':
      return { number: `${roman(n)}.`, own: '' };
    case 'decimal':
      return { number: `${n}.`, own: String(n) };
    case 'nested':
      return { number: `${prefix}.${n}.`, own: `${prefix}.${n}` };
    case 'letter':
      return { number: `${letter(n)})`, own: '' };
    case 'letter-dot':
      return { number: `${letter(n)}.`, own: '' };
  }
}

function numberChildren(parent: Section, depth: number, prefix: string, items: { n: number }, levels: readonly NumberingStyle[]): void {
  let n = 0;
  for (const child of parent.children) {
    if (child.kind === 'paragraph' || child.kind === 'table') continue;
    if (child.kind === 'label') {
      child.number = '-';
      child.level = parent.level + 1;
      numberChildren(child, depth, prefix, items, levels);
      continue;
    }
    if (child.kind === 'item') {
      child.number = `(${++items.n})`;
      child.level = parent.level + 1;
      continue;
    }
    n++;
    child.level = depth + 1;
    const { number, own } = numberIn(levels[Math.min(depth, levels.length) - 1]!, n, prefix);
    child.number = number;
    numberChildren(child, depth + 1, own, items, levels);
  }
}

/**
 * End the body with "./." (NĐ 30/2020: the mark closing a document's content), on the last paragraph of the last part;
 * done here rather than in a template so it follows whichever section comes last. Appendices come after the signature.
 */
export function markBodyEnd(parts: readonly Section[]): void {
  let section = parts.filter((p) => p.kind !== 'appendix').at(-1);
  while (section) {
    const children = section.children;
    const last = children.at(-1);
    if (last?.kind === 'paragraph') {
      const text = last.text.replace(/\.$/, '');
      children[children.length - 1] = { kind: 'paragraph', text: `${text}./.`, ...spanned(spansIn(last.spans ?? [], 0, text.length)) };
      return;
    }
    // a body ending on a table keeps no mark: there is no sentence to close
    section = last?.kind === 'table' ? undefined : last;
  }
}

/** The heading line of a section as both formats print it. */
export function headingText(s: Section): string {
  return headingLine(s).text;
}

/** A section's number as a span: the tool numbers sections, where the template opens them. */
const numberSpan = (s: Section, n: 'heading' | 'item'): Span => ({
  start: 0,
  end: s.number.length,
  record: s.at ? { n, t: s.at.t, file: s.at.file } : { n },
});

/** The heading line of a section with the spans of its number and title. */
export function headingLine(s: Section): SpannedText {
  const title = s.titleSpans ?? [];
  if (s.kind === 'label') return { text: `- ${s.title}:`, spans: shift(title, 2) };
  if (s.kind === 'item') return { text: s.number, spans: [numberSpan(s, 'item')] };
  if (s.kind === 'part' || s.kind === 'appendix') return { text: s.number, spans: [numberSpan(s, 'heading')] };
  return { text: `${s.number} ${s.title}`, spans: [numberSpan(s, 'heading'), ...shift(title, s.number.length + 1)] };
}

/** The paragraphs of a section as printed: an item's number opens its first paragraph. */
export function itemParagraphs(s: Section): Block[] {
  const [first, ...rest] = s.children;
  if (first?.kind !== 'paragraph') return [...s.children];
  const spans = first.spans || s.at ? { spans: [numberSpan(s, 'item'), ...shift(first.spans ?? [], s.number.length + 1)] } : {};
  return [{ kind: 'paragraph', text: `${s.number} ${first.text}`, ...spans }, ...rest];
}
