/**
 * The checks of a sources map against its Markdown and the files it points to (issue #15 §1): every number of the
 * Markdown inside exactly one entry, and every entry pointing at a file:line:column whose text holds what it says.
 * Each returns the problems it finds, so a test can show that a broken map is caught.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SourceEntry, SourcesMap } from '../../src/sources-map.js';

/** Every digit run of the Markdown not inside exactly one entry, as "block:offset text (n entries)". */
export function uncoveredNumbers(markdown: string, map: SourcesMap): string[] {
  const problems: string[] = [];
  markdown
    .replace(/\n$/, '')
    .split('\n\n')
    .forEach((text, block) => {
      const here = map.numbers.filter((e) => e.block === block);
      for (const e of here)
        if (text.slice(e.start, e.end) !== e.text) problems.push(`${block}:${e.start} "${e.text}" is not at its offsets`);
      for (const m of text.matchAll(/\d+/g)) {
        const n = here.filter((e) => e.start <= m.index && m.index + m[0].length <= e.end).length;
        if (n !== 1)
          problems.push(`${block}:${m.index} ${m[0]} in "${text.slice(Math.max(0, m.index - 30), m.index + 30)}" (${n} entries)`);
      }
    });
  return problems;
}

/** The text of `file` (relative to `root`) from line:column on. */
function textAt(root: string, at: string, cache: Map<string, string[]>): string | null {
  const m = /^(.*):(\d+):(\d+)$/.exec(at);
  if (!m) return null;
  let lines = cache.get(m[1]!);
  if (!lines) {
    try {
      lines = readFileSync(join(root, m[1]!), 'utf8').split('\n');
    } catch {
      return null;
    }
    cache.set(m[1]!, lines);
  }
  const line = lines[Number(m[2]) - 1];
  return line === undefined ? null : line.slice(Number(m[3]) - 1);
}

/** Whether an entry's sources hold what it says: entered values, the text of a number, the template expression. */
function entryProblems(e: SourceEntry, root: string, cache: Map<string, string[]>): string[] {
  const where = `"${e.text}" (${e.block}:${e.start})`;
  const at = (i: number) => (e.sources[i] ? textAt(root, e.sources[i]!.at, cache) : null);
  switch (e.kind) {
    case 'figure': {
      if (e.figure?.part === 'unit') return e.text === e.figure.unit ? [] : [`${where}: not the unit ${e.figure.unit}`];
      if (e.figure?.part === 'label') return e.text === e.figure.label ? [] : [`${where}: not the label ${e.figure.label}`];
      if (!e.computation?.startsWith(`${e.text} = `)) return [`${where}: computation "${e.computation}"`];
      if (e.sources.length === 0) return [`${where}: a figure without a source`];
      // each entered value: the YAML at file:line:column is "id: value" and the value parses to it
      return e.sources.flatMap((s, i) => {
        const text = at(i);
        const pair = text === null ? null : (parse(text.replace(/\s+#.*$/, '')) as Record<string, unknown> | null);
        return pair && typeof pair === 'object' && pair[s.id!] === s.value ? [] : [`${where}: ${s.at} does not hold ${s.id} = ${s.value}`];
      });
    }
    case 'data-text':
    case 'template-text':
      return at(0)?.startsWith(e.text) ? [] : [`${where}: ${e.sources[0]?.at} does not read "${e.text}"`];
    case 'template-value': {
      // {{period.mm}}, or the argument period.mm of a helper ({{#part "…" period.mm}}), or a report date a data text
      // names ({nam_truoc}, the source at its name)
      const path = /^\{\{?([^\s{}]+)\}\}?/.exec(e.computation ?? '')?.[1];
      const text = at(0);
      return path && (text?.startsWith(`{{${path}`) || text?.startsWith(path))
        ? []
        : [`${where}: ${e.sources[0]?.at} is not its expression`];
    }
    case 'computed':
      return at(0)?.startsWith(`{{${/^\{\{(\S+)/.exec(e.computation ?? '')?.[1]}`)
        ? []
        : [`${where}: ${e.sources[0]?.at} is not its helper`];
    case 'numbering':
      return e.sources.length === 0 || at(0)?.startsWith('{{') ? [] : [`${where}: ${e.sources[0]?.at} is no template call`];
  }
}

/** Every entry whose sources do not hold what it says; paths are relative to `root`. */
export function wrongSources(map: SourcesMap, root: string): string[] {
  const cache = new Map<string, string[]>();
  return map.numbers.flatMap((e) => entryProblems(e, root, cache));
}
