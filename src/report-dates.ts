/**
 * The dates of report.yaml against the month it reports: the data cut-off inside the month or just after it, the
 * signing no earlier than the cut-off and within a few weeks after the month. A date that cannot be right is an error at
 * its line (a header dated in the wrong year reaches the province otherwise). Pure.
 */
import type { ReportMeta } from './data-schemas.js';
import type { Month } from './model.js';
import type { Registry } from './registry.js';
import { ReportError } from './errors.js';
import { formatDate } from './format.js';
import { addMonths, periodId, type Period } from './period.js';
import { locate, type SourceFile } from './yaml-source.js';

/** Days after the month's end a data cut-off may fall ("số liệu đến hết tháng", gathered in the first days after). */
const CUTOFF_GRACE_DAYS = 10;
/** Days after the month's end a report may be signed: a few weeks. */
const SIGNING_GRACE_DAYS = 28;

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const firstDay = (p: Period): number => dayOf(`${periodId(p)}-01`);

/** Every problem of the report's dates, located in report.yaml. */
export function checkReportDates(report: ReportMeta, period: Period, source: SourceFile): ReportError[] {
  const at = (key: string) => ({ file: source.file, ...locate(source, [key]), dataPath: [key] });
  const start = firstDay(period);
  const end = firstDay(addMonths(period, 1)) - 1;
  const month = periodId(period);
  const problems: ReportError[] = [];
  const cutoff = dayOf(report.ngay_chot_so_lieu);
  if (cutoff < start || cutoff > end + CUTOFF_GRACE_DAYS) {
    problems.push(
      new ReportError({
        code: 'VALIDATE_CUTOFF_OUTSIDE_MONTH',
        params: {
          date: formatDate(report.ngay_chot_so_lieu),
          month,
          from: formatDate(isoOf(start)),
          to: formatDate(isoOf(end + CUTOFF_GRACE_DAYS)),
        },
        ...at('ngay_chot_so_lieu'),
      }),
    );
  }
  if (report.ngay_ban_hanh !== null) {
    const signed = dayOf(report.ngay_ban_hanh);
    const latest = end + SIGNING_GRACE_DAYS;
    if (signed < cutoff || signed > latest) {
      problems.push(
        new ReportError({
          code: 'VALIDATE_SIGNING_DATE',
          params: {
            date: formatDate(report.ngay_ban_hanh),
            month,
            cutoff: formatDate(report.ngay_chot_so_lieu),
            latest: formatDate(isoOf(latest)),
            reason: signed < cutoff ? 'beforeCutoff' : 'tooLate',
          },
          ...at('ngay_ban_hanh'),
        }),
      );
    }
  }
  return problems;
}

/**
 * The dates a sector file states (the `dates` of its definition: an event the report speaks of, a date an anniversary is
 * counted from) have passed by the month's end: a later one is a wrong year, an error at its line in the data file
 * rather than a failure of the template that computes with it.
 */
export function checkSectorDates(registry: Registry, month: Month, sources: ReadonlyMap<string, SourceFile>): ReportError[] {
  const end = firstDay(addMonths(month.period, 1)) - 1;
  const problems: ReportError[] = [];
  for (const [id, data] of Object.entries(month.sectors)) {
    const source = sources.get(id);
    for (const key of Object.keys(registry.sector(id)?.dates ?? {})) {
      const date = data.noi_dung?.[key];
      if (typeof date !== 'string' || !source || dayOf(date) <= end) continue;
      const path = ['noi_dung', key];
      problems.push(
        new ReportError({
          code: 'VALIDATE_DATE_AFTER_MONTH',
          params: { date: formatDate(date), month: periodId(month.period), last: formatDate(isoOf(end)) },
          file: source.file,
          ...locate(source, path),
          dataPath: path,
        }),
      );
    }
  }
  return problems;
}
