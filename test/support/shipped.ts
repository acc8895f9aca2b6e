/**
 * The report of the shipped data (data/, templates/), made in memory. The January report is made once per worker and
 * shared by the files that read it (the "shared" project runs them in one module graph): never mutate what these return.
 */
import { aggregateMonth } from '../../src/aggregate.js';
import { renderMonth } from '../../src/commands/build.js';
import type { ReportDocument } from '../../src/document.js';
import { loadInputs } from '../../src/load.js';
import type { Inputs, ReportModel } from '../../src/model.js';
import type { Period } from '../../src/period.js';
import { loadRenderer } from '../../src/templates.js';
import { validateInputs } from '../../src/validate.js';
import { JANUARY } from './sources.js';
import { DATA, TEMPLATES } from './workspace.js';

/** A month's validated inputs from the shipped data; throws with the diagnostics when they do not validate. */
export function shippedInputs(period: Period = JANUARY, options: { paceMargin?: number } = {}): Inputs {
  const validated = validateInputs(loadInputs(DATA, period), options);
  if (!validated.ok) throw new Error(`data/ does not validate:\n${validated.errors.map((e) => `${e.file ?? ''}:${e.line ?? ''} ${e.code}`).join('\n')}`);
  return validated.value;
}

export const shippedModel = (period: Period = JANUARY, options: { paceMargin?: number } = {}): ReportModel =>
  aggregateMonth(shippedInputs(period, options), options);

export const shippedDocument = (period: Period = JANUARY, options: { paceMargin?: number } = {}): ReportDocument =>
  loadRenderer(TEMPLATES)(shippedModel(period, options));

let january: Promise<{ md: string; docx: Uint8Array }> | undefined;

/** The January 2021 report as `report build` makes it (Markdown text and DOCX bytes), made once per worker. */
export function januaryReport(): Promise<{ md: string; docx: Uint8Array }> {
  january ??= (async () => {
    const result = await renderMonth({ period: JANUARY, dataDir: DATA, templatesDir: TEMPLATES, formats: ['md', 'docx'] });
    if ('errors' in result) throw new Error(`the shipped data does not build: ${result.errors.map((e) => e.code).join(', ')}`);
    const file = (ext: string) => result.files.find((f) => f.name === `report-2021-01.${ext}`)!.data;
    return { md: file('md') as string, docx: file('docx') as Uint8Array };
  })();
  return january;
}

/** The January report's Markdown as searchable text: escapes resolved, every run of whitespace one space ("#" kept). */
export const januaryPlainText = async (): Promise<string> => (await januaryReport()).md.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');
