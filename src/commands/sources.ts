/** The sources map of a rendered month (build --provenance, explain): paths shown relative to the office's folders. */
import { relative, resolve } from 'node:path';
import { posixPath } from '../display-path.js';
import type { MonthDocument, RunContext } from '../pipeline.js';
import { writeMarkdownMapped } from '../render-markdown.js';
import { sourcesMap, type SourcesMap } from '../sources-map.js';

/**
 * A file as the map names it: `data/…` and `templates/…` inside the office's folders, whatever folder the command ran
 * from or --data and --templates named, so the map holds no absolute path and reads the same on every machine.
 */
function officePath(context: Pick<RunContext, 'dataDir' | 'templatesDir'>): (path: string) => string {
  const folders = [
    ['data', resolve(context.dataDir)],
    ['templates', resolve(context.templatesDir)],
  ] as const;
  return (path) => {
    const full = resolve(path);
    for (const [name, dir] of folders) {
      const inside = relative(dir, full);
      if (!inside.startsWith('..') && !resolve(dir, inside).startsWith('..')) return posixPath(`${name}/${inside}`);
    }
    return posixPath(relative(resolve('.'), full));
  };
}

/** The month's Markdown and the map of its numbers. */
export function monthSources(document: MonthDocument, context: RunContext, name: string): { markdown: string; map: SourcesMap } {
  const markdown = writeMarkdownMapped(document);
  const map = sourcesMap({
    name,
    markdown,
    model: document.model,
    registry: context.registry,
    inputs: document.inputs,
    templates: document.templates,
    shown: officePath(context),
  });
  return { markdown: markdown.text, map };
}
