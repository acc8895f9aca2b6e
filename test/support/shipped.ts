/**
 * The report of the shipped data (data/, templates/), made in memory. A month's report is made once per worker and
 * shared by the files that read it (the "shared" project runs them in one module graph): never mutate what these return.
 */
import { aggregateMonth } from '../../src/aggregate.js';
import { renderMonth } from '../../src/commands/build.js';
import type { ReportDocument } from '../../src/document.js';
import type { ReportError } from '../../src/errors.js';
import { loadInputs } from '../../src/load.js';
import type { Inputs, ReportModel } from '../../src/model.js';
import { periodId, type Period } from '../../src/period.js';
import type { Renderer } from '../../src/render.js';
import { loadRenderer } from '../../src/templates.js';
import { validateInputs } from '../../src/validate.js';
import { JANUARY } from './sources.js';
import { DATA, TEMPLATES } from './workspace.js';
import { reuse } from './reuse.js';
import { registry, runContext } from './office.js';

/** A month's validated inputs from the shipped data; throws with the diagnostics when they do not validate. */
function shippedInputs(period: Period = JANUARY, options: { paceMargin?: number } = {}): Inputs {
  const validated = validateInputs(registry, loadInputs(DATA, period), options);
  if (!validated.ok)
    throw new Error(`data/ does not validate:\n${validated.errors.map((e) => `${e.file ?? ''}:${e.line ?? ''} ${e.code}`).join('\n')}`);
  return validated.value;
}

export const shippedModel = (period: Period = JANUARY, options: { paceMargin?: number } = {}): ReportModel =>
  aggregateMonth(registry, shippedInputs(period, options), options);

/** The shipped templates, compiled once per worker. */
const templates = { renderers: new Map<string, Renderer>(), specs: reuse.templates };
export const shippedDocument = (period: Period = JANUARY, options: { paceMargin?: number } = {}): ReportDocument =>
  loadRenderer(TEMPLATES, {}, templates)(shippedModel(period, options));

export interface ShippedReport {
  readonly md: string;
  readonly docx: Uint8Array;
  /** The build's warnings (the shipped data has a few: the stated poverty rates). */
  readonly warnings: readonly ReportError[];
}
const reports = new Map<string, Promise<ShippedReport>>();

/** A month's report as `report build` makes it from the shipped data (Markdown, DOCX, warnings), made once per worker. */
export function shippedReport(period: Period): Promise<ShippedReport> {
  const id = periodId(period);
  let report = reports.get(id);
  if (!report) {
    report = (async () => {
      const result = await renderMonth({ context: runContext(), period, formats: ['md', 'docx'] });
      if ('errors' in result) throw new Error(`the shipped data does not build ${id}: ${result.errors.map((e) => e.code).join(', ')}`);
      const file = (ext: string) => result.files.find((f) => f.name === `report-${id}.${ext}`)!.data;
      return { md: file('md') as string, docx: file('docx') as Uint8Array, warnings: result.warnings };
    })();
    reports.set(id, report);
  }
  return report;
}

/** The January 2021 report (the seed case). */
export const januaryReport = (): Promise<ShippedReport> => shippedReport(JANUARY);

/** The January report's Markdown as searchable text: escapes resolved, every run of whitespace one space ("#" kept). */
export const januaryPlainText = async (): Promise<string> => (await januaryReport()).md.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');
