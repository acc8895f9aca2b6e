/** Parse stage: bytes of one data file → a YAML document with positions, refusing what a data file must not hold. Pure. */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { ReportError, type Coded, type Place } from './errors.js';
import { decodeText } from './text-file.js';
import { findLegacy, hasInvisible, invisibleAt, invisibleNames, showInvisible, stripInvisible } from './text-hygiene.js';

/**
 * Files above this size are refused before parsing: the largest real file is under 10 KB, and yaml needs about a second
 * per megabyte of pathological input (a file of nothing but keys), so the limit keeps every answer quick.
 */
export const MAX_FILE_BYTES = 512 * 1024;
/** Syntax problems listed per file at most: a pasted spreadsheet would otherwise print hundreds of lines. */
const MAX_SYNTAX_PROBLEMS = 10;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const STANDARD_TAG = /^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq)$/;

export interface SourceFile {
  /** Path as shown to the user (project-relative, POSIX). */
  readonly file: string;
  readonly text: string;
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /** The plain data (objects, arrays, scalars); prototype keys are refused before this is built. */
  readonly data: unknown;
}

export type ParsedSource = { source: SourceFile; problems: readonly ReportError[] } | { source: null; problems: readonly ReportError[] };

/** Decode and parse one file; every problem found is returned, none is thrown. */
export function parseSource(file: string, bytes: Uint8Array): ParsedSource {
  const fail = (init: Coded & Pick<Place, 'line' | 'column'>): ParsedSource => ({
    source: null,
    problems: [new ReportError({ ...init, file, line: init.line ?? 1, column: init.column ?? 1 })],
  });
  if (bytes.length > MAX_FILE_BYTES) return fail({ code: 'LOAD_FILE_TOO_LARGE', params: { size: bytes.length, limit: MAX_FILE_BYTES } });
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return fail(decoded.problem);
  const { text } = decoded;
  // yaml recurses once per nesting level: [[[[…]]]] 100 000 deep costs seconds before it gives up
  const deep = tooDeep(text);
  if (deep)
    return fail({
      code: 'LOAD_YAML_SYNTAX',
      params: { detail: `nesting deeper than ${MAX_DEPTH} levels`, yamlCode: 'TOO_DEEP' },
      line: deep.line,
    });

  const lineCounter = new LineCounter();
  // duplicate keys are found below in one pass: yaml's own check (uniqueKeys) compares each key with every earlier one,
  // and a file of tens of thousands of distinct keys would take minutes
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, keepSourceTokens: true, merge: false, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const problems: ReportError[] = [];
  // one mistake makes yaml report a cascade (after a tab indent, every following line is "badly indented"): the first
  // of each kind explains it, and the rest would send the user to lines that are fine. A duplicate key or a tab is its
  // own mistake on each line it happens; the total stays short either way.
  const seenKinds = new Set<string>();
  const seenOffsets = new Set<number>();
  // an unclosed [ or { is reported where yaml gives up, lines below: it is located where it opens
  const unclosed = doc.errors.some((e) => UNCLOSED.test(e.message)) ? unclosedBracket(text) : null;
  if (unclosed !== null) {
    problems.push(
      new ReportError({
        code: 'LOAD_YAML_SYNTAX',
        params: { detail: `"${text[unclosed]}" is never closed`, yamlCode: 'UNCLOSED_FLOW' },
        ...at(unclosed),
      }),
    );
  }
  for (const e of [...doc.errors, ...doc.warnings]) {
    if (unclosed !== null && UNCLOSED.test(e.message)) continue;
    const own = e.code === 'TAB_AS_INDENT' || e.code === 'TAG_RESOLVE_FAILED';
    if ((seenKinds.has(e.code) && !own) || (e.code === 'BAD_INDENT' && seenKinds.has('TAB_AS_INDENT')) || seenOffsets.has(e.pos[0]))
      continue;
    seenOffsets.add(e.pos[0]);
    if (problems.length >= MAX_SYNTAX_PROBLEMS) break;
    seenKinds.add(e.code);
    const pos = at(e.pos[0]);
    if (e.code === 'MULTIPLE_DOCS') problems.push(new ReportError({ code: 'LOAD_YAML_MULTIPLE_DOCS', ...pos }));
    // an unknown tag is a warning for yaml, a tag whose value does not fit (!!timestamp x) an error: both are the tag's fault
    else if (e.code === 'TAG_RESOLVE_FAILED')
      problems.push(new ReportError({ code: 'LOAD_YAML_TAG', params: { tag: tagAt(text, e.pos[0]) }, ...pos }));
    else problems.push(new ReportError({ code: 'LOAD_YAML_SYNTAX', params: { detail: firstLine(e.message), yamlCode: e.code }, ...pos }));
  }
  if (problems.length > 0) return { source: null, problems };
  // %YAML 1.1 silently changes the meaning of plain values (1:20 → 80, 0123 → 83, yes → true)
  const directive = /^%\S*/m.exec(text.slice(0, doc.contents?.range?.[0] ?? text.length));
  if (doc.directives?.yaml.explicit || directive)
    problems.push(
      new ReportError({ code: 'LOAD_YAML_DIRECTIVE', params: { directive: directive?.[0] ?? '%YAML' }, ...at(directive?.index ?? 0) }),
    );

  // one anchor/alias problem per file: an alias bomb would otherwise print thousands of lines
  let aliasSeen = false;
  const alias = (node: Node) => {
    if (!aliasSeen) problems.push(new ReportError({ code: 'LOAD_YAML_ALIAS', ...at(node.range?.[0] ?? 0) }));
    aliasSeen = true;
  };
  // warnings that leave the file usable (invisible characters stripped from text)
  const notices: ReportError[] = [];
  // a file of thousands of bad keys gets a short list too
  const stop = () => (problems.length >= MAX_SYNTAX_PROBLEMS ? visit.BREAK : undefined);
  visit(doc, {
    Alias(_k, node) {
      alias(node);
      return stop();
    },
    Node(k, node) {
      if (node.anchor) alias(node);
      if (node.tag && !STANDARD_TAG.test(node.tag))
        problems.push(
          new ReportError({
            code: 'LOAD_YAML_TAG',
            params: { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') },
            ...at(node.range?.[0] ?? 0),
          }),
        );
      const notice = isScalar(node) ? textNotice(text, node, k === 'key', at) : null;
      if (notice?.severity === 'warning') notices.push(notice);
      else if (notice) problems.push(notice);
      return stop();
    },
    Map(_k, map) {
      const keys = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object') continue;
        // as plain data, 1 and "1" are the same key
        const key = String(pair.key.value);
        if (keys.has(key))
          problems.push(new ReportError({ code: 'LOAD_YAML_DUPLICATE_KEY', params: { key }, ...at(pair.key.range?.[0] ?? 0) }));
        keys.add(key);
      }
      return stop();
    },
    Pair(_k, pair) {
      const pos = at((pair.key as Node | null)?.range?.[0] ?? (pair.value as Node | null)?.range?.[0] ?? 0);
      // a list, a mapping or nothing as a key cannot name a field (and would turn into "[object Object]" or "")
      if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object') {
        const range = (pair.key as Node | null)?.range;
        const shown = isScalar(pair.key) || !range ? '(rỗng)' : `"${text.slice(range[0], range[1]).trim()}"`;
        problems.push(new ReportError({ code: 'LOAD_YAML_BAD_KEY', params: { key: shown }, ...pos }));
        return stop();
      }
      const key = String(pair.key.value);
      if (key === '<<') problems.push(new ReportError({ code: 'LOAD_YAML_MERGE_KEY', ...pos }));
      else if (FORBIDDEN_KEYS.has(key)) problems.push(new ReportError({ code: 'LOAD_FORBIDDEN_KEY', params: { key }, ...pos }));
      return stop();
    },
  });
  problems.splice(MAX_SYNTAX_PROBLEMS);
  if (problems.length > 0) return { source: null, problems };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return fail({ code: 'LOAD_FILE_EMPTY' });
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  return { source: { file, text, doc, lineCounter, data: notices.length > 0 ? stripDeep(data) : data }, problems: notices };
}

/**
 * What a scalar's text must not carry into the report: invisible characters (refused in a key or a number, stripped
 * from text with a warning) and Vietnamese in a legacy encoding (refused, with its conversion).
 */
function textNotice(text: string, node: Scalar, isKey: boolean, at: (offset: number) => Place): ReportError | null {
  if (typeof node.value !== 'string') return null;
  const value = node.value;
  const [start, end] = node.range ?? [0, 0];
  const raw = text.slice(start, end);
  // TCVN3 writes ư as the byte of the soft hyphen: garbled text is named as such, not as invisible characters
  const legacy = isKey ? null : findLegacy(value);
  if (legacy) {
    const offset = raw.indexOf(legacy.sample.split(/\s/)[0]!);
    const params = { encoding: legacy.encoding, sample: legacy.sample, fixed: legacy.fixed, file: at(0).file ?? '' };
    return new ReportError({ code: 'LOAD_LEGACY_ENCODING', params, ...at(start + Math.max(0, offset)) });
  }
  if (!hasInvisible(value)) return null;
  // in the file as written: an escape ("\u200b") leaves none, and the scalar's start is shown instead
  const pos = at(start + Math.max(0, invisibleAt(raw)));
  const params = { text: excerpt(showInvisible(value)), names: invisibleNames(value) };
  // a plain scalar that is a number once the invisible characters are gone was meant as one
  const number = !isKey && node.type === 'PLAIN' && typeof parseDocument(stripInvisible(value)).contents?.toJSON() === 'number';
  if (isKey || number)
    return new ReportError({ code: 'LOAD_INVISIBLE_CHAR', params: { ...params, where: isKey ? 'key' : 'number' }, ...pos });
  return new ReportError({ code: 'LOAD_INVISIBLE_STRIPPED', params, severity: 'warning', ...pos });
}

/** A long text cut around its start, for a message. */
const excerpt = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** Plain data with every string's invisible characters removed. */
function stripDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripInvisible(value);
  if (Array.isArray(value)) return value.map(stripDeep);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripDeep(v)]));
  return value;
}

/**
 * 1-based position of a data path: the key of a map entry, the item of a sequence entry.
 * A path that does not exist (a missing key) points at its deepest existing parent.
 */
export function locate(source: SourceFile, path: readonly PropertyKey[]): { line: number; column: number } {
  let node: unknown = source.doc.contents;
  let at: Node | null = isMap(node) || isSeq(node) ? (node as Node) : null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = pairOf(node, String(seg));
      if (!pair) break;
      at = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg];
      at = node as Node;
    } else break;
  }
  if (isAlias(node)) at = node;
  const { line, col } = source.lineCounter.linePos(at?.range?.[0] ?? 0);
  return { line, column: col };
}

/** Each map's entries by key, built once: locating every key of a map with thousands of them stays linear. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** The value node at a path, when it is a scalar. */
function scalarAt(source: SourceFile, path: readonly PropertyKey[]) {
  const node = source.doc.getIn(path as PropertyKey[], true);
  return isScalar(node) ? node : undefined;
}

/** The text of a plain scalar as written in the file (`1.347`, not the parsed 1.347). */
export function sourceText(source: SourceFile, path: readonly PropertyKey[]): string | undefined {
  const tok = scalarAt(source, path)?.srcToken as { type?: string; source?: string } | undefined;
  return tok?.type === 'scalar' ? tok.source : undefined;
}

/** Nesting no data file needs (a sector file is three levels deep). */
const MAX_DEPTH = 64;
const DEEP_INDENT = new RegExp(`^ {${2 * MAX_DEPTH + 1}}`, 'm');

/** The line where flow brackets or block indentation go deeper than MAX_DEPTH, from yaml's lexer (linear, no recursion). */
function tooDeep(text: string): { line: number } | null {
  // lexing costs as much as parsing: skip it for the files that cannot be that deep (all real ones)
  let brackets = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x5b || text.charCodeAt(i) === 0x7b) brackets++;
  if (brackets <= MAX_DEPTH && !DEEP_INDENT.test(text)) return null;
  let line = 1;
  let depth = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    // the lexer's own markers (document start, scalar start…) are control characters that are not in the source
    if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t') continue;
    if (token === '[' || token === '{') depth++;
    else if (token === ']' || token === '}') depth--;
    const indented = lineStart && /^ +$/.test(token) && token.length > 2 * MAX_DEPTH;
    if (depth > MAX_DEPTH || indented) return { line };
    for (const c of token) if (c === '\n') line++;
    lineStart = token.endsWith('\n');
  }
  return null;
}

/** yaml's messages for a flow collection that is never closed. */
const UNCLOSED = /end with an? [\]}]|to end with [\]}]/;

/** Offset of the first [ or { that is never closed, from yaml's lexer (quotes and comments are not brackets). */
function unclosedBracket(text: string): number | null {
  const open: number[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // the lexer's own markers (document start, scalar start…) are control characters that are not in the source
    if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t') continue;
    if (token === '[' || token === '{') open.push(offset);
    else if ((token === ']' || token === '}') && open.length > 0) open.pop();
    offset += token.length;
  }
  return open[0] ?? null;
}

const firstLine = (s: string) =>
  s
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
const tagAt = (text: string, offset: number) => /!\S*/.exec(text.slice(offset))?.[0] ?? '!';
