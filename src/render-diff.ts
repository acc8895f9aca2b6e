/**
 * Diff writers: a MonthDiff → aligned text (coloured only on a terminal), a Markdown table for a pull-request
 * comment, or stable JSON (shape documented in the README). Text and Markdown list what changed; JSON lists every
 * indicator of the two months. Pure.
 */
import { Chalk } from 'chalk';
import type { IndicatorChange, MonthDiff, PlanCrossing } from './compare.js';
import type { Lang } from './error-catalog.js';
import { formatNumber, formatPercent } from './format.js';
import { escapeInline } from './render-markdown.js';

export type DiffFormat = 'text' | 'md' | 'json';
type Note = 'added' | 'removed' | 'revised' | PlanCrossing;

const WORDS = {
  vi: {
    title: 'So sánh số liệu', indicator: 'Chỉ tiêu', unit: 'Đơn vị', change: 'Thay đổi', pct: '%', note: 'Ghi chú',
    added: 'mới có', removed: 'không còn', revised: 'sửa số liệu', reached: 'đạt kế hoạch', dropped: 'xuống dưới kế hoạch',
    none: 'Không có chỉ tiêu nào thay đổi.', unchanged: (n: number) => `${n} chỉ tiêu không đổi.`,
    sections: 'Mục lời văn thay đổi', sectionStatus: { added: 'thêm', removed: 'bỏ', changed: 'sửa' },
    noSections: 'Lời văn không đổi.',
    issued: 'Báo cáo tháng này đã ban hành: các số liệu sửa dưới đây khác với báo cáo đã ban hành.',
  },
  en: {
    title: 'Data comparison', indicator: 'Indicator', unit: 'Unit', change: 'Change', pct: '%', note: 'Note',
    added: 'added', removed: 'removed', revised: 'revised', reached: 'plan reached', dropped: 'fell below plan',
    none: 'No indicator changed.', unchanged: (n: number) => `${n} indicator(s) unchanged.`,
    sections: 'Narrative sections changed', sectionStatus: { added: 'added', removed: 'removed', changed: 'changed' },
    noSections: 'No narrative section changed.',
    issued: "This month's report was already issued: the revised figures below differ from the issued report.",
  },
} as const;

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
      return { cells: [i.label, i.unit, num(i, i.from), num(i, i.to), signed(i, i.change), pct(i.pctChange), notes.map((n) => WORDS[lang][n]).join(', ')], notes };
    });
}

const width = (s: string) => [...s].length;

/** Aligned columns; colour (added green, removed red, revised yellow, crossings cyan) only when `color`. */
export function formatDiffText(diff: MonthDiff, lang: Lang, color: boolean): string {
  const w = WORDS[lang];
  const c = new Chalk({ level: color ? 1 : 0 });
  const head = [w.indicator, w.unit, sideName(diff.from), sideName(diff.to), w.change, w.pct, w.note];
  const body = rows(diff, lang);
  const out = [c.bold(`${w.title}: ${sideName(diff.from)} → ${sideName(diff.to)}`)];
  if (diff.issued && diff.summary.revised > 0) out.push(c.yellow(w.issued));
  if (body.length === 0) out.push(w.none);
  else {
    const table = [head, ...body.map((r) => r.cells)];
    const widths = head.map((_, k) => Math.max(...table.map((r) => width(r[k]!))));
    // numbers right-aligned, words left-aligned
    const line = (r: string[]) =>
      r.map((cell, k) => (k >= 2 && k <= 5 ? cell.padStart(widths[k]! + cell.length - width(cell)) : cell.padEnd(widths[k]! + cell.length - width(cell)))).join('  ').trimEnd();
    out.push(c.bold(line(head)));
    for (const r of body) {
      const text = line(r.cells);
      const paint = r.notes.includes('removed') || r.notes.includes('dropped') ? c.red
        : r.notes.includes('added') || r.notes.includes('reached') ? c.green
        : r.notes.includes('revised') ? c.yellow : (s: string) => s;
      out.push(paint(text));
    }
  }
  if (diff.summary.unchanged > 0) out.push(w.unchanged(diff.summary.unchanged));
  out.push('');
  if (diff.sections.length === 0) out.push(w.noSections);
  else {
    out.push(c.bold(`${w.sections} (${diff.sections.length}):`));
    for (const s of diff.sections) out.push(`  ${w.sectionStatus[s.status]}  ${s.sectorTitle} › ${s.label}`);
  }
  return `${out.join('\n')}\n`;
}

/** A Markdown table of the changed indicators and a list of changed sections, for a pull-request comment. */
export function formatDiffMarkdown(diff: MonthDiff, lang: Lang): string {
  const w = WORDS[lang];
  const cell = (s: string) => escapeInline(s);
  const out = [`### ${cell(`${w.title}: ${sideName(diff.from)} → ${sideName(diff.to)}`)}`, ''];
  if (diff.issued && diff.summary.revised > 0) out.push(`> ⚠️ ${cell(w.issued)}`, '');
  const body = rows(diff, lang);
  if (body.length === 0) out.push(w.none);
  else {
    out.push(`| ${[w.indicator, w.unit, sideName(diff.from), sideName(diff.to), w.change, w.pct, w.note].map(cell).join(' | ')} |`);
    out.push('| --- | --- | ---: | ---: | ---: | ---: | --- |');
    for (const r of body) out.push(`| ${r.cells.map(cell).join(' | ')} |`);
  }
  if (diff.summary.unchanged > 0) out.push('', w.unchanged(diff.summary.unchanged));
  out.push('');
  if (diff.sections.length === 0) out.push(w.noSections);
  else {
    out.push(`**${cell(w.sections)} (${diff.sections.length})**`, '');
    for (const s of diff.sections) out.push(`- ${cell(`${w.sectionStatus[s.status]}: ${s.sectorTitle} › ${s.label}`)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The diff as JSON: the MonthDiff object, keys in a fixed order, two-space indent. */
export function formatDiffJson(diff: MonthDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
