/**
 * Diff writers: a MonthDiff → aligned text (coloured only on a terminal), a Markdown table for a pull-request
 * comment, or stable JSON (shape documented in the README). Text and Markdown list what changed; JSON lists every
 * indicator of the two months. Pure.
 */
import { Chalk } from 'chalk';
import type { IndicatorChange, MonthDiff, PlanCrossing } from './compare.js';
import type { Lang } from './error-catalog.js';
import { formatNumber, formatPercent } from './format.js';
import { say, words, type PlainCode } from './messages.js';
import { escapeInline } from './render-markdown.js';
import type { WordChange } from './word-diff.js';

export type DiffFormat = 'text' | 'md' | 'json';
type Note = 'added' | 'removed' | 'revised' | PlanCrossing;

const NOTE_TEXT = {
  added: 'DIFF_ADDED',
  removed: 'DIFF_REMOVED',
  revised: 'DIFF_REVISED',
  reached: 'DIFF_REACHED',
  dropped: 'DIFF_DROPPED',
} as const satisfies Record<Note, PlainCode>;
const SECTION_TEXT = { added: 'DIFF_SECTION_ADDED', removed: 'DIFF_SECTION_REMOVED', changed: 'DIFF_SECTION_CHANGED' } as const;

/** Words kept around a change in the text and Markdown formats; longer runs are cut to "…". */
const CONTEXT_WORDS = 6;

/**
 * A changed text in one line: removed and added runs marked, long unchanged runs cut to their ends, paragraphs of a
 * list separated by " ¶ ". `mark` writes a removed or added run; the unchanged text goes through `plain`.
 */
function wordLine(
  changes: readonly WordChange[],
  mark: (op: 'removed' | 'added', text: string) => string,
  plain: (s: string) => string,
): string {
  const flat = (s: string) => s.replace(/\n/g, ' ¶ ');
  return changes
    .map((c, i) => {
      if (c.op !== 'same') return mark(c.op, flat(c.text));
      const words = flat(c.text).split(/(?<=\s)(?=\S)/);
      const keepEnd = i > 0 ? CONTEXT_WORDS : 0;
      const keepStart = i < changes.length - 1 ? CONTEXT_WORDS : 0;
      if (words.length <= keepEnd + keepStart + 1) return plain(words.join(''));
      return plain(`${words.slice(0, keepEnd).join('')}…${keepStart > 0 ? ' ' : ''}${words.slice(words.length - keepStart).join('')}`);
    })
    .join('');
}

/** The table's head: indicator, unit, the two sides, change, %, note. */
const headOf = (diff: MonthDiff, t: ReturnType<typeof words>) => [
  t('DIFF_HEAD_INDICATOR'),
  t('DIFF_HEAD_UNIT'),
  sideName(diff.from),
  sideName(diff.to),
  t('DIFF_HEAD_CHANGE'),
  '%',
  t('DIFF_HEAD_NOTE'),
];

const sideName = (s: MonthDiff['from']) => (s.revision === null ? s.month : `${s.month} @ ${s.revision}`);
const num = (i: IndicatorChange, v: number | null) => (v === null ? '-' : formatNumber(v, { decimals: i.decimals }));
const signed = (i: IndicatorChange, v: number | null) => (v === null ? '-' : `${v > 0 ? '+' : ''}${num(i, v)}`);
const pct = (v: number | null) => (v === null ? '-' : `${v > 0 ? '+' : ''}${formatPercent(v, 1)}`);

/** The changed rows as cells: label, unit, from, to, change, %, notes. */
function rows(diff: MonthDiff, lang: Lang): { cells: string[]; notes: Note[] }[] {
  return diff.indicators
    .filter((i) => i.status !== 'unchanged' || i.planCrossing !== null)
    .map((i) => {
      const notes: Note[] = [];
      if (i.status === 'added' || i.status === 'removed') notes.push(i.status);
      if (i.revised) notes.push('revised');
      if (i.planCrossing) notes.push(i.planCrossing);
      return {
        cells: [
          i.label,
          i.unit,
          i.fromStatement ?? num(i, i.from),
          i.toStatement ?? num(i, i.to),
          signed(i, i.change),
          pct(i.pctChange),
          notes.map((n) => say(lang, NOTE_TEXT[n])).join(', '),
        ],
        notes,
      };
    });
}

const width = (s: string) => [...s].length;

/** Aligned columns; colour (added green, removed red, revised yellow, crossings cyan) only when `color`. */
export function formatDiffText(diff: MonthDiff, lang: Lang, color: boolean): string {
  const t = words(lang);
  const c = new Chalk({ level: color ? 1 : 0 });
  const head = headOf(diff, t);
  const body = rows(diff, lang);
  const out = [c.bold(t('DIFF_TITLE', { from: sideName(diff.from), to: sideName(diff.to) }))];
  if (diff.issued && diff.summary.revised > 0) out.push(c.yellow(t('DIFF_ISSUED')));
  if (body.length === 0) out.push(t('DIFF_NONE'));
  else {
    const table = [head, ...body.map((r) => r.cells)];
    const widths = head.map((_, k) => Math.max(...table.map((r) => width(r[k]!))));
    // numbers right-aligned, words left-aligned
    const line = (r: string[]) =>
      r
        .map((cell, k) =>
          k >= 2 && k <= 5 ? cell.padStart(widths[k]! + cell.length - width(cell)) : cell.padEnd(widths[k]! + cell.length - width(cell)),
        )
        .join('  ')
        .trimEnd();
    out.push(c.bold(line(head)));
    for (const r of body) {
      const text = line(r.cells);
      const paint =
        r.notes.includes('removed') || r.notes.includes('dropped')
          ? c.red
          : r.notes.includes('added') || r.notes.includes('reached')
            ? c.green
            : r.notes.includes('revised')
              ? c.yellow
              : (s: string) => s;
      out.push(paint(text));
    }
  }
  if (diff.summary.unchanged > 0) out.push(t('DIFF_UNCHANGED', { count: diff.summary.unchanged }));
  out.push('');
  if (diff.sections.length === 0) out.push(t('DIFF_NO_SECTIONS'));
  else {
    out.push(c.bold(`${t('DIFF_SECTIONS', { count: diff.sections.length })}:`));
    for (const s of diff.sections) {
      out.push(`  ${t(SECTION_TEXT[s.status])}  ${s.sectorTitle} › ${s.label}`);
      // git's --word-diff=plain markers, coloured on a terminal
      if (s.words)
        out.push(
          `      ${wordLine(
            s.words,
            (op, w) => (op === 'removed' ? c.red(`[-${w}-]`) : c.green(`{+${w}+}`)),
            (w) => w,
          )}`,
        );
    }
  }
  return `${out.join('\n')}\n`;
}

/** A Markdown table of the changed indicators and a list of changed sections, for a pull-request comment. */
export function formatDiffMarkdown(diff: MonthDiff, lang: Lang): string {
  const t = words(lang);
  const cell = (s: string) => escapeInline(s);
  const out = [`### ${cell(t('DIFF_TITLE', { from: sideName(diff.from), to: sideName(diff.to) }))}`, ''];
  if (diff.issued && diff.summary.revised > 0) out.push(`> ⚠️ ${cell(t('DIFF_ISSUED'))}`, '');
  const body = rows(diff, lang);
  if (body.length === 0) out.push(t('DIFF_NONE'));
  else {
    out.push(`| ${headOf(diff, t).map(cell).join(' | ')} |`);
    out.push('| --- | --- | ---: | ---: | ---: | ---: | --- |');
    for (const r of body) out.push(`| ${r.cells.map(cell).join(' | ')} |`);
  }
  if (diff.summary.unchanged > 0) out.push('', t('DIFF_UNCHANGED', { count: diff.summary.unchanged }));
  out.push('');
  if (diff.sections.length === 0) out.push(t('DIFF_NO_SECTIONS'));
  else {
    out.push(`**${cell(t('DIFF_SECTIONS', { count: diff.sections.length }))}**`, '');
    for (const s of diff.sections) {
      out.push(`- ${cell(`${t(SECTION_TEXT[s.status])}: ${s.sectorTitle} › ${s.label}`)}`);
      // HTML <del>/<ins> (GitHub shows them struck through and underlined): ~~ and ** would not open next to punctuation
      const mark = (op: 'removed' | 'added', w: string) => (op === 'removed' ? `<del>${cell(w)}</del>` : `<ins>${cell(w)}</ins>`);
      if (s.words) out.push(`  ${wordLine(s.words, mark, cell)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The diff as JSON: the MonthDiff object, keys in a fixed order, two-space indent. */
export function formatDiffJson(diff: MonthDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
