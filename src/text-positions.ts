/**
 * Where a character of a text value sits in its YAML file, for diagnostics located inside a narrative: a reference or a
 * typed figure in the fourth line of a folded block scalar is reported at that line and column. Pure.
 *
 * yaml gives the value (folded, unescaped) and the node's range in the source, not a map between the two. The map is
 * rebuilt by walking both together: the value differs from the source only by quoting, escapes, indentation and line
 * folding, so every non-blank character of the value is the next non-blank character of the source (an escape such
 * as \u00e9 stands for one).
 */
import { isScalar, Scalar } from 'yaml';
import { locate, type SourceFile } from './yaml-source.js';

const BLANK = /[ \t\r\n]/;
/** Escapes of a double-quoted scalar that stand for a blank, and the line continuation ("\" before a line break). */
const BLANK_ESCAPE = /^[ \ttnr\r\n]$/;

/** Source offset (relative to the scalar's start) of each character of `value`. */
function alignValue(value: string, raw: string, type: Scalar.Type | undefined): number[] {
  const map: number[] = [];
  const block = type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL;
  const double = type === Scalar.QUOTE_DOUBLE;
  const single = type === Scalar.QUOTE_SINGLE;
  let p = block ? raw.indexOf('\n') + 1 : double || single ? 1 : 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    // a blank of the value may be folding, indentation or an escape: it is placed, not matched
    if (BLANK.test(c)) {
      map[i] = p;
      continue;
    }
    // what stands for blanks or for nothing: indentation, line breaks, "\ " "\t" "\n", a line continuation
    for (;;) {
      if (p < raw.length && BLANK.test(raw[p]!)) p++;
      else if (double && raw[p] === '\\' && BLANK_ESCAPE.test(raw[p + 1] ?? '')) p += 2;
      else break;
    }
    if (double && raw[p] === '\\') {
      const kind = raw[p + 1];
      const length = kind === 'x' ? 4 : kind === 'u' ? 6 : kind === 'U' ? 10 : 2;
      map[i] = p;
      // an escape of a character outside the BMP is two UTF-16 units of the value
      if (kind === 'U' && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xdc00) map[++i] = p;
      p += length;
    } else if (single && raw[p] === "'" && raw[p + 1] === "'") {
      map[i] = p;
      p += 2;
    } else {
      map[i] = p;
      p++;
    }
  }
  map[value.length] = p;
  return map;
}

const alignments = new WeakMap<Scalar, number[]>();

/**
 * 1-based line and column of character `offset` of the text at `path`. A path that is not a text scalar of the file
 * falls back to the value's key.
 */
export function textPosition(source: SourceFile, path: readonly PropertyKey[], offset: number): { line: number; column: number } {
  const node = source.doc.getIn(path as PropertyKey[], true);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return locate(source, path);
  let map = alignments.get(node);
  if (!map) {
    map = alignValue(node.value, source.text.slice(node.range[0], node.range[1]), node.type);
    alignments.set(node, map);
  }
  const at = map[Math.max(0, Math.min(offset, map.length - 1))]!;
  const { line, col } = source.lineCounter.linePos(node.range[0] + at);
  return { line, column: col };
}
