/** Render stage: templates + report model → the numbered block tree both formats are written from. Pure. */
import { createRequire } from 'node:module';
import Handlebars from 'handlebars/runtime';
import { markBodyEnd, numberSections, parseRendered, type ReportDocument } from './document.js';
import { ReportError } from './errors.js';
import { reportHelpers } from './helpers.js';
import type { ReportModel } from './model.js';

export interface TemplateSource {
  /** Partial name (file name without .hbs) or "report" for the main template. */
  readonly name: string;
  /** Path shown in diagnostics. */
  readonly file: string;
  readonly text: string;
}

export interface RenderOptions {
  /** Render "(chưa có số liệu)" for sectors without data instead of failing. */
  readonly allowMissing?: boolean;
}

/** The document, and every figure it prints (by id): what `check` compares with the figures entered. */
type RenderedReport = ReportDocument & { readonly figures: ReadonlySet<string> };
export type Renderer = (model: ReportModel) => RenderedReport;

/** Set by bin/bundle.mjs: Handlebars' compiler, bundled into a file of its own beside this module's chunk (else: bundled in). */
declare const __HANDLEBARS_COMPILER__: string | undefined;
/**
 * Handlebars' compiler (its parser and code generator, a third of Handlebars), needed only for a template that has no
 * precompiled spec: required on first use, so a run with the shipped, precompiled templates never reads it.
 */
const compiler = (): typeof import('handlebars') =>
  (typeof __HANDLEBARS_COMPILER__ === 'string'
    ? createRequire(import.meta.url)(__HANDLEBARS_COMPILER__)
    : require('handlebars')) as typeof import('handlebars');

const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log', 'blockHelperMissing', 'helperMissing'];

/**
 * Position and wording of a template syntax error. Handlebars' own errors carry lineNumber/column; its parser's
 * ("Parse error on line 4: … Expecting 'OPEN_ENDBLOCK', got 'EOF'") only name the line, in the message.
 */
function syntaxError(e: unknown): { params: { detail: string }; line: number; column: number } {
  const err = e as { lineNumber?: number; column?: number; message?: string };
  const parse = /^Parse error on line (\d+):[\s\S]*\n(Expecting [^\n]*)$/.exec(err.message ?? '');
  if (parse) return { params: { detail: `Parse error: ${parse[2]}` }, line: Number(parse[1]), column: 1 };
  return { params: { detail: cleanMessage(e) }, line: err.lineNumber ?? 1, column: (err.column ?? 0) + 1 };
}

/**
 * A failure while rendering `template`, as a diagnostic placed in it: a helper's (which knows its line), or one of
 * Handlebars' runtime errors, in the user's language where it is one we know.
 */
function renderFailure(template: { file: string; text: string }, e: unknown, place: { line?: number; column?: number } = {}): ReportError {
  if (e instanceof ReportError) return e.placed({ file: template.file, ...place });
  const err = e as { lineNumber?: number; column?: number; message?: string };
  const at = { file: template.file, ...(err.lineNumber === undefined ? {} : { line: err.lineNumber, column: (err.column ?? 0) + 1 }) };
  const message = err.message ?? String(e);
  const undefinedName = /^"([^"]*)" not defined in /.exec(message)?.[1];
  if (undefinedName !== undefined)
    return new ReportError({ code: 'RENDER_TEMPLATE_UNDEFINED', params: { name: undefinedName }, ...at }, { cause: e });
  const partial = /^The partial (.*) could not be found$/.exec(message)?.[1];
  if (partial !== undefined) {
    return new ReportError(
      { code: 'RENDER_PARTIAL_MISSING', params: { name: partial }, ...at, ...locate(template.text, `{{> ${partial}`) },
      { cause: e },
    );
  }
  return new ReportError({ code: 'RENDER_TEMPLATE_ERROR', params: { detail: cleanMessage(e) }, ...at }, { cause: e });
}

/** Line and column (1-based) of the first `needle` in `text`; nothing when it is not there. */
function locate(text: string, needle: string): { line?: number; column?: number } {
  const i = text.indexOf(needle);
  if (i === -1) return {};
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Where the main template has text of its own outside every block: the text the tree cannot place in a part. */
function outsideAnyPart(text: string): { line?: number; column?: number } {
  // `original` is the text as written, before Handlebars strips standalone lines' whitespace (its types say otherwise)
  const stray = compiler()
    .parse(text)
    .body.find((n) => n.type === 'ContentStatement' && (n as hbs.AST.ContentStatement).value.trim() !== '') as
    | (hbs.AST.Node & { original: string })
    | undefined;
  if (!stray) return {};
  const lead = /^\s*/.exec(stray.original)![0].split('\n');
  const line = stray.loc.start.line + lead.length - 1;
  return { line, column: lead.length > 1 ? lead[lead.length - 1]!.length + 1 : stray.loc.start.column + lead[0]!.length + 1 };
}

const cleanMessage = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/ - \d+:\d+$/, '').split('\n')[0]!;

/** The options every template is compiled with: only our helpers, strict lookups, no HTML escaping (Markdown). */
function compileOptionsFor(helperNames: readonly string[]) {
  const knownHelpers = Object.fromEntries([...helperNames, ...BUILTIN_HELPERS].map((h) => [h, true]));
  return { strict: true, noEscape: true, knownHelpers, knownHelpersOnly: true } as const;
}

/**
 * Templates compiled ahead of time (at bundle time, for the shipped templates): a compiled template is used only for
 * exactly the same text, Handlebars version and compile options, so an edited template is simply compiled again.
 */
export interface PrecompiledTemplates {
  /** Handlebars version and compile options the specs were made with. */
  readonly key: string;
  /** Template text → its precompiled JavaScript. */
  readonly specs: Readonly<Record<string, string>>;
}

const compileKey = (options: ReturnType<typeof compileOptionsFor>) => `${Handlebars.VERSION} ${JSON.stringify(options)}`;

/**
 * Templates compiled at run time, by Handlebars version, compile options and text: a spec depends on nothing else, so
 * it never goes stale. A run keeps its own; a caller running the CLI many times in one process (the tests) may pass one.
 */
export type CompiledSpecs = Map<string, string>;

/** Precompile templates for createRenderer's `precompiled` (bin/bundle.mjs writes them next to the bundle). */
export function precompileTemplates(sources: readonly TemplateSource[]): PrecompiledTemplates {
  const options = compileOptionsFor(Object.keys(reportHelpers(false)));
  const key = compileKey(options); // before compiling: Handlebars adds its built-in helpers to options.knownHelpers
  const specs: Record<string, string> = {};
  for (const src of sources) specs[src.text] = String(compiler().precompile(src.text, options));
  return { key, specs };
}

/**
 * Compile the templates once (syntax errors become RENDER_TEMPLATE_SYNTAX with file, line and column)
 * and return a function rendering any model with them.
 */
export function createRenderer(
  sources: readonly TemplateSource[],
  options: RenderOptions = {},
  precompiled?: PrecompiledTemplates | null,
  specs?: CompiledSpecs,
): Renderer {
  const hb = Handlebars.create();
  const helpers = reportHelpers(options.allowMissing ?? false);
  hb.registerHelper(helpers);
  const compileOptions = compileOptionsFor(Object.keys(helpers));
  const key = compileKey(compileOptions);
  const ready = precompiled?.key === key ? precompiled.specs : {};

  const compiled = new Map<string, { file: string; text: string; fn: HandlebarsTemplateDelegate }>();
  for (const src of sources) {
    // JavaScript source of the template, despite the type's name
    let spec: TemplateSpecification | undefined = Object.hasOwn(ready, src.text) ? ready[src.text] : specs?.get(`${key}\0${src.text}`);
    try {
      // precompile parses now (syntax errors surface here, with their file) and compiles once: hb.compile would
      // parse and generate the same code a second time at the first render
      spec ??= compiler().precompile(src.text, compileOptions);
    } catch (e) {
      throw new ReportError({ code: 'RENDER_TEMPLATE_SYNTAX', ...syntaxError(e), file: src.file }, { cause: e });
    }
    specs?.set(`${key}\0${src.text}`, String(spec));
    compiled.set(src.name, {
      file: src.file,
      text: src.text,
      fn: hb.template(new Function(`return ${String(spec)}`)() as TemplateSpecification),
    });
  }
  const main = compiled.get('report');
  if (!main) throw new ReportError({ code: 'RENDER_TEMPLATE_MISSING', file: 'templates/report.hbs' });

  for (const [name, template] of compiled) {
    if (name === 'report') continue;
    hb.registerPartial(name, ((ctx: unknown, opts: unknown) => {
      try {
        return template.fn(ctx, opts as RuntimeOptions);
      } catch (e) {
        throw renderFailure(template, e);
      }
    }) as unknown as HandlebarsTemplateDelegate);
  }

  return (model) => {
    const printed = new Set(model.referenced);
    let text: string;
    try {
      // the helpers find the model as the root of the template's data (@root), and note the figures they print in
      // @printed, which starts with those the texts name
      text = main.fn(model, { data: { printed } });
    } catch (e) {
      throw renderFailure(main, e);
    }
    let parsed: ReturnType<typeof parseRendered>;
    try {
      parsed = parseRendered(text);
    } catch (e) {
      // helpers always balance their markers: what breaks the tree is template text, e.g. a sentence outside any part
      throw renderFailure(main, e, outsideAnyPart(main.text));
    }
    const { fields, sections } = parsed;
    numberSections(sections, model.style);
    markBodyEnd(sections);
    return { fields, body: sections, figures: printed };
  };
}
