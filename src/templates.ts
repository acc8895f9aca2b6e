/** Template loading (I/O): the main template and its partials, read and compiled once per run (the run's cache). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { displayPath } from './display-path.js';
import { readFolder } from './load.js';
import {
  createRenderer,
  type CompiledSpecs,
  type PrecompiledTemplates,
  type Renderer,
  type RenderOptions,
  type TemplateSource,
} from './render.js';
import { ReportError } from './errors.js';
import { decodeText } from './text-file.js';
import { findLegacy, invisibleAt, invisibleNames, showInvisible } from './text-hygiene.js';

/** The folders of templates/ whose .hbs files are partials, named by file. */
export const PARTIAL_FOLDERS = ['sections', 'partials'] as const;

/** templates/report.hbs plus every .hbs under the PARTIAL_FOLDERS, as partials named by file. */
export function readTemplates(dir: string): TemplateSource[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new ReportError({ code: 'RENDER_TEMPLATES_DIR_MISSING', params: { dir } });
  const main = displayPath(dir, 'report.hbs');
  if (!existsSync(join(dir, 'report.hbs'))) throw new ReportError({ code: 'RENDER_TEMPLATE_MISSING', file: main });
  const sources: TemplateSource[] = [{ name: 'report', file: main, text: readText(join(dir, 'report.hbs'), main) }];
  for (const sub of PARTIAL_FOLDERS) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const f of readFolder(folder, displayPath(dir, sub))
      .filter((n) => n.endsWith('.hbs'))
      .sort()) {
      const file = displayPath(dir, sub, f);
      sources.push({ name: basename(f, '.hbs'), file, text: readText(join(folder, f), file) });
    }
  }
  return sources;
}

/**
 * A template's text, checked like a data file: UTF-8 only (a Windows-1258 template would print "C�y l�a"), no invisible
 * character, no Vietnamese in a legacy encoding. fs failures (a folder named *.hbs, no permission) name the file too.
 */
function readText(path: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new ReportError(
      { code: 'LOAD_READ_FAILED', params: { reason: (e as NodeJS.ErrnoException).code ?? String(e) }, file: shown },
      { cause: e },
    );
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) throw new ReportError({ ...decoded.problem, file: shown });
  const { text } = decoded;
  const at = (offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return { file: shown, line: text.slice(0, lineStart).split('\n').length, column: [...text.slice(lineStart, offset)].length + 1 };
  };
  const invisible = invisibleAt(text);
  if (invisible !== -1) {
    const lineText = text.slice(text.lastIndexOf('\n', invisible) + 1, (text.indexOf('\n', invisible) + 1 || text.length + 1) - 1);
    const params = { where: 'template' as const, text: showInvisible(lineText.trim()), names: invisibleNames(text) };
    throw new ReportError({ code: 'LOAD_INVISIBLE_CHAR', params, ...at(invisible) });
  }
  const legacy = findLegacy(text);
  if (legacy) {
    const params = { encoding: legacy.encoding, sample: legacy.sample, fixed: legacy.fixed, file: shown };
    throw new ReportError({ code: 'LOAD_LEGACY_ENCODING', params, ...at(legacy.index) });
  }
  return text;
}

/** Name of the shipped templates' precompiled specs, written by bin/bundle.mjs next to the bundled file of this module. */
export const PRECOMPILED_FILE = 'templates.precompiled.json';
let precompiled: PrecompiledTemplates | null | undefined;
/** The precompiled templates beside the running bundle, if any (none when run from the sources, as in the tests). */
function precompiledTemplates(): PrecompiledTemplates | null {
  if (precompiled === undefined) {
    try {
      precompiled = JSON.parse(readFileSync(new URL(PRECOMPILED_FILE, import.meta.url), 'utf8')) as PrecompiledTemplates;
    } catch {
      precompiled = null; // absent or unreadable: templates are compiled at run time, as without it
    }
  }
  return precompiled;
}

/** A run's compiled templates: renderers by folder and option set, and the specs they were compiled to (see render.ts). */
export interface RendererCache {
  readonly renderers: Map<string, Renderer>;
  readonly specs: CompiledSpecs;
}

/** A renderer for the templates in `dir`, compiled once per option set in `cache` (a run's: see pipeline.ts). */
export function loadRenderer(dir: string, options: RenderOptions, cache: RendererCache): Renderer {
  const key = `${dir}\0${options.allowMissing ? 1 : 0}`;
  let r = cache.renderers.get(key);
  if (!r) {
    r = createRenderer(readTemplates(dir), options, precompiledTemplates(), cache.specs);
    cache.renderers.set(key, r);
  }
  return r;
}
