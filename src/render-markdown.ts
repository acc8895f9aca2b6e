/** Markdown writer: the block tree → Markdown text. Pure; the wording comes only from the tree. */
import { headingText, itemParagraphs, type Block, type ReportDocument, type Table } from './document.js';

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

const cell = (text: string) => escapeInline(text);
const bold = (text: string) => (text === '' ? '' : `**${escapeInline(text)}**`);
const lines = (doc: ReportDocument, name: string) => doc.fields[name] ?? [];

function table(t: Table): string {
  const [head, ...moreHead] = t.head;
  const width = Math.max(...[...t.head, ...t.rows].map((r) => r.length));
  const row = (cells: readonly { text: string; bold?: boolean }[], forceBold = false) =>
    `| ${Array.from({ length: width }, (_, i) => {
      const c = cells[i];
      if (!c || c.text === '') return '';
      return c.bold || forceBold ? `**${cell(c.text)}**` : cell(c.text);
    }).join(' | ')} |`;
  const align = Array.from({ length: width }, (_, i) => {
    const a = t.rows.find((r) => r[i]?.text)?.[i]?.align;
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  return [row(head ?? []), `| ${align.join(' | ')} |`, ...moreHead.map((r) => row(r, true)), ...t.rows.map((r) => row(r))].join('\n');
}

function blocks(list: readonly Block[], out: string[]): void {
  for (const b of list) {
    if (b.kind === 'paragraph') out.push(escapeMarkdown(b.text));
    else if (b.kind === 'table') out.push(table(b));
    else if (b.kind === 'item') blocks(itemParagraphs(b), out);
    else {
      out.push(`${'#'.repeat(Math.min(b.level, 6))} ${escapeInline(headingText(b))}`);
      if ((b.kind === 'part' || b.kind === 'appendix') && b.title) out.push(bold(b.title));
      blocks(b.children, out);
    }
  }
}

/** The whole report: header table, title, body, signature table. Ends with a newline. */
export function writeMarkdown(doc: ReportDocument): string {
  const out: string[] = [];
  const agency = [...lines(doc, 'parentAgency').map(cell), ...lines(doc, 'agency').map((l) => `**${cell(l)}**`)].join('<br>');
  const nation = [...lines(doc, 'nation'), ...lines(doc, 'motto')].map((l) => `**${cell(l)}**`).join('<br>');
  out.push(
    `| ${agency} | ${nation} |\n| :---: | :---: |\n| ${lines(doc, 'number').map(cell).join('<br>')} | ${lines(doc, 'placeDate')
      .map((l) => `*${cell(l)}*`)
      .join('<br>')} |`,
  );
  for (const l of lines(doc, 'docType')) out.push(bold(l));
  for (const l of lines(doc, 'summary')) out.push(bold(l));
  for (const l of lines(doc, 'preamble')) out.push(escapeMarkdown(l));
  blocks(
    doc.body.filter((s) => s.kind !== 'appendix'),
    out,
  );
  const recipients = [`***${cell(lines(doc, 'recipientsTitle').join(' '))}***`, ...lines(doc, 'recipients').map(cell)].join('<br>');
  const signature = [
    ...lines(doc, 'authority').map((l) => `**${cell(l)}**`),
    '',
    '',
    '',
    ...lines(doc, 'signer').map((l) => `**${cell(l)}**`),
  ].join('<br>');
  out.push(`| ${recipients} | ${signature} |\n| :--- | :---: |`);
  blocks(
    doc.body.filter((s) => s.kind === 'appendix'),
    out,
  );
  return `${out.join('\n\n')}\n`;
}
