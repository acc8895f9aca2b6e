/** `report forms`: one workbook per department for a month, to fill in Excel or LibreOffice and bring back with `report import`. */
import { join, resolve } from 'node:path';
import type { RunContext } from '../pipeline.js';
import type { Registry } from '../registry.js';
import { monthOf, valueIn, yearToDate } from '../accumulate.js';
import { displayPath, posixPath } from '../display-path.js';
import { ReportError } from '../errors.js';
import { workbookModels, type CurrentData, type FigureContext } from '../forms/layout.js';
import { loadInputs } from '../load.js';
import { say } from '../messages.js';
import type { Month } from '../model.js';
import { addMonths, periodId, twoDigits, type Period } from '../period.js';
import { validateReferences } from '../validate.js';
import { checkOutputDir, isInside, writeOutputs, type OutputFile } from '../write.js';
import { docxStamp } from './build.js';
import type { Io } from './io.js';

export interface FormsOptions {
  readonly period: Period;
  readonly outDir?: string;
  readonly context: RunContext;
}

/** Last month, the same month last year, the plan and the year to date before this month, from validated data only. */
function figureContext(
  registry: Registry,
  period: Period,
  history: readonly Month[],
  plan: Readonly<Record<string, number | undefined>> | null,
): FigureContext {
  const prev = addMonths(period, -1);
  return {
    prev: (id) => valueIn(registry, monthOf(history, prev), id),
    samePeriod: (id) => valueIn(registry, monthOf(history, { year: period.year - 1, month: period.month }), id),
    plan: (id) => {
      const target = registry.indicators.get(id)?.plan;
      return target ? (plan?.[target] ?? null) : null;
    },
    // in January nothing of the year is done yet
    ytd: (id) => (period.month === 1 ? null : yearToDate(registry, id, prev, history)),
  };
}

/** "2021-01-15" → "15/01/2021" */
const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');

export async function forms(options: FormsOptions, io: Io): Promise<number> {
  const { period } = options;
  const { dataDir, registry } = options.context;
  if (options.outDir !== undefined && options.outDir.trim() === '')
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: '--out ""' } });
  const outDir = options.outDir ?? join('out', periodId(period), 'forms');
  if (isInside(outDir, dataDir)) throw new ReportError({ code: 'WRITE_INTO_DATA', params: { path: outDir } });
  const shownOut = posixPath(outDir);
  checkOutputDir(outDir, shownOut);

  const loaded = loadInputs(dataDir, period);
  const { district, plan, history } = validateReferences(registry, loaded);
  const raw = new Map(loaded.month.files.map((f) => [f.name.replace(/\.ya?ml$/, ''), f.parsed.source?.data]));
  const current: CurrentData = (sector) => {
    const data = raw.get(sector);
    return typeof data === 'object' && data !== null ? (data as ReturnType<CurrentData>) : null;
  };
  const report = raw.get('report') as { ngay_chot_so_lieu?: unknown } | undefined;
  const cutoff =
    typeof report?.ngay_chot_so_lieu === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(report.ngay_chot_so_lieu) ? report.ngay_chot_so_lieu : null;
  const names = {
    office: district?.co_quan.join(' ') ?? '',
    departments: district?.phong_ban ?? {},
  };
  const models = workbookModels(
    registry.sectors,
    period,
    names,
    cutoff && dayMonthYear(cutoff),
    figureContext(registry, period, history, plan?.chi_tieu ?? null),
    current,
  );

  const { writeWorkbook } = await import('../forms/workbook.js');
  const stamp = docxStamp(period, io.env);
  const files: OutputFile[] = [];
  for (const model of models) files.push({ name: model.file, data: await writeWorkbook(model, stamp) });
  const written = writeOutputs(resolve(outDir), shownOut, files);
  io.out(written.map((p) => `${p}\n`).join(''));
  io.err(
    `${say(io.lang, 'FORMS_DONE', { count: written.length, month: `${twoDigits(period.month)}/${period.year}`, dir: displayPath(outDir), period: periodId(period) })}\n`,
  );
  return 0;
}
