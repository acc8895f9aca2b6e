/**
 * `check --fix`: the proof-reader's corrections applied to a data file's text, kept only where the file still reads back
 * as the same YAML with just those words changed (a removed space before ":" can turn a plain value into a mapping). Pure.
 */
import type { Finding } from './proofread.js';
import { parseSource, type SourceFile } from './yaml-source.js';

export interface FixedFile {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** The findings whose correction is in `after`. */
  readonly applied: readonly Finding[];
}

interface SourceEdit {
  readonly from: number;
  readonly to: number;
  readonly replacement: string;
  readonly finding: Finding;
}

const pathKey = (path: readonly (string | number)[]) => path.join('\0');

/** The value at a path of a parsed document, when it is a string. */
function stringAt(source: SourceFile, path: readonly (string | number)[]): string | undefined {
  const v = source.doc.getIn(path as (string | number)[]);
  return typeof v === 'string' ? v : undefined;
}

/** Apply non-overlapping edits (sorted by position) to a text. */
function apply(content: string, edits: readonly SourceEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += content.slice(at, e.from) + e.replacement;
    at = e.to;
  }
  return out + content.slice(at);
}

/** What each touched value should read after its findings' corrections. */
function expectedValues(
  source: SourceFile,
  findings: readonly Finding[],
): Map<string, { path: readonly (string | number)[]; value: string }> {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) byPath.set(pathKey(f.text.dataPath), [...(byPath.get(pathKey(f.text.dataPath)) ?? []), f]);
  const out = new Map<string, { path: readonly (string | number)[]; value: string }>();
  for (const [key, list] of byPath) {
    const path = list[0]!.text.dataPath;
    let value = stringAt(source, path) ?? '';
    for (const f of [...list].sort((a, b) => b.edit.start - a.edit.start))
      value = value.slice(0, f.edit.start) + f.edit.replacement + value.slice(f.edit.end);
    out.set(key, { path, value });
  }
  return out;
}

/** The paths whose value in `after` differs from what the corrections intend; null when `after` does not parse. */
function mismatches(file: string, after: string, expected: ReturnType<typeof expectedValues>): Set<string> | null {
  const parsed = parseSource(file, new TextEncoder().encode(after));
  if (!parsed.source) return null;
  const bad = new Set<string>();
  for (const [key, { path, value }] of expected) if (stringAt(parsed.source, path) !== value) bad.add(key);
  return bad;
}

/** The corrected text of one data file, or null when no correction survives the read-back. */
export function fixFile(source: SourceFile, findings: readonly Finding[]): FixedFile | null {
  let edits: SourceEdit[] = [];
  for (const f of findings) {
    const { offsets } = f.text;
    edits.push({ from: offsets[f.edit.start]!, to: offsets[f.edit.end]!, replacement: f.edit.replacement, finding: f });
  }
  edits.sort((a, b) => a.from - b.from || a.to - b.to);
  // two corrections of the same words (a doubled word also misspelt): the first one found wins
  edits = edits.filter((e, i) => i === 0 || e.from >= edits[i - 1]!.to);
  // a correction that changes what YAML reads drops its value's corrections, once; a second failure drops the file
  for (let attempt = 0; attempt < 2 && edits.length > 0; attempt++) {
    const expected = expectedValues(
      source,
      edits.map((e) => e.finding),
    );
    const after = apply(source.text, edits);
    const bad = mismatches(source.file, after, expected);
    if (bad?.size === 0) return { file: source.file, before: source.text, after, applied: edits.map((e) => e.finding) };
    if (bad === null) {
      // the whole file no longer parses: keep the corrections that parse on their own
      edits = edits.filter((e) => mismatches(source.file, apply(source.text, [e]), expectedValues(source, [e.finding]))?.size === 0);
    } else edits = edits.filter((e) => !bad.has(pathKey(e.finding.text.dataPath)));
  }
  return null;
}
