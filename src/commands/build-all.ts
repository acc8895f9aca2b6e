/** `report build --all [--check]`: every report month of the data folder in one process (templates compiled once). */
import { join } from 'node:path';
import { listMonths, listReportMonths, requireDataDir } from '../load.js';
import { say } from '../messages.js';
import { periodId } from '../period.js';
import { pruneRunCache } from '../pipeline.js';
import { build, type BuildOptions } from './build.js';
import type { Io } from './io.js';

export interface BuildAllOptions extends Omit<BuildOptions, 'period' | 'outDir'> {
  /** Base output folder; each month goes to <base>/<YYYY-MM> (default out). */
  readonly outBase?: string;
}

/** Build (or with `check`, compare) every month that has a report.yaml; months without one are history data. */
export async function buildAll(options: BuildAllOptions, io: Io): Promise<number> {
  const { dataDir, cache } = options.context;
  requireDataDir(dataDir);
  const months = listReportMonths(dataDir);
  const reports = new Set(months.map(periodId));
  const dataOnly = listMonths(dataDir).map(periodId).filter((id) => !reports.has(id));
  const base = options.outBase ?? 'out';
  let code = 0;
  for (const [i, period] of months.entries()) {
    const id = periodId(period);
    if (io.progress) io.err(`${say(io.lang, 'BUILD_ALL_PROGRESS', { index: i + 1, total: months.length, month: id, check: Boolean(options.check) })}\n`);
    // the run's cache: each file is read and each earlier month validated once, not once per month comparing with it
    pruneRunCache(cache, period);
    code = Math.max(code, await build({ ...options, period, outDir: join(base, id) }, io));
  }
  io.err(`${say(io.lang, 'BUILD_ALL_DONE', { months: months.map(periodId), dataOnly, check: Boolean(options.check) })}\n`);
  if (options.check && code === 0) io.err(`${say(io.lang, 'BUILD_ALL_UP_TO_DATE')}\n`);
  return code;
}
