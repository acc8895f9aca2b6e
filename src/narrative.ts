/**
 * Narrative text with figure references, as a whole: the checks of one text (every reference well-formed, naming a
 * figure that exists, with modifiers that fit it and a value the month can give; no figure typed by hand), located at
 * the line and column inside the text, and its rendering into plain literal text. Pure.
 */
import type { SectorDef } from './definitions.js';
import { literalText } from './document.js';
import { ReportError, type Place, type Severity } from './errors.js';
import type { Figure, FigureStyle } from './figure-text.js';
import { formatDate } from './format.js';
import { nearest } from './nearest.js';
import { typedNumbers } from './numbers-in-text.js';
import { twoDigits, type Period } from './period.js';
import { parseNarrative, referenceSource, type Reference } from './reference-grammar.js';
import type { Registry } from './registry.js';
import { mark } from './spans.js';
import {
  FORMATS,
  isReportDate,
  MAX_DIGITS,
  MODIFIER_HELP,
  referenceValue,
  renderReference,
  REPORT_DATES,
  resolveReference,
  SELECTORS,
  type ReferenceTarget,
  type ReportDates,
  type ResolvedReference,
} from './references.js';

/** The report's dates as its texts print them: the cut-off from report.yaml (none in a data-only month), the period's month and years. */
export const reportDates = (period: Period, cutoff: string | null): ReportDates => ({
  ngay_chot_so_lieu: cutoff === null ? null : formatDate(cutoff),
  thang: twoDigits(period.month),
  nam: String(period.year),
  nam_truoc: String(period.year - 1),
});

/** The figures a text may name: the office's indicators and plan targets, and its units (for the typed-figure check). */
export interface NarrativeScope {
  readonly indicators: ReadonlyMap<
    string,
    {
      readonly label: string;
      readonly kind: 'count' | 'amount' | 'change';
      readonly accumulate: 'flow' | 'stock' | 'rate';
      readonly plan?: string;
    }
  >;
  readonly planTargets: ReadonlyMap<string, { readonly label: string; readonly kind: 'count' | 'amount' }>;
  readonly units: readonly string[];
}

export const narrativeScope = (registry: Registry): NarrativeScope => ({
  indicators: registry.indicators,
  planTargets: registry.planTargets,
  units: registry.settings.units,
});

/** The keys of a sector's noi_dung that are narrative: its texts and lists (its dates are typed fields). */
export const narrativeKeys = (sector: SectorDef): string[] => [...Object.keys(sector.texts), ...Object.keys(sector.lists ?? {})];

/** Where a text is in the data: its file and path, for the spans of what it prints. */
export interface TextOrigin {
  readonly file: string;
  readonly path: readonly (string | number)[];
}

/** A sector's noi_dung as printed: every narrative text and list item rendered, the dates as they are. */
export function renderContent(
  sector: SectorDef,
  content: SectorContent,
  scope: NarrativeScope,
  views: (id: string) => Figure | undefined,
  style: FigureStyle,
  dates: ReportDates,
  file?: string,
): SectorContent {
  const out: Record<string, string | readonly string[]> = { ...content };
  const origin = (path: (string | number)[]) => (file === undefined ? undefined : { file, path: ['noi_dung', ...path] });
  for (const key of narrativeKeys(sector)) {
    const v = content[key];
    if (typeof v === 'string') out[key] = renderNarrative(v, scope, views, style, dates, origin([key]));
    else if (Array.isArray(v)) out[key] = v.map((item: string, i) => renderNarrative(item, scope, views, style, dates, origin([key, i])));
  }
  return out;
}
type SectorContent = Readonly<Record<string, string | readonly string[]>>;

/** What a reference's figure is, for the modifiers and the messages; undefined for an unknown id. */
function targetOf(
  scope: NarrativeScope,
  id: string,
): { readonly target: ReferenceTarget; readonly label: string; readonly plan: string } | undefined {
  if (isReportDate(id)) return { target: { kind: 'date' }, label: REPORT_DATES[id].label, plan: '' };
  const indicator = scope.indicators.get(id);
  if (indicator) {
    const target: ReferenceTarget = {
      kind: 'indicator',
      count: indicator.kind === 'count',
      stated: indicator.kind === 'change',
      accumulate: indicator.accumulate,
      plan: indicator.plan !== undefined,
    };
    return { target, label: indicator.label, plan: indicator.plan ?? '' };
  }
  const plan = scope.planTargets.get(id);
  return plan ? { target: { kind: 'planTarget', count: plan.kind === 'count' }, label: plan.label, plan: id } : undefined;
}

/** Where a diagnostic about one text points: its file and data path, and the position of any offset inside it. */
export interface TextPlace {
  readonly file: string;
  readonly dataPath: readonly (string | number)[];
  readonly at: (offset: number) => { readonly line: number; readonly column: number };
}

export interface CheckedText {
  readonly problems: readonly ReportError[];
  /** The references that resolve, in order (the figures the text prints). */
  readonly references: readonly ResolvedReference[];
}

const KNOWN_MODIFIERS = [...SELECTORS, ...FORMATS, `0-${MAX_DIGITS}`].join(', ');

/**
 * Check one narrative text. With `values` (the figures as the month computes them) and `dates`, also whether each
 * reference has something to print: a percent of plan without a plan is an error, any other missing value a warning.
 */
export function checkNarrative(
  text: string,
  place: TextPlace,
  scope: NarrativeScope,
  values?: (id: string) => Figure | undefined,
  dates?: ReportDates,
): CheckedText {
  const problems: ReportError[] = [];
  const references: ResolvedReference[] = [];
  const at = (offset: number, severity: Severity = 'error'): Place => ({
    file: place.file,
    dataPath: place.dataPath,
    severity,
    ...place.at(offset),
  });

  const parsed = parseNarrative(text);
  for (const p of parsed.problems) {
    // an unclosed reference runs to the end of its line: the start is enough to find it
    const source = text.slice(p.start, p.end);
    problems.push(
      new ReportError({
        code: 'VALIDATE_REFERENCE_SYNTAX',
        params: { reason: p.reason, source: source.length > 30 ? `${source.slice(0, 30)}…` : source },
        ...at(p.start),
      }),
    );
  }
  const spans: Reference[] = [];
  for (const segment of parsed.segments) {
    if (segment.kind !== 'reference') continue;
    spans.push(segment);
    const ref = referenceSource(segment);
    const known = targetOf(scope, segment.id);
    if (!known) {
      const suggestion = nearest(segment.id, [...scope.indicators.keys(), ...scope.planTargets.keys()]) ?? '';
      problems.push(
        new ReportError({ code: 'VALIDATE_REFERENCE_UNKNOWN', params: { ref, id: segment.id, suggestion }, ...at(segment.start) }),
      );
      continue;
    }
    const r = resolveReference(segment, known.target);
    if (!r.ok && 'unknownModifier' in r) {
      const suggestion = nearest(r.unknownModifier, Object.keys(MODIFIER_HELP)) ?? '';
      problems.push(
        new ReportError({
          code: 'VALIDATE_REFERENCE_MODIFIER_UNKNOWN',
          params: { ref, modifier: r.unknownModifier, suggestion, known: KNOWN_MODIFIERS },
          ...at(segment.start),
        }),
      );
      continue;
    }
    if (!r.ok) {
      problems.push(
        new ReportError({
          code: 'VALIDATE_REFERENCE_MODIFIER_MISFIT',
          params: { ref, modifier: r.modifier, reason: r.misfit, label: known.label },
          ...at(segment.start),
        }),
      );
      continue;
    }
    references.push(r.reference);
    if (isReportDate(segment.id)) {
      if (dates?.[segment.id] === null)
        problems.push(
          new ReportError({
            code: 'VALIDATE_REFERENCE_NO_DATA',
            params: { ref, label: known.label, selector: 'value' },
            ...at(segment.start, 'warning'),
          }),
        );
      continue;
    }
    const view = values?.(segment.id);
    if (!view || referenceValue(r.reference, view) !== null) continue;
    if (r.reference.selector === 'plan' || r.reference.selector === 'pctPlan' || known.target.kind === 'planTarget') {
      problems.push(
        new ReportError({
          code: 'VALIDATE_REFERENCE_NO_PLAN',
          params: { ref, label: known.label, target: known.plan },
          ...at(segment.start),
        }),
      );
    } else {
      problems.push(
        new ReportError({
          code: 'VALIDATE_REFERENCE_NO_DATA',
          params: { ref, label: known.label, selector: r.reference.selector },
          ...at(segment.start, 'warning'),
        }),
      );
    }
  }
  for (const n of typedNumbers(text, spans, scope.units))
    problems.push(new ReportError({ code: 'VALIDATE_NUMBER_IN_TEXT', params: { number: n.text }, ...at(n.start, 'warning') }));
  return { problems, references };
}

/**
 * A checked text as the report prints it: literal runs as written (escaped braces as one brace), references as their
 * figures, all literal (spans.ts: data can never forge a marker) and marked: each figure with what it is, and with
 * the text's `origin`, each literal run with its place in the data. Throws on a text the checks refuse: the pipeline
 * never renders invalid data.
 */
export function renderNarrative(
  text: string,
  scope: NarrativeScope,
  views: (id: string) => Figure | undefined,
  style: FigureStyle,
  dates: ReportDates,
  origin?: TextOrigin,
): string {
  const parsed = parseNarrative(text);
  if (parsed.problems.length > 0) throw new Error(`unchecked narrative: ${parsed.problems[0]!.reason} at ${parsed.problems[0]!.start}`);
  return parsed.segments
    .map((s) => {
      if (s.kind === 'literal')
        return origin ? mark(literalText(s.text), { d: origin.file, path: origin.path, o: s.start }) : literalText(s.text);
      if (isReportDate(s.id) && s.modifiers.length === 0) {
        const date = dates[s.id] ?? style.placeholders.noData;
        // the report's date, printed where the text names it
        return origin ? mark(date, { v: s.id, x: date, ref: { d: origin.file, path: origin.path, o: s.start } }) : date;
      }
      const known = targetOf(scope, s.id);
      const r = known && resolveReference(s, known.target);
      const view = views(s.id);
      if (!r?.ok || !view) throw new Error(`unchecked reference ${referenceSource(s)}`);
      return renderReference(r.reference, view, style);
    })
    .join('');
}
