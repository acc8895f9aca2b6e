/** Data files as the pipeline sees them (parsed SourceFiles, months made of them), from YAML text or the shipped data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../src/data-schemas.js';
import type { SectorData } from '../../src/sector-schema.js';
import type { Month } from '../../src/model.js';
import { periodId, type Period } from '../../src/period.js';
import { parseSource, type SourceFile } from '../../src/yaml-source.js';
import { ROOT } from './workspace.js';

export const JANUARY: Period = { year: 2021, month: 1 };

/** YAML text parsed as the data file `file` (a project-relative path); throws when it does not parse. */
export function sourceOf(file: string, text: string): SourceFile {
  const parsed = parseSource(file, new TextEncoder().encode(text));
  if (!parsed.source) throw new Error(`${file}: ${parsed.problems.map((p) => `${p.code} ${p.message}`).join('; ')}`);
  return parsed.source;
}

/** A shipped data file ("data/2021-01/industry.yaml"), as published or with one text replaced ("key: old" → "key: new"). */
export function shippedSource(file: string, edit?: readonly [string, string]): SourceFile {
  let text = readFileSync(join(ROOT, file), 'utf8');
  if (edit) {
    if (!text.includes(edit[0])) throw new Error(`${file} holds no "${edit[0]}" any more: update the test`);
    text = text.replace(edit[0], edit[1]);
  }
  return sourceOf(file, text);
}

/** A month made of sector files (YAML text, or parsed sources), with the sources rules locate their problems in. */
export function monthOf(
  period: Period,
  files: Readonly<Record<string, string | SourceFile>>,
): { month: Month; sources: Map<string, SourceFile> } {
  const sources = new Map<string, SourceFile>();
  const sectors: Record<string, SectorData> = {};
  for (const [id, file] of Object.entries(files)) {
    const source = typeof file === 'string' ? sourceOf(`data/${periodId(period)}/${id}.yaml`, file) : file;
    sources.set(id, source);
    sectors[id] = source.data as SectorData;
  }
  return { month: { period, report: null, sectors }, sources };
}

/** The shipped January files of these sectors, each as published or with its edit. */
export function shippedMonth(ids: readonly string[], edits: Readonly<Record<string, readonly [string, string]>> = {}) {
  return monthOf(JANUARY, Object.fromEntries(ids.map((id) => [id, shippedSource(`data/2021-01/${id}.yaml`, edits[id])])));
}

/** A plan file as checks take it: its value and its source. */
export const planOf = (source: SourceFile): { value: Plan; source: SourceFile } => ({ value: source.data as Plan, source });
