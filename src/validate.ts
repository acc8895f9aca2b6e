/** Validate stage: parsed files → typed, checked inputs, with every problem of every file collected. Pure. */
import type { z } from 'zod';
import {
  DATE_SHAPE_MESSAGE,
  DistrictSchema,
  FORMER_KEYS,
  NO_SUCH_DATE_MESSAGE,
  ReportMetaSchema,
  type District,
  type Plan,
  type ReportMeta,
} from './data-schemas.js';
import type { SectorData } from './sector-schema.js';
import type { SectorDef } from './definitions.js';
import type { Registry } from './registry.js';
import { hasErrors, ReportError, type Coded, type Result } from './errors.js';
import { nearest } from './nearest.js';
import type { LoadedFile, LoadedInputs, LoadedMonth } from './load.js';
import type { Inputs, Month } from './model.js';
import { periodId } from './period.js';
import { checkRules } from './rules.js';
import { checkReportDates, checkSectorDates } from './report-dates.js';
import { checkComparisons } from './comparison-checks.js';
import { checkNarratives, REPORT_OWNER } from './narrative-checks.js';
import { DISTRICT_FILE, misnamedFile, monthFileKind, PLANS_DIR, planFile, REPORT_FILE, sectorFile } from './data-layout.js';
import { locate, sourceText, type SourceFile } from './yaml-source.js';
import {
  acceptsValue,
  decimalsProblem,
  figureRange,
  numberReadings,
  passingForms,
  tooManyDecimals,
  wholeForms,
  yamlNumber,
  type FigureDef,
} from './figure-rules.js';

/** Diagnostics listed per file at most; VALIDATE_MORE_PROBLEMS counts the rest. */
const MAX_PROBLEMS_PER_FILE = 30;
/** What a clerk may type for "not a number" or "infinite" that YAML reads as text (.nan and .inf are read as numbers). */
const NOT_FINITE_TEXT = /^\s*[-+]?\.?(nan|inf|infinity|∞)\s*$/i;
export interface ValidateOptions {
  /** Missing sector files are warnings instead of errors. */
  readonly allowMissing?: boolean;
  /** Warn about figures whose year-to-date share of plan lags the year elapsed by more than this many points. */
  readonly paceMargin?: number;
  /** Earlier months validated by earlier builds of the same run (build --all), by folder. */
  readonly cache?: ValidationCache;
  /**
   * A month without report.yaml: data for later months to compare with, not a report. Its files are checked like a
   * report's, but the files it lacks and a missing plan are not problems.
   */
  readonly dataOnly?: boolean;
}

/** The months a run has validated, by folder as shown: each earlier month is validated once, not once per later month. */
export type ValidationCache = Map<string, ValidatedMonth>;

/** The Vietnamese label of the value at `path`, from the schema's descriptions. */
function labelAt(schema: z.ZodType, path: readonly PropertyKey[]): string {
  // the whole file (a list or a number instead of a mapping) is labelled by the schema's own description
  let label = path.length > 0 ? String(path[path.length - 1]) : (schema.description ?? '');
  for (const node of schemaPath(schema, path).slice(1)) {
    const description =
      (unwrap(node) as { description?: string } | undefined)?.description ?? (node as { description?: string } | undefined)?.description;
    if (description) label = description;
  }
  return label;
}

/** The schema nodes along a data path, starting with `schema`; stops where the path leaves the schema. */
function schemaPath(schema: z.ZodType, path: readonly PropertyKey[]): unknown[] {
  const nodes: unknown[] = [schema];
  let node: unknown = schema;
  for (const seg of path) {
    const def = (
      unwrap(node) as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } } | undefined
    )?.def;
    // own keys only: a key named "toString" must not find Object.prototype.toString
    if (def?.type === 'object' && def.shape && Object.hasOwn(def.shape, String(seg))) node = def.shape[String(seg)];
    else if (def?.type === 'array') node = def.element;
    else if (def?.type === 'record') node = def.valueType;
    else break;
    nodes.push(node);
  }
  return nodes;
}
function unwrap(node: unknown): unknown {
  let n = node as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (n?.def && (n.def.type === 'optional' || n.def.type === 'nullable' || n.def.type === 'default')) n = n.def.innerType as typeof n;
  return n;
}

/** A zod issue about one value, with what its diagnostic says of the value. */
interface FoundIssue {
  readonly issue: z.core.$ZodIssue;
  readonly path: readonly PropertyKey[];
  /** The value zod read (reportInput). */
  readonly input: unknown;
  /** The value's label from the schema's descriptions. */
  readonly label: string;
  /** The value as the clerk typed it. */
  readonly typed: string;
  /** The figure's definition when the value is one of chi_tieu's. */
  readonly figure: FigureDef | undefined;
}

const isNumberType = ({ issue }: FoundIssue) => issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int');
const isNumeric = ({ issue }: FoundIssue) => 'origin' in issue && (issue.origin === 'number' || issue.origin === 'int');

/** One row of ISSUE_RULES. */
interface IssueRule {
  readonly zod: z.core.$ZodIssue['code'];
  readonly when?: (f: FoundIssue) => boolean;
  readonly diagnostic: (f: FoundIssue) => Coded;
}

/** A number below or above its range (zod's too_small / too_big): the figure's declared range, else zod's bound. */
function outOfRange(zod: 'too_small' | 'too_big', bound: 'min' | 'max'): IssueRule {
  return {
    zod,
    when: isNumeric,
    diagnostic: ({ issue, figure, label, typed }) => {
      const zodBound = issue.code === 'too_small' ? issue.minimum : issue.code === 'too_big' ? issue.maximum : Number.NaN;
      const limit = (figure && figureRange(figure)[bound]) ?? Number(zodBound);
      return { code: 'VALIDATE_OUT_OF_RANGE', params: { label, value: typed, ...(bound === 'min' ? { min: limit } : { max: limit }) } };
    },
  };
}

/**
 * zod issue code → diagnostic code and parameters; the first row whose code and condition match is taken (so a value
 * left empty is VALIDATE_EMPTY before it is a wrong type). An issue no row takes is VALIDATE_VALUE with zod's message;
 * unrecognized_keys, which names several keys at once, is handled before the table.
 */
const ISSUE_RULES: readonly IssueRule[] = [
  {
    zod: 'invalid_type',
    when: (f) => f.input === undefined,
    diagnostic: (f) => ({ code: 'VALIDATE_REQUIRED', params: { key: String(f.path[f.path.length - 1] ?? ''), label: f.label } }),
  },
  { zod: 'invalid_type', when: (f) => f.input === null, diagnostic: (f) => ({ code: 'VALIDATE_EMPTY', params: { label: f.label } }) },
  {
    zod: 'invalid_type',
    when: (f) => isNumberType(f) && (typeof f.input === 'number' ? !Number.isFinite(f.input) : NOT_FINITE_TEXT.test(String(f.input))),
    diagnostic: (f) => ({ code: 'VALIDATE_NOT_FINITE', params: { label: f.label, value: f.typed } }),
  },
  {
    zod: 'invalid_type',
    when: (f) => f.issue.code === 'invalid_type' && f.issue.expected === 'int' && typeof f.input === 'number',
    diagnostic: (f) => ({
      code: 'VALIDATE_NOT_INTEGER',
      params: { label: f.label, value: f.typed, suggestions: wholeForms(f.figure, f.input as number) },
    }),
  },
  {
    zod: 'invalid_type',
    when: (f) => isNumberType(f) && typeof f.input === 'string' && numberReadings(f.input).length > 0,
    diagnostic: (f) => {
      const { figure, issue } = f;
      const accepts = figure
        ? (n: number) => acceptsValue(figure, n)
        : (n: number) => issue.code === 'invalid_type' && (issue.expected === 'number' || Number.isInteger(n));
      return {
        code: 'VALIDATE_NUMBER_AS_TEXT',
        params: { label: f.label, text: String(f.input), suggestions: passingForms(String(f.input), accepts) },
      };
    },
  },
  {
    zod: 'invalid_type',
    diagnostic: (f) => ({
      code: 'VALIDATE_TYPE',
      params: {
        label: f.label,
        expected: f.issue.code === 'invalid_type' ? f.issue.expected : '',
        received: Array.isArray(f.input) ? 'array' : typeof f.input,
      },
    }),
  },
  {
    zod: 'too_small',
    when: (f) => isNumeric(f) && f.issue.code === 'too_small' && Number(f.issue.minimum) === 0,
    diagnostic: (f) => ({ code: 'VALIDATE_NEGATIVE', params: { label: f.label, value: f.typed } }),
  },
  // a whole count above 2^53 fails zod's own safe-integer bound first: the figure's range is what the clerk can act on
  outOfRange('too_small', 'min'),
  outOfRange('too_big', 'max'),
  {
    zod: 'too_small',
    when: (f) => 'origin' in f.issue && (f.issue.origin === 'string' || f.issue.origin === 'array'),
    diagnostic: (f) => ({ code: 'VALIDATE_EMPTY', params: { label: f.label } }),
  },
  // a date that is none: report.yaml's (its pattern, then its existence) and a sector's dates (zod's ISO date)
  {
    zod: 'invalid_format',
    when: ({ issue }) => issue.code === 'invalid_format' && (issue.format === 'date' || issue.message === DATE_SHAPE_MESSAGE),
    diagnostic: (f) => ({ code: 'VALIDATE_DATE', params: { label: f.label, value: f.typed } }),
  },
  {
    zod: 'custom',
    when: ({ issue }) => issue.message === NO_SUCH_DATE_MESSAGE,
    diagnostic: (f) => ({ code: 'VALIDATE_DATE', params: { label: f.label, value: f.typed } }),
  },
  // a word from a fixed list (a source mark: cong_bo, minh_hoa, suy_ra)
  {
    zod: 'invalid_value',
    diagnostic: (f) => ({
      code: 'VALIDATE_CHOICE',
      params: { label: f.label, value: f.typed, choices: f.issue.code === 'invalid_value' ? f.issue.values.map(String) : [] },
    }),
  },
];
const otherIssue = (f: FoundIssue): Coded => ({ code: 'VALIDATE_VALUE', params: { label: f.label, detail: f.issue.message } });

/** Check one parsed file against its schema; zod issues become located diagnostics. */
export function validateSource<T>(
  source: SourceFile,
  schema: z.ZodType<T>,
  figures: ReadonlyMap<string, FigureDef> = new Map(),
): { value: T | null; problems: ReportError[] } {
  const problems: ReportError[] = [];
  const at = (path: readonly PropertyKey[]) => ({
    file: source.file,
    ...locate(source, path),
    dataPath: path.map((s) => (typeof s === 'number' ? s : String(s))),
  });
  const trapped = new Set<string>();

  // the written form: YAML reads "41.108" as 41.108 and "291.000" as 291, so a figure may not have more decimal places
  // than it declares; reported once, before zod (which would add "out of range" or "not an integer" for the same value)
  for (const [id, def] of figures) {
    const path = ['chi_tieu', id];
    const text = sourceText(source, path);
    const value = (source.data as { chi_tieu?: Record<string, unknown> } | null)?.chi_tieu?.[id];
    if (!text || typeof value !== 'number') continue;
    const problem = decimalsProblem(def, text);
    if (!problem) continue;
    trapped.add(path.join('.'));
    const decimals = tooManyDecimals(def, text, value);
    if (problem === 'decimals') {
      problems.push(new ReportError({ ...decimals, ...at(path) }));
      continue;
    }
    const digits = text.replace('.', '');
    const plain = acceptsValue(def, Number(digits)) ? yamlNumber(Number(digits)) : '';
    const { label, places, rounded } = decimals.params;
    const params = { label, text, asDecimal: text.replace('.', ','), asThousands: text, digits, plain, rounded, places };
    problems.push(new ReportError({ code: 'VALIDATE_THOUSANDS_SEPARATOR', params, ...at(path) }));
  }

  // zod 4 leaves the offending value out of issues unless asked: the messages need it
  const parsed = schema.safeParse(source.data, { reportInput: true });
  if (parsed.success) return { value: hasErrors(problems) ? null : parsed.data, problems };
  const seen = new Set<string>();
  // a pasted spreadsheet can make thousands of problems: the first ones, then how many more
  let omitted = 0;
  let firstOmitted: PropertyKey[] = [];
  const full = (path: PropertyKey[]) => {
    if (problems.length < MAX_PROBLEMS_PER_FILE) return false;
    if (omitted++ === 0) firstOmitted = path;
    return true;
  };
  for (const issue of parsed.error.issues) {
    const path = issue.path as PropertyKey[];
    if (trapped.has(path.join('.'))) continue;
    // one problem per value: a date that fails its pattern need not also be told it does not exist
    if (issue.code !== 'unrecognized_keys' && seen.has(path.join('\u0000'))) continue;
    seen.add(path.join('\u0000'));
    if (issue.code !== 'unrecognized_keys' && full(path)) continue;
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'unrecognized_keys') {
      const nodes = schemaPath(schema, path);
      const parentShape =
        (nodes.length === path.length + 1
          ? (unwrap(nodes[nodes.length - 1]) as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape
          : undefined) ?? {};
      for (const key of issue.keys) {
        if (full([...path, key])) continue;
        const suggestion = FORMER_KEYS.get(schema)?.[key] ?? nearest(key, Object.keys(parentShape)) ?? '';
        problems.push(new ReportError({ code: 'VALIDATE_UNKNOWN_KEY', params: { key, suggestion }, ...at([...path, key]) }));
      }
      continue;
    }
    const found: FoundIssue = {
      issue,
      path,
      input,
      label: labelAt(schema, path),
      // a value as the clerk typed it: 2^53 and above, 1e400 and -.inf are not what String() of the parsed number says
      typed: sourceText(source, path) ?? String(input),
      figure: path.length === 2 && path[0] === 'chi_tieu' ? figures.get(String(path[1])) : undefined,
    };
    const rule = ISSUE_RULES.find((r) => r.zod === found.issue.code && (r.when?.(found) ?? true));
    problems.push(new ReportError({ ...(rule ? rule.diagnostic(found) : otherIssue(found)), ...at(path) }));
  }
  // a misspelt key shows twice (unknown here, missing there): the suggestion to rename it says both
  const renamed = new Set(
    problems
      .filter((p) => p.code === 'VALIDATE_UNKNOWN_KEY' && p.params.suggestion)
      .map((p) => [...p.dataPath.slice(0, -1), p.params.suggestion!].join('\u0000')),
  );
  const kept = problems.filter((p) => !(p.code === 'VALIDATE_REQUIRED' && renamed.has(p.dataPath.join('\u0000'))));
  if (omitted > 0) kept.push(new ReportError({ code: 'VALIDATE_MORE_PROBLEMS', params: { count: omitted }, ...at(firstOmitted) }));
  return { value: null, problems: kept };
}

function validateFile<T>(
  file: LoadedFile | null,
  schema: z.ZodType<T>,
  problems: ReportError[],
  figures?: ReadonlyMap<string, FigureDef>,
): { value: T; source: SourceFile } | null {
  if (!file) return null;
  problems.push(...file.parsed.problems);
  if (!file.parsed.source) return null;
  const r = validateSource(file.parsed.source, schema, figures);
  problems.push(...r.problems);
  return r.value === null ? null : { value: r.value, source: file.parsed.source };
}

interface ValidatedMonth {
  month: Month;
  /** The files read, by sector id and REPORT_OWNER for report.yaml. */
  sources: Map<string, SourceFile>;
  problems: ReportError[];
  /** Expected files the folder lacks (report.yaml, sector files), by name. */
  missing: string[];
  /**
   * The month as a later month compares with it: every sector file present, with its figures that are valid even when
   * another field of the file is not; `dropped` names, at their file and line, the figures (or unreadable files) left out.
   */
  comparable: Month;
  dropped: ReportError[];
}

/** The figures of a sector file that failed validation which are still valid on their own, and warnings naming the others. */
function salvage(
  sector: SectorDef,
  file: LoadedFile,
  fileProblems: readonly ReportError[],
  month: string,
): { data: SectorData; dropped: ReportError[] } {
  const errors = fileProblems.filter((p) => p.severity === 'error');
  const at = (p: ReportError | undefined) => ({
    file: p?.file ?? file.file,
    line: p?.line,
    column: p?.column,
    dataPath: p?.dataPath,
    severity: 'warning' as const,
  });
  const figures = (file.parsed.source?.data as { chi_tieu?: unknown } | undefined)?.chi_tieu;
  // an unreadable file, or one whose figures are not a mapping: none of the sector's figures can be used
  const whole = errors.find((p) => p.dataPath.length === 0 || (p.dataPath[0] === 'chi_tieu' && p.dataPath.length === 1));
  if (!file.parsed.source || whole || typeof figures !== 'object' || figures === null || Array.isArray(figures)) {
    return {
      data: {},
      dropped: [new ReportError({ code: 'VALIDATE_HISTORY_INVALID', params: { month, sector: sector.title }, ...at(whole ?? errors[0]) })],
    };
  }
  const kept: Record<string, number> = {};
  const dropped: ReportError[] = [];
  for (const [id, def] of Object.entries(sector.indicators)) {
    if (def.accumulate === 'rate') continue;
    const error = errors.find((p) => p.dataPath[0] === 'chi_tieu' && p.dataPath[1] === id);
    const value = (figures as Record<string, unknown>)[id];
    if (error)
      dropped.push(new ReportError({ code: 'VALIDATE_HISTORY_FIGURE_INVALID', params: { month, label: def.label }, ...at(error) }));
    else if (typeof value === 'number') kept[id] = value;
  }
  return { data: { chi_tieu: kept }, dropped };
}

/** Validate every file of one month folder; unknown files are warnings; the files it lacks are listed (missingFiles words them). */
function validateMonth(registry: Registry, loaded: LoadedMonth): ValidatedMonth {
  const problems: ReportError[] = [];
  const sources = new Map<string, SourceFile>();
  const sectors: Record<string, SectorData> = {};
  const comparable: Record<string, SectorData> = {};
  const origins: Record<string, SourceFile> = {};
  const dropped: ReportError[] = [];
  let report: ReportMeta | null = null;
  const known = [REPORT_FILE, ...registry.sectors.map((s) => sectorFile(s.id))];
  // an expected file is there under its own name or, alone, under a name differing in case or extension
  const claimed = new Map(loaded.files.filter((f) => !misnamedFile(registry, f.name)).map((f) => [f.name, f.name]));
  for (const f of loaded.files) {
    const misnamed = misnamedFile(registry, f.name);
    if (misnamed) {
      const { expected, reason } = misnamed;
      const other = claimed.get(expected);
      if (other) {
        problems.push(
          new ReportError({ code: 'VALIDATE_DUPLICATE_FILE', params: { name: f.name, other, expected }, file: f.file, severity: 'error' }),
        );
        continue;
      }
      claimed.set(expected, f.name);
      problems.push(
        new ReportError({ code: 'VALIDATE_MISNAMED_FILE', params: { name: f.name, expected, reason }, file: f.file, severity: 'warning' }),
      );
    }
    const kind = monthFileKind(registry, misnamed?.expected ?? f.name);
    if (kind?.kind === 'report') {
      const r = validateFile(f, ReportMetaSchema, problems);
      if (r) {
        report = r.value;
        sources.set(REPORT_OWNER, r.source);
        problems.push(...checkReportDates(r.value, loaded.period, r.source));
      }
    } else if (kind?.kind === 'sector') {
      const { id, indicators } = kind.sector;
      const before = problems.length;
      if (f.parsed.source) origins[id] = f.parsed.source;
      const r = validateFile(f, registry.sectorSchema(id), problems, new Map(Object.entries(indicators)));
      if (r) {
        sectors[id] = r.value;
        sources.set(id, r.source);
        comparable[id] = r.value;
      } else {
        const s = salvage(kind.sector, f, problems.slice(before), periodId(loaded.period));
        comparable[id] = s.data;
        dropped.push(...s.dropped);
      }
    } else {
      problems.push(
        new ReportError({
          code: 'VALIDATE_UNKNOWN_SECTOR',
          params: { name: f.name, known: known.join(', ') },
          file: f.file,
          severity: 'warning',
        }),
      );
    }
  }
  return {
    month: { period: loaded.period, report, sectors, origins },
    sources,
    problems,
    missing: known.filter((name) => !claimed.has(name)),
    comparable: { period: loaded.period, report, sectors: comparable, origins },
    dropped,
  };
}

/**
 * The expected files a month lacks: errors, or with --allow-missing a notice per sector rendered as
 * "(chưa có số liệu)" naming the department that owes the file.
 */
function missingFiles(
  registry: Registry,
  month: ValidatedMonth,
  dir: string,
  district: District | null,
  options: { readonly allowMissing: boolean; readonly dataOnly: boolean },
): ReportError[] {
  const { requiredSectors } = registry.settings;
  return month.missing.flatMap((name) => {
    const kind = monthFileKind(registry, name);
    const file = `${dir}/${name}`;
    const sector = kind?.kind === 'sector' ? kind.sector : null;
    // the office's required sectors, in any month; without them every file of a report month, none of a data-only one
    const required = sector ? (requiredSectors?.includes(sector.id) ?? !options.dataOnly) : !options.dataOnly;
    if (!required && (options.dataOnly || !sector)) return [];
    if (sector && (!required || options.allowMissing)) {
      const department = district?.phong_ban[sector.department] ?? '-';
      return [new ReportError({ code: 'BUILD_PLACEHOLDER', severity: 'warning', file, params: { title: sector.title, name, department } })];
    }
    const title = sector ? sector.title : 'thông tin báo cáo tháng';
    return [
      new ReportError({ code: 'LOAD_FILE_MISSING', params: { name, title }, file, severity: options.allowMissing ? 'warning' : 'error' }),
    ];
  });
}

/** An earlier month as a comparison sees it; with a cache, validated once per run. */
function validatedHistory(registry: Registry, loaded: LoadedMonth, cache: ValidationCache | undefined): ValidatedMonth {
  const cached = cache?.get(loaded.dir);
  if (cached) return cached;
  const v = validateMonth(registry, loaded);
  cache?.set(loaded.dir, v);
  return v;
}

/**
 * What a month's forms show beside each figure, each part only when valid: the district (names), the plan of the
 * month's year and the earlier months. The month itself is being filled and is not needed valid.
 */
export function validateReferences(
  registry: Registry,
  loaded: LoadedInputs,
): { district: District | null; plan: Plan | null; history: Month[] } {
  const ignored: ReportError[] = [];
  const district = validateFile(loaded.district, DistrictSchema, ignored);
  const plan = validateFile(loaded.plan, registry.planSchema(), ignored, registry.planTargets);
  const history = loaded.history.map((h) => validatedHistory(registry, h, undefined).comparable);
  return {
    district: (district?.value as District | undefined) ?? null,
    plan: plan?.value.nam === loaded.month.period.year ? plan.value : null,
    history,
  };
}

/** Validate everything a build of one month reads, and apply the consistency rules. Never throws on bad data. */
export function validateInputs(registry: Registry, loaded: LoadedInputs, options: ValidateOptions = {}): Result<Inputs> {
  const main = validateMonth(registry, loaded.month);
  const problems = [...main.problems];
  const year = loaded.month.period.year;

  const district = validateFile(loaded.district, DistrictSchema, problems);
  problems.push(
    ...missingFiles(registry, main, loaded.month.dir, (district?.value as District | undefined) ?? null, {
      allowMissing: options.allowMissing ?? false,
      dataOnly: options.dataOnly ?? false,
    }),
  );
  if (!loaded.district)
    problems.push(
      new ReportError({
        code: 'LOAD_FILE_MISSING',
        params: { name: DISTRICT_FILE, title: 'thông tin cơ quan ban hành' },
        file: `${loaded.dataDir}/${DISTRICT_FILE}`,
      }),
    );

  let plan: { value: Plan; source: SourceFile } | null = null;
  if (!loaded.plan) {
    if (!options.dataOnly)
      problems.push(
        new ReportError({
          code: 'VALIDATE_PLAN_MISSING',
          params: { year },
          file: `${loaded.dataDir}/${PLANS_DIR}/${planFile(year)}`,
          severity: 'warning',
        }),
      );
  } else {
    plan = validateFile(loaded.plan, registry.planSchema(), problems, registry.planTargets);
    if (plan && plan.value.nam !== year) {
      problems.push(
        new ReportError({
          code: 'VALIDATE_PLAN_YEAR',
          params: { stated: plan.value.nam, year },
          file: plan.source.file,
          ...locate(plan.source, ['nam']),
          dataPath: ['nam'],
        }),
      );
    }
  }

  // an invalid field of an earlier month drops that figure's year to date and comparisons, named at its line; nothing else
  const history: Month[] = [];
  for (const h of loaded.history) {
    const v = validatedHistory(registry, h, options.cache);
    problems.push(...v.dropped);
    history.push(v.comparable);
  }

  problems.push(...checkRules(registry, main.month, main.sources, plan));
  problems.push(...checkComparisons({ registry, month: main.month, history, plan, sources: main.sources, paceMargin: options.paceMargin }));
  problems.push(...checkNarratives({ registry, month: main.month, history, plan: plan?.value ?? null, sources: main.sources }));
  problems.push(...checkSectorDates(registry, main.month, main.sources));
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (errors.length > 0 || !district) return { ok: false, errors, warnings };
  return {
    ok: true,
    value: {
      month: main.month,
      district: district.value as District,
      plan: plan?.value ?? null,
      history,
      sources: main.sources,
      planSource: plan?.source,
    },
    warnings,
  };
}
