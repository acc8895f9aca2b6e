/** Render stage: templates + report model → the numbered block tree both formats are written from. Pure. */
import { createRequire } from 'node:module';
import Handlebars from 'handlebars/runtime';
import { markBodyEnd, numberSections, parseRendered, type ReportDocument } from './document.js';
import { ReportError } from './errors.js';
import { DEFERRED, reportHelpers, type Deferred } from './helpers.js';
import { unpublishedPrinted } from './provenance.js';
import type { ReportModel } from './model.js';
import { mark } from './spans.js';

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

/**
 * The document, every figure it prints (by id): what `check` compares with the figures entered, and the text of each
 * template by file, where the document's spans point (sources-map.ts).
 */
type RenderedReport = ReportDocument & { readonly figures: ReadonlySet<string>; readonly templates: ReadonlyMap<string, string> };
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

/** Bumped when `instrument` changes what a template compiles to, so specs made before are not used. */
const INSTRUMENT_VERSION = 1;
const compileKey = (options: ReturnType<typeof compileOptionsFor>) =>
  `${Handlebars.VERSION} spans-${INSTRUMENT_VERSION} ${JSON.stringify(options)}`;

/**
 * A template's syntax tree made to say where everything it prints comes from (spans.ts), without changing the text
 * printed: its own words are marked with their offset in the file; a value printed as it is ({{period.mm}}) goes
 * through the value helper; each call of a report helper gets the offsets of the call and of its arguments, and the
 * paths of the arguments, in a hash entry `__src` (helpers.ts reads it).
 */
function instrument(text: string, helpers: ReadonlySet<string>): hbs.AST.Program {
  const ast = compiler().parse(text);
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const offset = (p: hbs.AST.Position) => (starts[p.line - 1] ?? 0) + p.column;
  const literal = (value: string, loc: hbs.AST.SourceLocation): hbs.AST.StringLiteral => ({
    type: 'StringLiteral',
    value,
    original: value,
    loc,
  });
  const source = (node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression): hbs.AST.Hash => {
    const params = node.params.map((p) => [
      offset(p.loc.start),
      p.type === 'PathExpression' ? (p as hbs.AST.PathExpression).original : null,
    ]);
    const hash = Object.fromEntries((node.hash?.pairs ?? []).map((p) => [p.key, offset(p.value.loc.start)]));
    const pair: hbs.AST.HashPair = {
      type: 'HashPair',
      key: '__src',
      value: literal(JSON.stringify({ o: offset(node.loc.start), p: params, h: hash }), node.loc),
      loc: node.loc,
    };
    return { type: 'Hash', pairs: [...(node.hash?.pairs ?? []), pair], loc: node.hash?.loc ?? node.loc };
  };
  const call = <T extends hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression>(node: T): T => {
    node.params.forEach(expression);
    for (const pair of node.hash?.pairs ?? []) expression(pair.value);
    const name = node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : '';
    if (helpers.has(name)) node.hash = source(node);
    return node;
  };
  const expression = (e: hbs.AST.Expression) => {
    if (e.type === 'SubExpression') call(e as hbs.AST.SubExpression);
  };
  // a content node of the markers alone: whitespace control reads `original`, which is not blank, so it never strips here
  const raw = (value: string, loc: hbs.AST.SourceLocation) =>
    ({ type: 'ContentStatement', value, original: value, loc }) as unknown as hbs.AST.ContentStatement;
  const program = (p: hbs.AST.Program | undefined) => {
    if (!p) return;
    p.body = p.body.flatMap((statement): hbs.AST.Statement[] => {
      if (statement.type === 'ContentStatement') {
        const c = statement as hbs.AST.ContentStatement & { original: string };
        // whitespace control trimmed the value at its ends: it starts where it is found in the text as written
        const at = offset(c.loc.start) + Math.max(0, c.original.indexOf(c.value));
        c.value = mark(c.value, { t: at });
        return [c];
      }
      if (statement.type === 'BlockStatement') {
        const b = call(statement as hbs.AST.BlockStatement);
        program(b.program);
        program(b.inverse);
        return [b];
      }
      if (statement.type !== 'MustacheStatement') return [statement];
      const m = statement as hbs.AST.MustacheStatement;
      const name = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : '';
      if (helpers.has(name) || m.params.length > 0 || m.hash) return [call(m)];
      // a value printed as it is ({{period.mm}}): left to Handlebars' strict lookup, between markers naming its path
      const [open, close] = mark('\0', { v: name, t: offset(m.loc.start) }).split('\0') as [string, string];
      return [raw(open, m.loc), m, raw(close, m.loc)];
    });
  };
  program(ast);
  return ast;
}

/**
 * Templates compiled at run time, by Handlebars version, compile options and text: a spec depends on nothing else, so
 * it never goes stale. A run keeps its own; a caller running the CLI many times in one process (the tests) may pass one.
 */
export type CompiledSpecs = Map<string, string>;

/** Precompile templates for createRenderer's `precompiled` (bin/bundle.mjs writes them next to the bundle). */
export function precompileTemplates(sources: readonly TemplateSource[]): PrecompiledTemplates {
  const names = Object.keys(reportHelpers(false));
  const options = compileOptionsFor(names);
  const key = compileKey(options); // before compiling: Handlebars adds its built-in helpers to options.knownHelpers
  const specs: Record<string, string> = {};
  for (const src of sources) specs[src.text] = String(compiler().precompile(instrument(src.text, new Set(names)), options));
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
      spec ??= compiler().precompile(instrument(src.text, new Set(Object.keys(helpers))), compileOptions);
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
  const templates = new Map([...compiled.values()].map((t) => [t.file, t.text]));
  const main = compiled.get('report');
  if (!main) throw new ReportError({ code: 'RENDER_TEMPLATE_MISSING', file: 'templates/report.hbs' });

  for (const [name, template] of compiled) {
    if (name === 'report') continue;
    hb.registerPartial(name, ((ctx: unknown, opts: RuntimeOptions) => {
      try {
        // the partial's words and its helpers' spans name its file
        const data = Handlebars.createFrame(opts.data) as Record<string, unknown>;
        data['file'] = template.file;
        return mark(template.fn(ctx, { ...opts, data }), { scope: template.file });
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
      const deferred: Deferred[] = [];
      text = mark(main.fn(model, { data: { printed, file: main.file, deferred } }), { scope: main.file });
      // the parts that speak of the whole report (the notice of unpublished figures), now that it is rendered
      if (deferred.length > 0) {
        const body = unpublishedPrinted(text.replace(DEFERRED, ''), model);
        text = text.replace(DEFERRED, (_, i: string) => deferred[Number(i)]!(body));
      }
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
    const { fields, fieldSpans, sections } = parsed;
    numberSections(sections, model.style);
    markBodyEnd(sections);
    return { fields, fieldSpans, body: sections, figures: printed, templates };
  };
}
