/**
 * The sources map (`build --provenance`, `explain`): every number of the Markdown, by block and offset, with what it
 * is and where it comes from. A figure is explained by its computation and the entered values it is made of (file,
 * line, column, status); a number of a data text or of a template by the place it is written; a value a template
 * prints, a helper's date or a number the tool gives (headings, table rows) by where the template asks for it. Pure.
 */
import { formatNumber } from './format.js';
import { lineStarts, positionAt } from './located-text.js';
import type { FigurePart } from './figure-text.js';
import type { FigureView, Inputs, ReportModel } from './model.js';
import { printedSources, statusIn, statusOf, type FigureSource, type SourceStatus } from './provenance.js';
import type { Registry } from './registry.js';
import type { MarkdownSpan } from './render-markdown.js';
import type { SpanRecord } from './spans.js';
import { textPosition } from './text-positions.js';
import type { SourceFile } from './yaml-source.js';

/** One value something printed is made of, or the place a number is written. */
interface SourceRef {
  /** file:line:column, paths relative to the office folder. */
  readonly at: string;
  readonly status?: SourceStatus;
  /** The figure id the value is entered under. */
  readonly id?: string;
  readonly value?: number;
}

type EntryKind = 'figure' | 'data-text' | 'template-text' | 'template-value' | 'computed' | 'numbering';

/** One number of the Markdown. */
export interface SourceEntry {
  /** Markdown block (paragraphs, headings and tables, separated by blank lines), from 0. */
  readonly block: number;
  /** Offsets in the block, end excluded (UTF-16 code units, as JavaScript counts). */
  readonly start: number;
  readonly end: number;
  /** Line and column (1-based) of the start in the Markdown file. */
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly kind: EntryKind;
  /** Published, illustrative or inferred: for what comes from data. */
  readonly status?: SourceStatus;
  /** The figure printed and which part of it. */
  readonly figure?: { readonly id: string; readonly label: string; readonly unit: string; readonly part: string };
  /** "84% = 1.680 / 1.998 × 100", or what the tool computed. */
  readonly computation?: string;
  readonly sources: readonly SourceRef[];
}

export interface SourcesMap {
  readonly version: 1;
  readonly report: string;
  readonly numbers: readonly SourceEntry[];
}

export interface SourcesInput {
  /** The Markdown's file name, its text and its spans (render-markdown.ts). */
  readonly name: string;
  readonly markdown: { readonly text: string; readonly spans: readonly MarkdownSpan[] };
  readonly model: ReportModel;
  readonly registry: Registry;
  readonly inputs: Inputs;
  /** Template texts by file (the renderer's). */
  readonly templates: ReadonlyMap<string, string>;
  /** A path as the map shows it: relative to the office folder, forward slashes. */
  readonly shown: (path: string) => string;
}

/** Numbers inside a text: digits, with the dots, commas and slashes between them ("1.347,19", "15/01/2021", "71"). */
const NUMBER = /\d+(?:[.,/]\d+)*/g;

/** A value as a computation writes it: Vietnamese digits, up to four decimals. */
const num = (v: number | null | undefined): string => (v === null || v === undefined ? '?' : formatNumber(v, { decimals: 4 }));

/** How a figure's part is computed from its fields, as an expression of their values. */
function formula(part: FigurePart, f: FigureView, fieldExpr: (field: 'value' | 'ytd' | 'plan' | 'samePeriod' | 'prev') => string): string {
  switch (part) {
    case 'change':
      return `${num(f.value)} − ${num(f.prev)}`;
    case 'pctPlan':
      return `${num(f.ytd)} / ${num(f.plan)} × 100`;
    case 'pctSamePeriod':
      return `${num(f.ytd)} / ${num(f.samePeriod)} × 100`;
    case 'trendSamePeriod':
      return `${num(f.ytd)} / ${num(f.samePeriod)} × 100 − 100`;
    case 'trendPrev':
      return `(${num(f.value)} − ${num(f.prev)}) / ${num(f.prev)} × 100`;
    case 'unit':
      return f.unit;
    case 'label':
      return f.label;
    default:
      return fieldExpr(part);
  }
}

export function sourcesMap(input: SourcesInput): SourcesMap {
  const { model, registry, inputs, templates, shown, markdown } = input;
  const files = new Map<string, SourceFile>();
  for (const f of [
    ...inputs.sources.values(),
    inputs.planSource,
    ...[inputs.month, ...inputs.history].flatMap((m) => Object.values(m.origins ?? {})),
  ])
    if (f) files.set(f.file, f);
  const starts = lineStarts(markdown.text);
  const templateStarts = new Map<string, number[]>();
  const templateAt = (file: string | undefined, offset: number): string => {
    if (file === undefined) return '?';
    let s = templateStarts.get(file);
    if (!s) {
      s = lineStarts(templates.get(file) ?? '');
      templateStarts.set(file, s);
    }
    const p = positionAt(s, offset);
    return `${shown(file)}:${p.line}:${p.column}`;
  };
  const ref = (s: FigureSource): SourceRef => ({
    at: `${shown(s.file)}:${s.line}:${s.column}`,
    status: s.status,
    id: s.id,
    value: s.value,
  });

  /** The values of one field, as an expression: a rate's numerator over its denominator, months added. */
  const fieldExpr = (id: string, sources: readonly FigureSource[]): string => {
    const ratio = registry.indicators.get(id)?.ratio;
    const sum = (list: readonly FigureSource[]) => list.map((s) => num(s.value)).join(' + ') || '?';
    if (!ratio) return sum(sources);
    return `${sum(sources.filter((s) => s.id === ratio.numerator))} / ${sum(sources.filter((s) => s.id === ratio.denominator))} × 100`;
  };

  const entries: SourceEntry[] = [];
  for (const span of markdown.spans) {
    const blockText = markdown.text.slice(span.at - span.start);
    const text = blockText.slice(span.start, span.end);
    if (!/\d/.test(text)) continue;
    const place = (start: number, end: number) => {
      const p = positionAt(starts, span.at - span.start + start);
      return { block: span.block, start, end, line: p.line, column: p.column, text: blockText.slice(start, end) };
    };
    const r: SpanRecord = span.record;
    // a text's numbers each at their own place in their file
    if ('d' in r || ('t' in r && !('v' in r) && !('h' in r) && !('n' in r))) {
      for (const m of text.matchAll(NUMBER)) {
        const k = m.index;
        if ('d' in r) {
          const source = files.get(r.d);
          const pos = source ? textPosition(source, r.path, r.o + k) : { line: 0, column: 0 };
          const status = source ? statusIn(source, '') : undefined;
          entries.push({
            ...place(span.start + k, span.start + k + m[0].length),
            kind: 'data-text',
            ...(status ? { status } : {}),
            sources: [{ at: `${shown(r.d)}:${pos.line}:${pos.column}`, ...(status ? { status } : {}) }],
          });
        } else {
          entries.push({
            ...place(span.start + k, span.start + k + m[0].length),
            kind: 'template-text',
            sources: [{ at: templateAt(r.file, r.t + k) }],
          });
        }
      }
      continue;
    }
    const whole = place(span.start, span.end);
    if ('f' in r) {
      const part = r.s as FigurePart;
      if (r.plan) {
        const view = model.p[r.f];
        const sources = printedSources(model, r);
        entries.push({
          ...whole,
          kind: 'figure',
          status: statusOf(sources),
          // a plan target's value is its plan
          figure: { id: r.f, label: view?.label ?? r.f, unit: view?.unit ?? '', part: part === 'value' ? 'plan' : part },
          computation: `${text} = ${sources.map((s) => num(s.value)).join(' + ') || '?'}`,
          sources: sources.map(ref),
        });
        continue;
      }
      const view = model.c[r.f]!;
      const fields = model.sources[r.f];
      const sources = printedSources(model, r);
      const expr = formula(part, view, (field) => fieldExpr(r.f, fields?.[field] ?? []));
      entries.push({
        ...whole,
        kind: 'figure',
        status: statusOf(sources),
        figure: { id: r.f, label: view.label, unit: view.unit, part },
        computation: part === 'unit' || part === 'label' ? `${part}(${r.f}) = ${expr}` : `${text} = ${expr}`,
        sources: sources.map(ref),
      });
      continue;
    }
    if ('ref' in r) {
      // a report date named in a data text: the name inside the reference's braces
      const source = files.get(r.ref.d);
      const pos = source ? textPosition(source, r.ref.path, r.ref.o + 1) : { line: 0, column: 0 };
      entries.push({
        ...whole,
        kind: 'template-value',
        computation: `{${r.v}} = ${text}`,
        sources: [{ at: `${shown(r.ref.d)}:${pos.line}:${pos.column}` }],
      });
      continue;
    }
    if ('v' in r) {
      entries.push({ ...whole, kind: 'template-value', computation: `{{${r.v}}} = ${text}`, sources: [{ at: templateAt(r.file, r.t) }] });
      continue;
    }
    if ('h' in r) {
      const args = (r.args ?? []).map((a) => JSON.stringify(a)).join(' ');
      entries.push({ ...whole, kind: 'computed', computation: `{{${r.h} ${args}}} = ${text}`, sources: [{ at: templateAt(r.file, r.t) }] });
      continue;
    }
    if ('n' in r) {
      entries.push({
        ...whole,
        kind: 'numbering',
        computation: r.n,
        sources: r.t === undefined ? [] : [{ at: templateAt(r.file, r.t) }],
      });
    }
  }
  return { version: 1, report: input.name, numbers: entries };
}

/** The map as a file: two-space JSON, keys in the order above, a newline at the end. */
export const sourcesJson = (map: SourcesMap): string => `${JSON.stringify(map, null, 2)}\n`;
