/** `report explain <YYYY-MM> "<text or number>"`: where the matching numbers of the month's report come from. */
import { ReportError } from '../errors.js';
import { formatDiagnostics } from '../format-error.js';
import { formatNumber } from '../format.js';
import { words } from '../messages.js';
import { periodId, type Period } from '../period.js';
import { renderMonthDocument, type MonthOptions, type RunContext } from '../pipeline.js';
import type { SourceEntry, SourcesMap } from '../sources-map.js';
import type { Io } from './io.js';
import { monthSources } from './sources.js';

export interface ExplainOptions extends MonthOptions {
  readonly context: RunContext;
  readonly period: Period;
  readonly query: string;
}

/** The number tokens of a text with their separators taken out: "1.680 ha" → ["1680"]. */
const numbers = (text: string): string[] => [...text.matchAll(/\d+(?:[.,/]\d+)*/g)].map((m) => m[0].replace(/[.,/]/g, ''));
/** Case and blanks folded, character for character: offsets into the folded text are offsets into the Markdown. */
const fold = (text: string) => text.toLocaleLowerCase('vi').replace(/\s/g, ' ');

/**
 * The entries a query names: those overlapping a place where the Markdown holds the query's text, else (a phrase
 * with no number) the numbers of the sentence it is in; a number typed without its dots ("1680") matches "1.680".
 */
export function matchEntries(markdown: string, map: SourcesMap, query: string): SourceEntry[] {
  const q = fold(query.normalize('NFC').trim().replace(/\s+/g, ' '));
  if (q === '') return [];
  const blocks = markdown.split('\n\n').map(fold);
  const found = new Set<SourceEntry>();
  for (const [block, text] of blocks.entries()) {
    const here = map.numbers.filter((e) => e.block === block);
    for (let at = text.indexOf(q); at !== -1; at = text.indexOf(q, at + 1)) {
      const overlapping = here.filter((e) => e.start < at + q.length && e.end > at);
      if (overlapping.length > 0) for (const e of overlapping) found.add(e);
      else if (!/\d/.test(q)) {
        // a phrase: the numbers of its sentence (a full stop before a space ends one; "1.680" does not)
        const from = Math.max(text.lastIndexOf('. ', at) + 1, text.lastIndexOf('; ', at) + 1, 0);
        const ends = [text.indexOf('. ', at + q.length), text.indexOf('; ', at + q.length)].filter((i) => i !== -1);
        const to = ends.length > 0 ? Math.min(...ends) : text.length;
        for (const e of here) if (e.start >= from && e.end <= to + 1) found.add(e);
      }
    }
  }
  if (found.size === 0 && /\d/.test(q)) {
    const wanted = numbers(q);
    for (const e of map.numbers)
      if (wanted.every((n) => numbers(e.text).includes(n)) && (!q.includes('%') || e.text.includes('%'))) found.add(e);
  }
  return map.numbers.filter((e) => found.has(e));
}

/** One entry as the official reads it: the number and its place, what it is, how it is computed, where it comes from. */
export function explainEntry(e: SourceEntry, lang: 'vi' | 'en'): string {
  const t = words(lang);
  const lines = [t('EXPLAIN_HEAD', { text: e.text, line: e.line, column: e.column, block: e.block })];
  if (e.figure) lines.push(`  ${t('EXPLAIN_FIGURE', { label: e.figure.label, id: e.figure.id, part: e.figure.part })}`);
  else lines.push(`  ${t('EXPLAIN_KIND', { kind: e.kind })}`);
  if (e.computation) lines.push(`  ${t('EXPLAIN_COMPUTATION', { computation: e.computation })}`);
  if (e.status) lines.push(`  ${t('EXPLAIN_STATUS', { status: e.status })}`);
  for (const s of e.sources) {
    const value = s.id !== undefined && s.value !== undefined ? ` ${s.id} = ${formatNumber(s.value, { decimals: 4 })}` : '';
    lines.push(`  - ${s.at}${value}${s.status ? ` (${t('EXPLAIN_STATUS_WORD', { status: s.status })})` : ''}`);
  }
  return lines.join('\n');
}

export async function explain(options: ExplainOptions, io: Io): Promise<number> {
  const rendered = renderMonthDocument(options.context, options.period, options);
  if (!rendered.ok) {
    io.err(formatDiagnostics([...rendered.errors, ...rendered.warnings], 'text', io));
    return 1;
  }
  const { markdown, map } = monthSources(rendered.value, options.context, `report-${periodId(options.period)}.md`);
  const matches = matchEntries(markdown, map, options.query);
  if (matches.length === 0) {
    const problem = new ReportError({ code: 'EXPLAIN_NO_MATCH', params: { query: options.query, month: periodId(options.period) } });
    io.err(formatDiagnostics([problem], 'text', io));
    return 1;
  }
  io.out(`${matches.map((e) => explainEntry(e, io.lang)).join('\n\n')}\n`);
  return 0;
}
