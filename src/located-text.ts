/**
 * The texts a report prints, each with where every character of it sits in its file: the values of the data files
 * (plain, quoted and block scalars) and the words of the templates. What the proof-reader reads. Pure.
 */
import { isMap, isScalar, isSeq, Lexer, type Node } from 'yaml';
import type { SourceFile } from './yaml-source.js';

/** Stands for a span the proof-reader must not read (a template expression, a figure reference): never a letter, space or mark. */
export const MASK = '\uFFFC';

export interface LocatedText {
  readonly file: string;
  readonly dataPath: readonly (string | number)[];
  /** The text as the report prints it, with the spans that are not prose replaced by MASK (same length). */
  readonly text: string;
  /** Offset in the file of each character of `text`, and one past the last (length text.length + 1). */
  readonly offsets: readonly number[];
  /** Line (1-based) where the value starts: its key or list dash. */
  readonly firstLine: number;
  /** Texts of one list share a group: their closing punctuation is compared. */
  readonly group?: string;
}

/** A `proofread-ignore` directive: these codes (all when empty), on this line, limited to findings quoting `words` when given. */
interface Silence {
  readonly line: number;
  readonly codes: readonly string[];
  readonly words: string | null;
}

export interface TextFile {
  readonly file: string;
  /** The whole file, as read. */
  readonly content: string;
  readonly kind: 'yaml' | 'template';
  readonly texts: readonly LocatedText[];
  readonly silences: readonly Silence[];
}

/** `proofread-ignore: CODE, CODE "words"` inside a YAML or Handlebars comment. */
const DIRECTIVE = /proofread-ignore\b:?\s*([A-Z_, ]*)(?:"([^"]*)")?/;
/** Figure references inside narrative texts: {id.modifier}. */
const REFERENCE = /\{[^{}\n]*\}/g;

/** 1-based line and column of an offset. */
export function lineStarts(content: string): number[] {
  const starts = [0];
  for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Where each character of a scalar's value sits in its source: the value is walked along the source, skipping what
 * YAML removes (quotes, indentation, the block header); a folded line break matches the space it became.
 */
function alignValue(value: string, content: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    while (j < end && content[j] !== c && !(isSpace(c) && isSpace(content[j]))) j++;
    offsets.push(Math.min(j, end));
    if (j < end) j++;
  }
  offsets.push(value.length > 0 ? Math.min(offsets[value.length - 1]! + 1, end) : start);
  return offsets;
}

const mask = (text: string, pattern: RegExp) => text.replace(pattern, (m) => MASK.repeat(m.length));

/**
 * Every string value of a YAML file (keys excluded), or those at the paths `printed` accepts, as located texts; the
 * items of one list form a group.
 */
export function yamlTexts(source: SourceFile, printed: (path: readonly (string | number)[]) => boolean = () => true): TextFile {
  const { text: content, file } = source;
  const starts = lineStarts(content);
  const texts: LocatedText[] = [];
  const walk = (node: unknown, path: (string | number)[], holder: number, group?: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        walk(pair.value, [...path, String(pair.key.value)], (pair.key as Node).range?.[0] ?? 0);
      }
    } else if (isSeq(node)) {
      const id = `${file}\0${path.join('\0')}`;
      for (const [i, item] of node.items.entries()) walk(item, [...path, i], (item as Node | null)?.range?.[0] ?? holder, id);
    } else if (isScalar(node) && typeof node.value === 'string' && node.range && printed(path)) {
      let [start, end] = node.range;
      // a block scalar's range opens with its header (>-, | and a comment): the value starts on the next line
      if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') start = content.indexOf('\n', start) + 1 || end;
      const offsets = alignValue(node.value, content, start, end);
      texts.push({ file, dataPath: path, text: mask(node.value, REFERENCE), offsets, firstLine: positionAt(starts, holder).line, group });
    }
  };
  walk(source.doc.contents, [], 0);
  // comments come from the lexer: a '#' inside a block scalar is text, not a comment
  const silences: Silence[] = [];
  let offset = 0;
  // lexing costs as much as parsing: only for a file that has a directive
  for (const token of content.includes('proofread-ignore') ? new Lexer().lex(content) : []) {
    // the lexer's own markers (document start, scalar start…) are control characters that are not in the source
    if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t') continue;
    if (token.startsWith('#')) {
      const silence = directive(token, content, starts, offset);
      if (silence) silences.push(silence);
    }
    offset += token.length;
  }
  return { file, content, kind: 'yaml', texts, silences };
}

/** The line a directive at `offset` silences: its own when it trails text, else the next line holding something other than a comment. */
function directive(comment: string, content: string, starts: readonly number[], offset: number): Silence | null {
  const m = DIRECTIVE.exec(comment);
  if (!m) return null;
  const codes = m[1]!.split(/[\s,]+/).filter(Boolean);
  const { line } = positionAt(starts, offset);
  const before = content.slice(starts[line - 1], offset);
  if (/\S/.test(before.replace(/\{\{!-*\s*$/, ''))) return { line, codes, words: m[2] ?? null };
  let next = line + 1;
  while (next <= starts.length) {
    const text = content.slice(starts[next - 1], starts[next] ?? content.length).trim();
    if (text !== '' && !text.startsWith('#') && !text.startsWith('{{!')) break;
    next++;
  }
  return { line: next, codes, words: m[2] ?? null };
}

/** Handlebars expressions and comments: {{…}}, {{{…}}}, {{!-- … --}}. */
const MUSTACHE = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}/g;

/**
 * The words of a template: each line of text around its expressions (masked), plus the quoted titles and labels
 * inside the expressions ({{#section "Tồn tại, hạn chế"}}); consecutive lines opening with "- " form a group.
 */
export function templateTexts(file: string, content: string): TextFile {
  // the same template read again (every check of a process) is the same object, so its findings are computed once
  const key = `${file}\0${content}`;
  let texts = templateCache.get(key);
  if (!texts) {
    if (templateCache.size > 200) templateCache.clear();
    texts = readTemplateTexts(file, content);
    templateCache.set(key, texts);
  }
  return texts;
}
const templateCache = new Map<string, TextFile>();

function readTemplateTexts(file: string, content: string): TextFile {
  const starts = lineStarts(content);
  const texts: LocatedText[] = [];
  const silences: Silence[] = [];
  let masked = content;
  for (const m of content.matchAll(MUSTACHE)) {
    masked = masked.slice(0, m.index) + mask(m[0], /[^\n]/g) + masked.slice(m.index + m[0].length);
    if (m[0].startsWith('{{!')) {
      const silence = directive(m[0], content, starts, m.index);
      if (silence) silences.push(silence);
      continue;
    }
    for (const q of m[0].matchAll(/"([^"\n]*)"/g)) {
      const at = m.index + q.index + 1;
      const value = q[1]!;
      if (!/[A-Za-z\u00C0-\u1EFF]/.test(value)) continue;
      texts.push({
        file,
        dataPath: [],
        text: value,
        offsets: [...value].map((_, i) => at + i).concat(at + value.length),
        firstLine: positionAt(starts, at).line,
      });
    }
  }
  let bullets = 0;
  let inList = false;
  for (let l = 0; l < starts.length; l++) {
    const start = starts[l]!;
    const end = (starts[l + 1] ?? content.length + 1) - 1;
    const line = masked.slice(start, end);
    const bullet = /^- /.test(line);
    if (bullet && !inList) bullets++;
    inList = bullet || (inList && line.replaceAll(MASK, '').trim() === '');
    if (!/[A-Za-z\u00C0-\u1EFF]/.test(line)) continue;
    const offsets = [...Array(line.length + 1).keys()].map((i) => start + i);
    texts.push({ file, dataPath: [], text: line, offsets, firstLine: l + 1, group: bullet ? `${file}\0${bullets}` : undefined });
  }
  return { file, content, kind: 'template', texts, silences };
}
