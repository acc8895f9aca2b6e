/** Reading a DOCX back in tests: its XML parts, its paragraph texts, a readable XML, and the Markdown's plain text. */
import { strFromU8, unzipSync } from 'fflate';

/** The text parts of a DOCX archive by path. */
export function docxParts(docx: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(docx)).map(([name, data]) => [name, strFromU8(data)]));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1))) : (ENTITIES[e] ?? m),
  );

/** The text of every paragraph of a WordprocessingML part, in document order (table cells included). */
export function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    let text = '';
    for (const r of (m[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g))
      text += r[0].startsWith('<w:tab') ? '\t' : r[0].startsWith('<w:br') ? '\n' : unescapeXml(r[1]!);
    out.push(text);
  }
  return out;
}

/**
 * A minimal well-formedness check (balanced tags, quoted attributes, escaped text, no character XML forbids);
 * returns the problem or null. Enough to catch raw text leaking into markup.
 */
export function xmlProblem(xml: string): string | null {
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.exec(xml);
  if (bad) return `forbidden character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad.index}`;
  const stack: string[] = [];
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? undefined : lt);
    if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text) || text.includes('>'))
      return `unescaped text near ${i}: ${text.slice(0, 40)}`;
    if (lt === -1) break;
    const tag = /^<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/.exec(xml.slice(lt));
    if (!tag) return `malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`;
    const [whole, close, name, , self] = tag;
    if (close) {
      if (stack.pop() !== name) return `unbalanced </${name}> at ${lt}`;
    } else if (!self) stack.push(name!);
    i = lt + whole.length;
  }
  return stack.length ? `unclosed <${stack.at(-1)}>` : null;
}

/** Indent an XML part one element per line (text stays on its element's line) so a golden diff is readable. */
export function prettyXml(xml: string): string {
  const tokens = xml.replace(/^<\?xml[^>]*\?>/, '').match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (t.startsWith('</')) {
      depth--;
      lines.push(`${'  '.repeat(depth)}${t}`);
    } else if (t.startsWith('<') && t.endsWith('/>')) lines.push(`${pad}${t}`);
    else if (t.startsWith('<') && tokens[i + 2]?.startsWith('</') && !tokens[i + 1]!.startsWith('<')) {
      lines.push(`${pad}${t}${tokens[i + 1]}${tokens[i + 2]}`);
      i += 2;
    } else if (t.startsWith('<')) {
      lines.push(`${pad}${t}`);
      depth++;
    } else lines.push(`${pad}${t}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown inline text → plain: backslash escapes resolved, emphasis markers dropped (the writer escapes every literal "*"). */
function plainInline(md: string): string {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    const c = md[i]!;
    if (c === '\\' && i + 1 < md.length) out += md[++i];
    else if (c !== '*') out += c;
  }
  return out;
}

/** Split a table row on its unescaped pipes. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && i + 1 < row.length) cur += row[i]! + row[++i]!;
    else if (row[i] === '|') {
      out.push(cur);
      cur = '';
    } else cur += row[i];
  }
  out.push(cur);
  return out.slice(1, -1).map((c) => c.trim());
}

/**
 * The paragraphs of the Markdown the tool writes, as plain text, in order: headings without "#", emphasis dropped,
 * escapes resolved; table rows cell by cell and each "<br>" line of a cell as its own paragraph; empty ones left out.
 */
export function markdownParagraphs(md: string): string[] {
  const out: string[] = [];
  for (const block of md.split(/\n{2,}/)) {
    if (block.startsWith('|')) {
      for (const row of block.split('\n')) {
        if (/^\|(\s*:?-{3,}:?\s*\|)+$/.test(row)) continue;
        for (const cell of cells(row)) for (const l of cell.split('<br>')) out.push(plainInline(l));
      }
    } else out.push(plainInline(block.replace(/^#{1,6} /, '')));
  }
  return out.map((p) => p.trim()).filter((p) => p !== '');
}
