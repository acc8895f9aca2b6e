/**
 * `report init`'s edit of last month's files into this month's starting point. Pure: text in, text out.
 *
 * The edit goes through yaml's concrete syntax tree (Parser → Composer with source tokens → CST.setScalarValue →
 * CST.stringify) rather than Document.toString(): the latter re-folds long narrative lines and drops the column
 * alignment of trailing comments, while the CST keeps every byte not edited: comments, quoting, folded text.
 */
import { Composer, CST, isMap, isNode, isScalar, Parser, visit, type Document, type Scalar } from 'yaml';
import { periodId, twoDigits, type Period } from './period.js';

export type MonthFileKind = 'report' | 'sector';

/** Replace a scalar's text, keeping a trailing comment in the column it was in. */
function setScalar(node: Scalar, text: string, plain: boolean): void {
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

/**
 * Last month's file → this month's: every figure under `chi_tieu` emptied (null, so `report check` flags it until
 * it is filled), narrative kept for editing; for report.yaml, no number or signing date yet and the data cut-off
 * moved to the same day of the new month. Returns null when the text is not one YAML document (copy it unchanged).
 */
export function nextMonthText(text: string, kind: MonthFileKind, from: Period, to: Period): string | null {
  const tokens = [...new Parser().parse(text)];
  const docs: Document.Parsed[] = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0];
  const docToken = tokens.find((t): t is CST.Document => t.type === 'document');
  if (docs.length !== 1 || !doc || doc.errors.length > 0 || !docToken || !isMap(doc.contents)) return null;

  if (kind === 'sector') {
    const figures = doc.get('chi_tieu', true);
    if (isNode(figures)) {
      visit(figures, {
        Scalar(key, node) {
          if (key !== 'key') setScalar(node, 'null', true);
        },
      });
    }
  } else {
    for (const key of ['so', 'ngay_ban_hanh']) {
      const node = doc.get(key, true);
      if (isScalar(node)) setScalar(node, 'null', true);
    }
    const cutoff = doc.get('ngay_chot_so_lieu', true);
    const moved = isScalar(cutoff) && typeof cutoff.value === 'string' ? sameDayIn(cutoff.value, to) : null;
    if (isScalar(cutoff) && moved) setScalar(cutoff, moved, false);
  }
  retitle(tokens, docToken, from, to);
  return tokens.map((t) => CST.stringify(t)).join('');
}
