/**
 * Markdown writer: the block tree → Markdown text, and where each span of the tree lands in it (block and offsets), for
 * the sources map. Pure; the wording comes only from the tree.
 */
import { headingLine, itemParagraphs, type Block, type ReportDocument, type Table, type TableCell } from './document.js';
import { shift, type Span, type SpanRecord } from './spans.js';

/** Escape inline markup (emphasis, code, links, HTML, table pipes, entities), so a text comes out as the same text. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/**
 * Escape a paragraph: inline markup, and a start Markdown would read as a heading, list or rule ("# ", "- ", "---",
 * "1. "). A leading #, -, + or = is escaped whatever follows: "---" and "- - -" are rules, not text.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .replace(/^[#\-+=]/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A piece of a Markdown block: its text and the spans in it. */
interface Piece {
  readonly text: string;
  readonly spans: readonly Span[];
}
const raw = (text: string): Piece => ({ text, spans: [] });

/**
 * A text escaped by `escapeText`, its spans moved with its characters: escaping only inserts backslashes, so the escaped
 * text is walked along the original.
 */
function escaped(text: string, spans: readonly Span[] | undefined, escapeText: (s: string) => string): Piece {
  const out = escapeText(text);
  if (!spans || spans.length === 0) return { text: out, spans: [] };
  // nothing escaped (most texts): the spans stand where they stood
  if (out === text) return { text, spans };
  const at: number[] = [];
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    while (out[j] !== text[i]) j++;
    at.push(j++);
  }
  at.push(out.length);
  return { text: out, spans: spans.map((s) => ({ ...s, start: at[s.start]!, end: s.end === text.length ? out.length : at[s.end]! })) };
}

/** Pieces joined with `separator`, their spans moved to their place. */
function join(pieces: readonly Piece[], separator = ''): Piece {
  let text = '';
  const spans: Span[] = [];
  pieces.forEach((p, i) => {
    if (i > 0) text += separator;
    for (const s of text.length === 0 ? p.spans : shift(p.spans, text.length)) spans.push(s);
    text += p.text;
  });
  return { text, spans };
}

const cell = (text: string, spans?: readonly Span[]) => escaped(text, spans, escapeInline);
const bold = (text: string, spans?: readonly Span[]): Piece => (text === '' ? raw('') : join([raw('**'), cell(text, spans), raw('**')]));

function table(t: Table): Piece {
  const [head, ...moreHead] = t.head;
  const width = Math.max(...[...t.head, ...t.rows].map((r) => r.length));
  const row = (cells: readonly TableCell[], forceBold = false) =>
    join([
      raw('| '),
      join(
        Array.from({ length: width }, (_, i) => {
          const c = cells[i];
          if (!c || c.text === '') return raw('');
          return c.bold || forceBold ? bold(c.text, c.spans) : cell(c.text, c.spans);
        }),
        ' | ',
      ),
      raw(' |'),
    ]);
  const align = Array.from({ length: width }, (_, i) => {
    const a = t.rows.find((r) => r[i]?.text)?.[i]?.align;
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  return join([row(head ?? []), raw(`| ${align.join(' | ')} |`), ...moreHead.map((r) => row(r, true)), ...t.rows.map((r) => row(r))], '\n');
}

function blocks(list: readonly Block[], out: Piece[]): void {
  for (const b of list) {
    if (b.kind === 'paragraph') out.push(escaped(b.text, b.spans, escapeMarkdown));
    else if (b.kind === 'table') out.push(table(b));
    else if (b.kind === 'item') blocks(itemParagraphs(b), out);
    else {
      const heading = headingLine(b);
      out.push(join([raw(`${'#'.repeat(Math.min(b.level, 6))} `), escaped(heading.text, heading.spans, escapeInline)]));
      if ((b.kind === 'part' || b.kind === 'appendix') && b.title) out.push(bold(b.title, b.titleSpans));
      blocks(b.children, out);
    }
  }
}

/** Where a span of the tree is in the Markdown: its block (as separated by blank lines, from 0) and offsets in it. */
export interface MarkdownSpan {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  /** Offset of the start in the whole Markdown. */
  readonly at: number;
  readonly record: SpanRecord;
}

/** The whole report with its spans: header table, title, body, signature table. */
export function writeMarkdownMapped(doc: ReportDocument): { readonly text: string; readonly spans: readonly MarkdownSpan[] } {
  const out: Piece[] = [];
  // a field's lines, each escaped by `each` (which may wrap it in markup)
  const lines = (name: string, each: (text: string, spans?: readonly Span[]) => Piece = cell): Piece[] =>
    (doc.fields[name] ?? []).map((l, i) => each(l, doc.fieldSpans?.[name]?.[i]));
  const wrapped = (markup: string) => (text: string, spans?: readonly Span[]) => join([raw(markup), cell(text, spans), raw(markup)]);
  const agency = join([...lines('parentAgency'), ...lines('agency', wrapped('**'))], '<br>');
  const nation = join([...lines('nation', wrapped('**')), ...lines('motto', wrapped('**'))], '<br>');
  out.push(
    join([
      raw('| '),
      agency,
      raw(' | '),
      nation,
      raw(' |\n| :---: | :---: |\n| '),
      join(lines('number'), '<br>'),
      raw(' | '),
      join(lines('placeDate', wrapped('*')), '<br>'),
      raw(' |'),
    ]),
  );
  for (const l of lines('docType', bold)) out.push(l);
  for (const l of lines('summary', bold)) out.push(l);
  for (const l of lines('preamble', (text, spans) => escaped(text, spans, escapeMarkdown))) out.push(l);
  blocks(
    doc.body.filter((s) => s.kind !== 'appendix'),
    out,
  );
  const recipients = join(
    [join([raw('***'), cell((doc.fields['recipientsTitle'] ?? []).join(' ')), raw('***')]), ...lines('recipients')],
    '<br>',
  );
  const signature = join([...lines('authority', wrapped('**')), raw(''), raw(''), raw(''), ...lines('signer', wrapped('**'))], '<br>');
  out.push(join([raw('| '), recipients, raw(' | '), signature, raw(' |\n| :--- | :---: |')]));
  blocks(
    doc.body.filter((s) => s.kind === 'appendix'),
    out,
  );
  let at = 0;
  const spans: MarkdownSpan[] = [];
  out.forEach((p, block) => {
    for (const s of p.spans) spans.push({ block, start: s.start, end: s.end, at: at + s.start, record: s.record });
    at += p.text.length + 2;
  });
  return { text: `${out.map((p) => p.text).join('\n\n')}\n`, spans };
}

/** The whole report: header table, title, body, signature table. Ends with a newline. */
export const writeMarkdown = (doc: ReportDocument): string => writeMarkdownMapped(doc).text;
