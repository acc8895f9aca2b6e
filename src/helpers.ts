/** Handlebars helpers: the only way templates print figures, texts and structure. Each checks its arguments and throws. */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { APPENDIX_COLUMNS, indicatorTable, type AppendixColumn } from './appendix.js';
import { closeMarker, literalText, openMarker, tableMarker, type SectionKind } from './document.js';
import { formatDate, formatNumber, formatOfficialDate, formatPercent, numberInWords } from './format.js';
import type { FigureView, PlanView, ReportModel } from './model.js';

/** Printed where a figure cannot be computed: never NaN, undefined or a made-up 0. */
const NOT_AVAILABLE = '(chưa có số liệu)';
const NO_PLAN = '(chưa có kế hoạch)';

type Figure = FigureView | PlanView;
const FIELDS = ['value', 'ytd', 'plan', 'samePeriod', 'prev', 'change'] as const;
type Field = (typeof FIELDS)[number];

const where = (options: HelperOptions | undefined): string => {
  const loc = (options as unknown as { loc?: { start: { line: number; column: number } } } | undefined)?.loc;
  return loc ? ` (dòng ${loc.start.line}, cột ${loc.start.column + 1})` : '';
};

function figure(v: unknown, helper: string, options: HelperOptions | undefined): Figure {
  if (typeof v === 'object' && v !== null && 'unit' in v && 'value' in v && 'decimals' in v) return v as Figure;
  throw new Error(`${helper}: cần một chỉ tiêu (c.<mã> hoặc p.<mã>), nhận được ${JSON.stringify(v) ?? 'undefined'}${where(options)}`);
}

/** Split helper arguments from Handlebars' trailing options object. */
function args(raw: unknown[]): { list: unknown[]; options: HelperOptions } {
  return { list: raw.slice(0, -1), options: raw[raw.length - 1] as HelperOptions };
}

function fieldValue(f: Figure, field: unknown, helper: string, options: HelperOptions): number | null {
  const name = (field ?? 'value') as Field;
  if (!FIELDS.includes(name)) throw new Error(`${helper}: trường "${String(field)}" không có; dùng ${FIELDS.join(', ')}${where(options)}`);
  return name in f ? ((f as unknown as Record<Field, number | null>)[name] ?? null) : null;
}

function digitsArg(d: unknown, helper: string, options: HelperOptions): number {
  if (typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 4) return d;
  throw new Error(`${helper}: số chữ số thập phân phải là số nguyên 0-4, nhận được ${JSON.stringify(d)}${where(options)}`);
}

/** A date's anniversary in `year`: its ISO date and the years elapsed (the schema guarantees the date's shape). */
function anniversaryOf(date: unknown, year: unknown, helper: string, options: HelperOptions): { years: number; iso: string } {
  const m = typeof date === 'string' ? /^(\d{4})-(\d{2}-\d{2})$/.exec(date) : null;
  if (!m) throw new Error(`${helper}: cần ngày dạng YYYY-MM-DD, nhận được ${JSON.stringify(date) ?? 'undefined'}${where(options)}`);
  const years = typeof year === 'number' ? year - Number(m[1]) : NaN;
  if (!Number.isInteger(years) || years < 1) throw new Error(`${helper}: năm ${JSON.stringify(year) ?? 'undefined'} không sau năm của ngày ${date}${where(options)}`);
  return { years, iso: `${String(year)}-${m[2]!}` };
}

const formatFigure = (f: Figure, v: number): string => formatNumber(v, { decimals: f.decimals, fixed: f.fixed, pad: true });
const withUnit = (f: Figure, text: string): string => (f.unit === '%' ? `${text}%` : `${text} ${f.unit}`);

/** The content of a block for one sector: rendered with that sector's view, or a placeholder when the month lacks it. */
function sectorBody(sector: unknown, context: unknown, options: HelperOptions, model: ReportModel, allowMissing: boolean): string {
  if (sector === undefined) return options.fn(context);
  if (typeof sector !== 'string' || !(sector in model.texts)) throw new Error(`không có ngành "${String(sector)}"${where(options)}`);
  const texts = model.texts[sector];
  if (texts === null || texts === undefined) {
    if (!allowMissing) throw new Error(`thiếu số liệu ngành "${sector}"`);
    return NOT_AVAILABLE;
  }
  return options.fn({ c: model.c, p: model.p, t: texts, period: model.period });
}

/** Block helper emitting a structure marker around its content; `sector="id"` renders the content with that sector's view. */
function structure(kind: SectionKind | 'field', model: () => ReportModel, allowMissing: boolean): HelperDelegate {
  return function (this: unknown, ...raw: unknown[]) {
    const { list, options } = args(raw);
    // the title may be given in pieces: {{#part "… THÁNG " period.mm}}
    if (list.some((x) => typeof x !== 'string' && typeof x !== 'number')) throw new Error(`${kind}: tiêu đề phải là chuỗi${where(options)}`);
    const title = list.join('');
    const body = sectorBody((options.hash as Record<string, unknown>)['sector'], this, options, model(), allowMissing);
    return `${openMarker(kind, literalText(title))}\n${body}\n${closeMarker()}\n`;
  };
}

/** The helpers a report template may call, bound to the model being rendered. */
export function reportHelpers(model: () => ReportModel, allowMissing: boolean): Record<string, HelperDelegate> {
  return {
    part: structure('part', model, allowMissing),
    section: structure('section', model, allowMissing),
    label: structure('label', model, allowMissing),
    item: structure('item', model, allowMissing),
    appendix: structure('appendix', model, allowMissing),
    field: structure('field', model, allowMissing),
    /** Content rendered with one sector's view, without a heading of its own: {{#sector "<mã ngành>"}}…{{/sector}}. */
    sector(this: unknown, ...raw: unknown[]) {
      const { list, options } = args(raw);
      return sectorBody(list[0], this, options, model(), allowMissing);
    },

    /** A narrative text from the data, printed literally. */
    text(...raw: unknown[]) {
      const { list, options } = args(raw);
      if (typeof list[0] !== 'string') throw new Error(`text: cần một đoạn văn bản, nhận được ${JSON.stringify(list[0]) ?? 'undefined'}${where(options)}`);
      return literalText(list[0]);
    },
    /** A figure without its unit: {{num c.id}}, {{num c.id "ytd"}}. */
    num(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = figure(list[0], 'num', options);
      const v = fieldValue(f, list[1], 'num', options);
      return v === null ? NOT_AVAILABLE : formatFigure(f, v);
    },
    /** A figure with its unit: "1.680 ha", "90%". */
    qty(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = figure(list[0], 'qty', options);
      const v = fieldValue(f, list[1], 'qty', options);
      return v === null ? NOT_AVAILABLE : withUnit(f, formatFigure(f, v));
    },
    /** Percent of the annual plan, rounded to `digits`: {{pctPlan c.id 0}} → "84%". */
    pctPlan(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = figure(list[0], 'pctPlan', options) as FigureView;
      const d = digitsArg(list[1], 'pctPlan', options);
      return f.pctPlan === null || f.pctPlan === undefined ? NO_PLAN : formatPercent(f.pctPlan, d);
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
      const f = figure(list[0], 'pctSamePeriod', options) as FigureView;
      const d = digitsArg(list[1], 'pctSamePeriod', options);
      return f.pctSamePeriod === null || f.pctSamePeriod === undefined ? NOT_AVAILABLE : formatPercent(f.pctSamePeriod, d);
    },
    /** A small count spelled out: "một". */
    words(...raw: unknown[]) {
      const { list, options } = args(raw);
      const f = figure(list[0], 'words', options);
      return f.value === null ? NOT_AVAILABLE : numberInWords(f.value);
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
      if (typeof list[0] !== 'string') throw new Error(`date: cần ngày dạng YYYY-MM-DD${where(options)}`);
      return formatDate(list[0]);
    },
    /** Years from a date to its anniversary in `year`: {{anniversary t.ngay_thanh_lap period.next.year}} → "91". */
    anniversary(...raw: unknown[]) {
      const { list, options } = args(raw);
      const { years } = anniversaryOf(list[0], list[1], 'anniversary', options);
      return formatNumber(years, { pad: true });
    },
    /** The date of that anniversary: {{anniversaryDate t.ngay_thanh_lap period.next.year}} → "03/02/2021". */
    anniversaryDate(...raw: unknown[]) {
      const { list, options } = args(raw);
      return formatDate(anniversaryOf(list[0], list[1], 'anniversaryDate', options).iso);
    },
    /** The header's date line; blanks when the report is not signed yet. */
    officialDate(...raw: unknown[]) {
      const { list, options } = args(raw);
      const iso = list[0] ?? null;
      if (iso !== null && typeof iso !== 'string') throw new Error(`officialDate: cần ngày dạng YYYY-MM-DD hoặc null${where(options)}`);
      const { year, month } = model().period;
      return formatOfficialDate(iso, year, month);
    },
    /** Document number, or blanks for handwriting when not issued yet. */
    docNumber(...raw: unknown[]) {
      const { list } = args(raw);
      const n = list[0];
      return typeof n === 'number' ? formatNumber(n, { pad: true }).replace('.', '') : '      ';
    },
    upper(...raw: unknown[]) {
      const { list, options } = args(raw);
      if (typeof list[0] !== 'string') throw new Error(`upper: cần chuỗi${where(options)}`);
      return literalText(list[0].toLocaleUpperCase('vi'));
    },
    /** Strings and numbers joined, for a helper argument built from pieces: (concat "Kế hoạch năm " period.year). */
    concat(...raw: unknown[]) {
      const { list, options } = args(raw);
      if (list.some((x) => typeof x !== 'string' && typeof x !== 'number')) throw new Error(`concat: cần chuỗi hoặc số${where(options)}`);
      return list.join('');
    },
    /**
     * The appendix table of main indicators; every header, group title and note comes from the hash:
     * {{indicatorTable stt="STT" label="Chỉ tiêu" … economy="KINH TẾ" … lagging="…" missing="-" pctDigits=1}}.
     */
    indicatorTable(...raw: unknown[]) {
      const { options } = args(raw);
      const hash = options.hash as Record<string, unknown>;
      const text = (key: string): string => {
        const v = hash[key];
        if (typeof v !== 'string') throw new Error(`indicatorTable: thiếu ${key}="…"${where(options)}`);
        return v;
      };
      const columns = Object.fromEntries(APPENDIX_COLUMNS.map((c) => [c, text(c)])) as Record<AppendixColumn, string>;
      const groups = Object.fromEntries(model().appendix.filter(({ group }) => typeof hash[group] === 'string').map(({ group }) => [group, hash[group] as string]));
      const labels = { columns, groups, lagging: text('lagging'), missing: text('missing'), pctDigits: digitsArg(hash['pctDigits'], 'indicatorTable', options) };
      try {
        return `${tableMarker(indicatorTable(model(), labels))}\n`;
      } catch (e) {
        throw new Error(`${(e as Error).message}${where(options)}`);
      }
    },
  };
}
