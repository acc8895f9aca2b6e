/**
 * The pipeline every command runs for one month of one office: load → validate → aggregate → render, each stage's
 * result handed to the next, with the run's context passed down (no module keeps state between runs). Commands take
 * what they need: status the validated files, diff the model, check and build the document.
 */
import { DEFAULT_PACE_MARGIN } from './accumulate.js';
import { aggregateMonth } from './aggregate.js';
import type { ReportDocument } from './document.js';
import { ReportError, type Result } from './errors.js';
import { REPORT_FILE } from './data-layout.js';
import { createLoadCache, loadInputs, pruneLoadCache, type LoadCache, type LoadedInputs } from './load.js';
import { unusedFigures } from './narrative-checks.js';
import type { Inputs, ReportModel } from './model.js';
import type { Period } from './period.js';
import type { Registry } from './registry.js';
import type { CompiledSpecs } from './render.js';
import type { KnownRegistries } from './load-definitions.js';
import { loadRenderer, type RendererCache } from './templates.js';
import { validateInputs, type ValidationCache } from './validate.js';

/** What one run has read, validated and compiled: `build --all` reads each month once. Never kept across runs. */
export interface RunCache {
  readonly loads: LoadCache;
  readonly validated: ValidationCache;
  /** Compiled templates by option set; `watch` empties the renderers when a template changes. */
  readonly templates: RendererCache;
}
export const createRunCache = (specs: CompiledSpecs = new Map()): RunCache => ({
  loads: createLoadCache(),
  validated: new Map(),
  templates: { renderers: new Map(), specs },
});

/** Forget the months no report from `period` on compares with (before January of the previous year), to bound memory. */
export function pruneRunCache(cache: RunCache, period: Period): void {
  pruneLoadCache(cache.loads, period);
  for (const [key, v] of cache.validated) if (v.month.period.year < period.year - 1) cache.validated.delete(key);
}

/** One run of a command over an office: its registry, its folders, and what the run has done so far. */
export interface RunContext {
  readonly registry: Registry;
  readonly dataDir: string;
  readonly templatesDir: string;
  /** Where the registry was read from (watch reads it again when a definition changes). */
  readonly schemasDir: string;
  readonly cache: RunCache;
}
export interface OfficeFolders {
  readonly dataDir: string;
  readonly templatesDir: string;
  readonly schemasDir: string;
}
/**
 * What earlier runs of one process made from file contents, keyed by those contents so never stale: a caller that runs
 * the CLI many times in one process (the tests) passes it on; a CLI process has a single run and none.
 */
export interface Reuse {
  readonly templates: CompiledSpecs;
  readonly registries: KnownRegistries;
}

/** A run's context; `specs`: templates compiled by earlier runs of the process (Reuse). */
export const createRunContext = (registry: Registry, folders: OfficeFolders, specs?: CompiledSpecs): RunContext => ({
  registry,
  ...folders,
  cache: createRunCache(specs),
});

export interface MonthOptions {
  /** Missing sector files are warnings, rendered as "(chưa có số liệu)". */
  readonly allowMissing?: boolean;
  /** Pace check margin in percentage points (default DEFAULT_PACE_MARGIN); null: no pace check. */
  readonly paceMargin?: number | null;
  /** Leave out the figures made of illustrative or inferred values (--published-only). */
  readonly publishedOnly?: boolean;
  /** A month without report.yaml, checked as data for comparisons (see ValidateOptions). */
  readonly dataOnly?: boolean;
  /** Read the month from this folder instead of the context's (a git revision's snapshot), its paths shown as `shown`. */
  readonly source?: { readonly dir: string; readonly shown: string };
}

const paceMarginOf = (options: MonthOptions): number | undefined =>
  options.paceMargin === null ? undefined : (options.paceMargin ?? DEFAULT_PACE_MARGIN);

/** Load and validate: the files read (status lists them) and the validated inputs or every problem. */
export function validateMonth(
  ctx: RunContext,
  period: Period,
  options: MonthOptions = {},
): { loaded: LoadedInputs; result: Result<Inputs> } {
  const { source } = options;
  // a snapshot is read once, for one side of a diff: the run's cache is for the data folder
  const loaded = source ? loadInputs(source.dir, period, undefined, source.shown) : loadInputs(ctx.dataDir, period, ctx.cache.loads);
  const cache = source ? undefined : ctx.cache.validated;
  const result = validateInputs(ctx.registry, loaded, {
    allowMissing: options.allowMissing,
    paceMargin: paceMarginOf(options),
    cache,
    dataOnly: options.dataOnly,
  });
  return { loaded, result };
}

/** Load, validate, aggregate: the validated inputs and their report model. */
function inputsAndModel(ctx: RunContext, period: Period, options: MonthOptions): Result<{ inputs: Inputs; model: ReportModel }> {
  const { result } = validateMonth(ctx, period, options);
  if (!result.ok) return result;
  const model = aggregateMonth(ctx.registry, result.value, { paceMargin: paceMarginOf(options), publishedOnly: options.publishedOnly });
  return { ok: true, value: { inputs: result.value, model }, warnings: result.warnings };
}

/** Load, validate, aggregate: the report model. */
export function modelMonth(ctx: RunContext, period: Period, options: MonthOptions = {}): Result<ReportModel> {
  const r = inputsAndModel(ctx, period, options);
  return r.ok ? { ...r, value: r.value.model } : r;
}

/** A month's document, with the model and inputs it was rendered from and the templates' texts (for the sources map). */
export interface MonthDocument extends ReportDocument {
  readonly model: ReportModel;
  readonly inputs: Inputs;
  readonly templates: ReadonlyMap<string, string>;
}

/**
 * The whole pipeline: the month's document, numbered, ready for the writers, with the figures entered that it never
 * prints as warnings (known only once it is rendered). Template errors are thrown (ReportError).
 */
export function renderMonthDocument(ctx: RunContext, period: Period, options: MonthOptions = {}): Result<MonthDocument> {
  const r = inputsAndModel(ctx, period, options);
  if (!r.ok) return r;
  const { inputs, model } = r.value;
  // --allow-missing leaves out sectors, never the report's own number, dates and opening: its absence, a warning
  // for diff, stops a document
  if (model.report === null) {
    const missing = r.warnings.filter((w) => w.code === 'LOAD_FILE_MISSING' && w.file?.endsWith(`/${REPORT_FILE}`));
    const errors = missing.map(
      (w) => new ReportError({ code: 'LOAD_FILE_MISSING', params: { name: REPORT_FILE, title: String(w.params.title) }, file: w.file }),
    );
    return { ok: false, errors, warnings: r.warnings.filter((w) => !missing.includes(w)) };
  }
  const document = loadRenderer(ctx.templatesDir, { allowMissing: options.allowMissing }, ctx.cache.templates)(model);
  return {
    ok: true,
    value: { ...document, model, inputs },
    warnings: [...r.warnings, ...unusedFigures(ctx.registry, inputs.month, inputs.sources, document.figures)],
  };
}
