/**
 * Edits of a data file's text that change only the values edited: comments, key order, quoting, folded text and the
 * schema modeline stay byte for byte. Goes through yaml's concrete syntax tree (Parser → Composer with source tokens
 * → CST.setScalarValue → CST.stringify): Document.toString() would re-fold long lines and drop comment alignment. Pure.
 */
import { Composer, CST, isMap, Parser, type Document, type Scalar, type YAMLSeq } from 'yaml';

/** The text's tokens and its one document, or null when it is not exactly one document without errors. */
export function editableDocument(text: string): { tokens: CST.Token[]; doc: Document.Parsed; docToken: CST.Document } | null {
  const tokens = [...new Parser().parse(text)];
  const docs: Document.Parsed[] = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0];
  const docToken = tokens.find((t): t is CST.Document => t.type === 'document');
  if (docs.length !== 1 || !doc || doc.errors.length > 0 || !docToken || !isMap(doc.contents)) return null;
  return { tokens, doc, docToken };
}

export const stringifyTokens = (tokens: readonly CST.Token[]): string => tokens.map((t) => CST.stringify(t)).join('');

/** Replace a scalar's text, keeping a trailing comment in the column it was in. */
export function setScalar(node: Scalar, text: string, plain: boolean): void {
  const token = node.srcToken;
  if (!token || !CST.isScalar(token)) return;
  const before = token.source.length;
  CST.setScalarValue(token, text, plain ? { type: 'PLAIN' } : {});
  const end = 'end' in token ? token.end : undefined;
  const space = end?.[0];
  if (space?.type === 'space' && end?.[1]?.type === 'comment') {
    const width = Math.max(1, space.source.length + before - token.source.length);
    space.source = ' '.repeat(width);
  }
}

/** Longest line of a folded text the edit writes, indentation included (the shipped files fold near 120). */
const FOLD_WIDTH = 118;

/**
 * Fold the lines of a `>` block scalar at single spaces between words: YAML reads such a line break back as that
 * space, so the value is unchanged. A space next to another space is never a fold point (it would become an indent).
 */
function foldBlock(source: string): string {
  return source
    .split('\n')
    .map((line) => {
      const indent = /^ */.exec(line)![0];
      const out: string[] = [];
      let rest = line;
      while (rest.length > FOLD_WIDTH) {
        let cut = rest.lastIndexOf(' ', FOLD_WIDTH);
        while (cut > indent.length && (rest[cut - 1] === ' ' || rest[cut + 1] === ' ')) cut = rest.lastIndexOf(' ', cut - 1);
        if (cut <= indent.length) break;
        out.push(rest.slice(0, cut));
        rest = indent + rest.slice(cut + 1);
      }
      return [...out, rest].join('\n');
    })
    .join('\n');
}

/** Set a text value after a key: plain or quoted as its characters need, a folded block kept folded. */
export function setText(node: Scalar, value: string): void {
  if (node.srcToken && CST.isScalar(node.srcToken)) setTextToken(node.srcToken, value);
}

/**
 * A text scalar's token set to `value`. A block scalar's lines are indented one step deeper than the token (yaml
 * indents them at the token's own column unless told it follows a key or a dash, which breaks the file).
 */
function setTextToken(token: CST.FlowScalar | CST.BlockScalar, value: string): void {
  CST.setScalarValue(token, value, { afterKey: true });
  if (token.type === 'block-scalar' && token.props.some((p) => p.type === 'block-scalar-header' && p.source.startsWith('>')))
    token.source = foldBlock(token.source);
}

/**
 * Set a block sequence's items: existing items keep their place and get the new texts; new items copy the layout of
 * the last one; items no longer there are dropped. Returns false for a sequence it cannot edit (flow style, empty).
 */
export function setList(node: YAMLSeq, values: readonly string[]): boolean {
  const token = node.srcToken;
  if (token?.type !== 'block-seq' || token.items.length === 0 || values.length === 0) return false;
  const template = token.items[token.items.length - 1]!;
  const items = values.map((_, i) => token.items[i] ?? structuredClone(template));
  token.items.splice(0, token.items.length, ...items);
  items.forEach((item, i) => {
    // the first item's indentation belongs to the key before it: a copy of it needs its own
    if (i > 0 && item.start[0]?.type !== 'space')
      item.start.unshift({ type: 'space', offset: 0, indent: 0, source: ' '.repeat(token.indent) });
    const value = item.value;
    if (value && CST.isScalar(value)) setTextToken(value, values[i]!);
  });
  return true;
}
