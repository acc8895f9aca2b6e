/** Handlebars helpers: the only way templates print figures, texts and structure. Each checks its arguments and throws. */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { APPENDIX_COLUMNS, indicatorTable, unpublishedCells, type AppendixColumn } from './appendix.js';
import { closeMarker, literalText, openMarker, tableMarker, type SectionKind } from './document.js';
import { formatDate, formatFigure, formatNumber, formatOfficialDate, formatPercent, numberInWords } from './format.js';
import type { HelperArgument } from './error-catalog.js';
import { ReportError } from './errors.js';
import { printFigure, statedChange, withUnit, type Figure } from './figure-text.js';
import type { FigureView, ReportModel } from './model.js';
import type { UnpublishedFigure } from './provenance.js';
import { isMarked, mark } from './spans.js';

/** A part of the report rendered once the rest is: given the figures the text prints from unpublished values. */
export type Deferred = (body: readonly UnpublishedFigure[]) => string;
/** Where a deferred part goes in the rendered text (a control character: data can never hold one). */
const deferredMarker = (index: number): string => `\u0006${index}\u0006`;
export const DEFERRED = /\u0006(\d+)\u0006/g;

/** Where a helper call and its arguments are in their template, as render.ts's `instrument` notes it in `__src`. */
interface CallSource {
  readonly file?: string;
  /** Offset of the call. */
  readonly o: number;
  /** Offset and path (null for a literal) of each argument. */
  readonly p: readonly (readonly [number, string | null])[];
  /** Offset of each hash value. */
  readonly h: Readonly<Record<string, number>>;
}
function sourceOf(options: HelperOptions): CallSource {
  const raw = (options.hash as Record<string, unknown> | undefined)?.['__src'];
  const parsed = typeof raw === 'string' ? (JSON.parse(raw) as Omit<CallSource, 'file'>) : { o: 0, p: [], h: {} };
  return { ...parsed, file: (options.data as { file?: string } | undefined)?.file };
}
/** A helper's computed text, marked with the helper and where it is called. */
const computed = (text: string, helper: string, options: HelperOptions, args?: readonly unknown[]): string => {
  const { o, file } = sourceOf(options);
  return mark(text, args ? { h: helper, t: o, file, args } : { h: helper, t: o, file });
};
/** A piece of a title or of a helper argument: a literal marked with its place in the template, a value with its path. */
function piece(value: string | number, index: number, options: HelperOptions): string {
  if (typeof value === 'string' && isMarked(value)) return value;
  const { p, file } = sourceOf(options);
  const [at, path] = p[index] ?? [sourceOf(options).o, null];
  if (path === null) return mark(literalText(String(value)), { t: at + 1, file });
  return mark(literalText(String(value)), { v: path, t: at, file });
}

const FIELDS = ['value', 'ytd', 'plan', 'samePeriod', 'prev', 'change'] as const;
type Field = (typeof FIELDS)[number];

/** Where the helper is called in its template (the renderer adds which template). */
const where = (options: HelperOptions | undefined): { line?: number; column?: number } => {
  const loc = (options as unknown as { loc?: { start: { line: number; column: number } } } | undefined)?.loc;
  return loc ? { line: loc.start.line, column: loc.start.column + 1 } : {};
};

/** A helper called with an argument it cannot print. */
const badArgument = (helper: string, expected: HelperArgument, received: unknown, options: HelperOptions | undefined) =>
  new ReportError({
    code: 'RENDER_HELPER_ARGUMENT',
    params: { helper, expected, received: JSON.stringify(received) ?? 'undefined' },
    ...where(options),
  });

function figure(v: unknown, helper: string, options: HelperOptions | undefined): Figure {
  if (typeof v === 'object' && v !== null && 'unit' in v && 'value' in v && 'decimals' in v) return v as Figure;
  throw badArgument(helper, 'figure', v, options);
}

/** Split helper arguments from Handlebars' trailing options object. */
function args(raw: unknown[]): { list: unknown[]; options: HelperOptions } {
  return { list: raw.slice(0, -1), options: raw[raw.length - 1] as HelperOptions };
}

const fieldName = (field: unknown): Field => (field ?? 'value') as Field;

function fieldValue(f: Figure, field: unknown, helper: string, options: HelperOptions): number | null {
  const name = fieldName(field);
  if (!FIELDS.includes(name))
    throw new ReportError({
      code: 'RENDER_HELPER_FIELD',
      params: { helper, field: String(field), fields: FIELDS.join(', ') },
      ...where(options),
    });
  return name in f ? ((f as unknown as Record<Field, number | null>)[name] ?? null) : null;
}

function digitsArg(d: unknown, helper: string, options: HelperOptions): number {
  if (typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 4) return d;
  throw badArgument(helper, 'digits', d, options);
}

/** A date's anniversary in `year`: its ISO date and the years elapsed (the schema guarantees the date's shape). */
function anniversaryOf(date: unknown, year: unknown, helper: string, options: HelperOptions): { years: number; iso: string } {
  const m = typeof date === 'string' ? /^(\d{4})-(\d{2}-\d{2})$/.exec(date) : null;
  if (!m) throw badArgument(helper, 'date', date, options);
  const years = typeof year === 'number' ? year - Number(m[1]) : NaN;
  if (!Number.isInteger(years) || years < 1)
    throw new ReportError({
      code: 'RENDER_HELPER_YEAR',
      params: { helper, year: JSON.stringify(year) ?? 'undefined', date: m[0] },
      ...where(options),
    });
  return { years, iso: `${String(year)}-${m[2]!}` };
}

/** The office's style (schemas/office.yaml) of the model being rendered. */
const styleOf = (options: HelperOptions) => modelOf(options).style;
/** Printed where a figure cannot be computed: never NaN, undefined or a made-up 0; the office's words. */
const noData = (options: HelperOptions): string => styleOf(options).placeholders.noData;

/** The content of a block for one sector: rendered with that sector's view, or a placeholder when the month lacks it. */
function sectorBody(sector: unknown, context: unknown, options: HelperOptions, model: ReportModel, allowMissing: boolean): string {
  if (sector === undefined) return options.fn(context);
  if (typeof sector !== 'string' || !Object.hasOwn(model.texts, sector)) {
    const params = { sector: String(sector), known: Object.keys(model.texts).join(', ') };
    throw new ReportError({ code: 'RENDER_UNKNOWN_SECTOR', params, ...where(options) });
  }
  const texts = model.texts[sector];
  if (texts === null || texts === undefined) {
    // a sector the office does not require prints its placeholder, as every sector does with --allow-missing
    const required = model.style.requiredSectors?.includes(sector) ?? true;
    if (!allowMissing && required) throw new ReportError({ code: 'RENDER_SECTOR_MISSING', params: { sector }, ...where(options) });
    return model.style.placeholders.noData;
  }
  return options.fn({ c: model.c, p: model.p, t: texts, period: model.period });
}

/** Block helper emitting a structure marker around its content; `sector="id"` renders the content with that sector's view. */
/** The model being rendered: the root of Handlebars' own data (@root), so helpers hold no state between renders. */
function modelOf(options: HelperOptions): ReportModel {
  return (options.data as { root: ReportModel }).root;
}

/** A figure argument of a helper that prints it, noted in the render's data (@printed) for the figures nothing prints. */
function printedFigure(v: unknown, helper: string, options: HelperOptions): Figure {
  const f = figure(v, helper, options);
  (options.data as { printed?: Set<string> }).printed?.add(f.id);
  return f;
}

function structure(kind: SectionKind | 'field', allowMissing: boolean): HelperDelegate {
  return function (this: unknown, ...raw: unknown[]) {
    const { list, options } = args(raw);
    // the title may be given in pieces: {{#part "… THÁNG " period.mm}}
    const wrong = list.find((x) => typeof x !== 'string' && typeof x !== 'number');
    if (wrong !== undefined) throw badArgument(kind, 'pieces', wrong, options);
    const title = (list as (string | number)[]).map((x, i) => piece(x, i, options)).join('');
    const body = sectorBody((options.hash as Record<string, unknown>)['sector'], this, options, modelOf(options), allowMissing);
    const { o, file } = sourceOf(options);
    return `${openMarker(kind, title, { t: o, file })}\n${body}\n${closeMarker()}\n`;
  };
}

/** The helpers a report template may call; they read the model being rendered from Handlebars' data. */
export function reportHelpers(allowMissing: boolean): Record<string, HelperDelegate> {
  return {
    part: structure('part', allowMissing),
    section: structure('section', allowMissing),
    label: structure('label', allowMissing),
    item: structure('item', allowMissing),
    appendix: structure('appendix', allowMissing),
    field: structure('field', allowMissing),
    /** Content rendered with one sector's view, without a heading of its own: {{#sector "<mã ngành>"}}…{{/sector}}. */
    sector(this: unknown, ...raw: unknown[]) {
      const { list, options } = args(raw);
      return sectorBody(list[0], this, options, modelOf(options), allowMissing);
    },

    /**
     * A text from the data, printed literally. A narrative text comes already rendered and marked (aggregate.ts), and
     * passes as it is; any other is made literal and marked with the path the template reads it from.
     */
    text(...raw: unknown[]) {
      const { list, options } = args(raw);
      const s = list[0];
      if (typeof s !== 'string') throw badArgument('text', 'text', s, options);
      if (modelOf(options).marked?.has(s)) return s;
      const { p, file } = sourceOf(options);
      const [at, path] = p[0] ?? [0, null];
      return mark(literalText(s), { v: path ?? '', t: at, file });
    },
    /** A figure without its unit: {{num c.id}}, {{num c.id "ytd"}}. */
    num(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = printedFigure(list[0], 'num', options);
      const v = fieldValue(f, list[1], 'num', options);
      return v === null ? noData(options) : printFigure(f, fieldName(list[1]), formatFigure(f, v, styleOf(options).padSmallNumbers));
    },
    /** A figure with its unit: "1.680 ha", "90%". */
    qty(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = printedFigure(list[0], 'qty', options);
      const v = fieldValue(f, list[1], 'qty', options);
      return v === null
        ? noData(options)
        : printFigure(f, fieldName(list[1]), withUnit(f, formatFigure(f, v, styleOf(options).padSmallNumbers)));
    },
    /** Percent of the annual plan, rounded to `digits`: {{pctPlan c.id 0}} → "84%". */
    pctPlan(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = printedFigure(list[0], 'pctPlan', options) as FigureView;
      const d = digitsArg(list[1], 'pctPlan', options);
      if (f.pctPlan === null || f.pctPlan === undefined) return styleOf(options).placeholders.noPlan;
      return printFigure(f, 'pctPlan', formatPercent(f.pctPlan, d));
    },
    /** True when the percent of plan can be computed, so a sentence can say "đạt …% kế hoạch" or that there is no plan. */
    hasPlan(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = figure(list[0], 'hasPlan', options) as FigureView;
      return f.pctPlan !== null && f.pctPlan !== undefined;
    },
    /** Percent of the same period last year: {{pctSamePeriod c.id 1}}. */
    pctSamePeriod(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = printedFigure(list[0], 'pctSamePeriod', options) as FigureView;
      const d = digitsArg(list[1], 'pctSamePeriod', options);
      if (f.pctSamePeriod === null || f.pctSamePeriod === undefined) return noData(options);
      return printFigure(f, 'pctSamePeriod', formatPercent(f.pctSamePeriod, d));
    },
    /**
     * A change stated directly (kind: change) in the report's words: {{statedChange c.id}} → "giảm 15,31% so với cùng kỳ
     * năm trước"; {{statedChange c.id againstFirst=true}} → "so với cùng kỳ năm trước giảm 15,31%".
     */
    statedChange(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = printedFigure(list[0], 'statedChange', options) as FigureView;
      if (!f.stated) throw badArgument('statedChange', 'statedChange', f.id, options);
      if (f.value === null) return noData(options);
      return printFigure(f, 'value', statedChange(f, f.value, styleOf(options), options.hash['againstFirst'] === true));
    },
    /** A small count spelled out: "một". */
    words(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = printedFigure(list[0], 'words', options);
      return f.value === null ? noData(options) : printFigure(f, 'value', numberInWords(f.value));
    },
    /** True when the figure exists and is above zero (for sentences that only make sense then). */
    positive(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = figure(list[0], 'positive', options);
      return f.value !== null && f.value > 0;
    },
    /** "2021-01-15" → "15/01/2021". */
    date(...raw: unknown[]) {
      const { list, options } = args(raw);
      if (typeof list[0] !== 'string') throw badArgument('date', 'date', list[0], options);
      return computed(formatDate(list[0]), 'date', options, [list[0]]);
    },
    /** Years from a date to its anniversary in `year`: {{anniversary t.ngay_thanh_lap period.next.year}} → "91". */
    anniversary(...raw: unknown[]) {
      const { list, options } = args(raw);
      const { years } = anniversaryOf(list[0], list[1], 'anniversary', options);
      return computed(formatNumber(years, { pad: styleOf(options).padSmallNumbers }), 'anniversary', options, [list[0], list[1]]);
    },
    /** The date of that anniversary: {{anniversaryDate t.ngay_thanh_lap period.next.year}} → "03/02/2021". */
    anniversaryDate(...raw: unknown[]) {
      const { list, options } = args(raw);
      return computed(formatDate(anniversaryOf(list[0], list[1], 'anniversaryDate', options).iso), 'anniversaryDate', options, [
        list[0],
        list[1],
      ]);
    },
    /** The header's date line; blanks when the report is not signed yet. */
    officialDate(...raw: unknown[]) {
      const { list, options } = args(raw);
      const iso = list[0] ?? null;
      if (iso !== null && typeof iso !== 'string') throw badArgument('officialDate', 'dateOrNull', iso, options);
      const { year, month } = modelOf(options).period;
      return computed(formatOfficialDate(iso, year, month), 'officialDate', options, [iso, year, month]);
    },
    /** Document number, or blanks for handwriting when not issued yet. */
    docNumber(...raw: unknown[]) {
      const { list, options } = args(raw);
      const n = list[0];
      return typeof n === 'number' ? computed(formatNumber(n, { pad: true }).replace('.', ''), 'docNumber', options, [n]) : '      ';
    },
    upper(...raw: unknown[]) {
      const { list, options } = args(raw);
      if (typeof list[0] !== 'string') throw badArgument('upper', 'text', list[0], options);
      const [at, path] = sourceOf(options).p[0] ?? [0, null];
      return mark(literalText(list[0].toLocaleUpperCase('vi')), { v: path ?? '', t: at, file: sourceOf(options).file });
    },
    /** Strings and numbers joined, for a helper argument built from pieces: (concat "Kế hoạch năm " period.year). */
    concat(...raw: unknown[]) {
      const { list, options } = args(raw);
      const wrong = list.find((x) => typeof x !== 'string' && typeof x !== 'number');
      if (wrong !== undefined) throw badArgument('concat', 'pieces', wrong, options);
      return (list as (string | number)[]).map((x, i) => piece(x, i, options)).join('');
    },
    /**
     * Rendered when the report prints any figure made of an illustrative or inferred value, with what the notice under
     * the title and the note under the table say: {{#unpublished}}{{count}} … {{#each columns}}{{count}} ở cột
     * {{number}}{{/each}} … {{#each body}}{{printed}} ({{name}}){{/each}}{{/unpublished}}. `count`: all such figures;
     * `appendixCount` and `columns` (with `illustrative`): the appendix cells by column; `body` (`bodyCount`): the
     * figures printed in the text, each as `printed`, with its indicator's `name` and `illustrative`; `illustrative`/`inferred`: whether any
     * appendix cell is so (the table's markers). Known only once the whole report is rendered: the helper leaves a
     * placeholder that the renderer fills (render.ts).
     */
    unpublished(this: unknown, ...raw: unknown[]) {
      const { options } = args(raw);
      const model = modelOf(options);
      const fill = (body: readonly UnpublishedFigure[]): string => {
        const columns = unpublishedCells(model);
        if (columns.length === 0 && body.length === 0) return options.inverse(this);
        const appendixCount = columns.reduce((n, c) => n + c.count, 0);
        return options.fn({
          count: appendixCount + body.length,
          appendixCount,
          illustrative: columns.some((c) => c.status === 'illustrative'),
          inferred: columns.some((c) => c.status === 'inferred'),
          columns: columns.map((c) => ({ ...c, illustrative: c.status === 'illustrative' })),
          bodyCount: body.length,
          body: body.map((f) => ({ printed: f.printed, name: f.label, illustrative: f.status === 'illustrative' })),
        });
      };
      const deferred = (options.data as { deferred?: Deferred[] }).deferred;
      if (!deferred) return fill([]);
      deferred.push(fill);
      return deferredMarker(deferred.length - 1);
    },
    /**
     * The appendix table of main indicators; every header, group title and note comes from the hash:
     * {{indicatorTable stt="STT" label="Chỉ tiêu" … economy="KINH TẾ" … lagging="…" missing="-" pctDigits=1}}.
     */
    indicatorTable(...raw: unknown[]) {
      const { options } = args(raw);
      const hash = options.hash as Record<string, unknown>;
      const at = sourceOf(options);
      // each word of the table marked with its place in the template (a value built with concat comes marked)
      const words = (v: string, key: string) => (isMarked(v) ? v : mark(v, { t: (at.h[key] ?? at.o) + 1, file: at.file }));
      const text = (key: string): string => {
        const v = hash[key];
        if (typeof v !== 'string')
          throw new ReportError({ code: 'RENDER_HELPER_HASH_MISSING', params: { helper: 'indicatorTable', key }, ...where(options) });
        return words(v, key);
      };
      const columns = Object.fromEntries(APPENDIX_COLUMNS.map((c) => [c, text(c)])) as Record<AppendixColumn, string>;
      const groups = Object.fromEntries(
        modelOf(options)
          .appendix.filter(({ group }) => typeof hash[group] === 'string')
          .map(({ group }) => [group, words(hash[group] as string, group)]),
      );
      const labels = {
        columns,
        groups,
        lagging: text('lagging'),
        pointInTime: text('pointInTime'),
        missing: text('missing'),
        pctDigits: digitsArg(hash['pctDigits'], 'indicatorTable', options),
        // an office template written before provenance marks its cells the common way
        markers: {
          illustrative: typeof hash['illustrative'] === 'string' ? words(hash['illustrative'], 'illustrative') : '(*)',
          inferred: typeof hash['inferred'] === 'string' ? words(hash['inferred'], 'inferred') : '(**)',
        },
      };
      const printed = (options.data as { printed?: Set<string> }).printed;
      for (const { ids } of modelOf(options).appendix) for (const id of ids) printed?.add(id);
      try {
        return `${tableMarker(indicatorTable(modelOf(options), labels))}\n`;
      } catch (e) {
        throw e instanceof ReportError ? e.placed(where(options)) : e;
      }
    },
  };
}
