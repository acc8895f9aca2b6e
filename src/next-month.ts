/**
 * `report init`'s edit of last month's files into this month's starting point. Pure: text in, text out.
 *
 * The edit goes through yaml's concrete syntax tree (Parser → Composer with source tokens → CST.setScalarValue →
 * CST.stringify) rather than Document.toString(): the latter re-folds long narrative lines and drops the column
 * alignment of trailing comments, while the CST keeps every byte not edited: comments, quoting, folded text.
 */
import { CST, isNode, isScalar, visit, type Scalar } from 'yaml';
import { periodId, twoDigits, type Period } from './period.js';
import { editableDocument, setScalar, stringifyTokens } from './yaml-edit.js';

export type MonthFileKind = 'report' | 'sector';

/** Put `# note` `gap` spaces after a scalar, instead of the comment it had: the label and unit of the figure left empty. */
function setNote(node: Scalar, note: string, gap: number): void {
  const token = node.srcToken;
  if (!token || !CST.isScalar(token) || !('end' in token)) return;
  token.end ??= [];
  const end = token.end;
  const newline = end.findIndex((t) => t.type === 'newline');
  const space = { type: 'space', offset: 0, indent: 0, source: ' '.repeat(gap) } as const;
  const comment = { type: 'comment', offset: 0, indent: 0, source: `# ${note}` } as const;
  end.splice(0, newline < 0 ? end.length : newline, space, comment);
}

/** Same day of month in `to`, clamped to its last day (31 January → 28 February). */
function sameDayIn(date: string, to: Period): string | null {
  const m = /^\d{4}-\d{2}-(\d{2})$/.exec(date);
  if (!m) return null;
  const last = new Date(Date.UTC(to.year, to.month, 0)).getUTCDate();
  return `${periodId(to)}-${twoDigits(Math.min(Number(m[1]), last))}`;
}

/** "01/2021" → "02/2021" in the comments above the first key (the file's title line), nowhere else. */
function retitle(tokens: readonly CST.Token[], docToken: CST.Document, from: Period, to: Period): void {
  const mm = (p: Period) => `${twoDigits(p.month)}/${p.year}`;
  const first = docToken.value && CST.isCollection(docToken.value) ? docToken.value.items[0] : undefined;
  // leading comments sit before the document token, in its start, or in the first key's start, depending on the file
  const leading = [...tokens.slice(0, tokens.indexOf(docToken)), ...docToken.start, ...(first?.start ?? [])];
  for (const t of leading) if (t.type === 'comment') t.source = t.source.split(mm(from)).join(mm(to));
}

/** A comment saying the figures were made up for illustration: true of last month's sample data, never of the new month. */
const SAMPLE_NOTE = /minh h(?:ọa|oạ)|illustrative|sample data/iu;

/** Drop own-line comments (with their indent and line break) that mark the file as sample data; trailing comments stay. */
function dropSampleNotes(lines: CST.Token[]): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!;
    if (t.type !== 'comment' || !SAMPLE_NOTE.test(t.source)) continue;
    const from = lines[i - 1]?.type === 'space' ? i - 1 : i;
    if (from > 0 && lines[from - 1]?.type !== 'newline') continue;
    lines.splice(from, i - from + (lines[i + 1]?.type === 'newline' ? 2 : 1));
  }
}

/** Remove `key: value` from the document's top-level map; own-line comments above it stay, above the next key. */
function removeTopKey(docToken: CST.Document, key: string): void {
  const map = docToken.value;
  if (map?.type !== 'block-map') return;
  const at = map.items.findIndex((it) => it.key && CST.isScalar(it.key) && 'source' in it.key && it.key.source === key);
  if (at < 0) return;
  const [removed] = map.items.splice(at, 1);
  const next = map.items[at];
  if (removed && next) next.start.unshift(...removed.start);
}

/**
 * Last month's file → this month's: every figure under `chi_tieu` emptied (null, so `report check` flags it until
 * it is filled) with its label and unit from `notes` as its comment (editors without the schema still show what to
 * type), narrative kept for editing; for report.yaml, no number or signing date yet and the data cut-off
 * moved to the same day of the new month. Never carried over: the sample-data flag and the comments saying the
 * figures are illustrative, and where a sector's figures came from (`nguon`, `nguon_chi_tieu`). Returns null when
 * the text is not one YAML document (copy it unchanged).
 */
export function nextMonthText(
  text: string,
  kind: MonthFileKind,
  from: Period,
  to: Period,
  notes: ReadonlyMap<string, string> = new Map(),
): string | null {
  const parsed = editableDocument(text);
  if (!parsed) return null;
  const { tokens, doc, docToken } = parsed;

  if (kind === 'sector') {
    // where last month's figures came from says nothing of this month's, which are not there yet
    removeTopKey(docToken, 'nguon');
    removeTopKey(docToken, 'nguon_chi_tieu');
    const figures = doc.get('chi_tieu', true);
    if (isNode(figures)) {
      const noted: { value: Scalar; note: string; width: number }[] = [];
      visit(figures, {
        Pair(_key, pair) {
          if (!isScalar(pair.value)) return;
          setScalar(pair.value, 'null', true);
          const key = isScalar(pair.key) ? pair.key : undefined;
          const note = key ? notes.get(String(key.value)) : undefined;
          const at = key?.srcToken && CST.isScalar(key.srcToken) ? key.srcToken : undefined;
          if (note && at) noted.push({ value: pair.value, note, width: at.indent + at.source.length + ': null'.length });
        },
      });
      // the notes in one column, two spaces after the longest "key: null"
      const column = Math.max(0, ...noted.map((n) => n.width)) + 2;
      for (const n of noted) setNote(n.value, n.note, column - n.width);
    }
  } else {
    for (const key of ['so', 'ngay_ban_hanh']) {
      const node = doc.get(key, true);
      if (isScalar(node)) setScalar(node, 'null', true);
    }
    const cutoff = doc.get('ngay_chot_so_lieu', true);
    const moved = isScalar(cutoff) && typeof cutoff.value === 'string' ? sameDayIn(cutoff.value, to) : null;
    if (isScalar(cutoff) && moved) setScalar(cutoff, moved, false);
    removeTopKey(docToken, 'du_lieu_minh_hoa');
  }
  // own-line comments sit before the document token, in its start, or in a key's start, depending on the file
  dropSampleNotes(tokens);
  dropSampleNotes(docToken.start);
  CST.visit(docToken, (item) => {
    dropSampleNotes(item.start);
    if (item.sep) dropSampleNotes(item.sep);
  });
  retitle(tokens, docToken, from, to);
  return stringifyTokens(tokens);
}
