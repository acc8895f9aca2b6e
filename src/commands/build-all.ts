/** `report build --all [--check]`: every report month of the data folder in one process (templates compiled once). */
import { join } from 'node:path';
import { posixPath } from '../display-path.js';
import { isDirectory, listMonths, listReportMonths, requireDataDir } from '../load.js';
import { say } from '../messages.js';
import { periodId } from '../period.js';
import { pruneRunCache } from '../pipeline.js';
import { build, type BuildOptions } from './build.js';
import type { Io } from './io.js';

export interface BuildAllOptions extends Omit<BuildOptions, 'period' | 'outDir'> {
  /** Base output folder; each month goes to <base>/<YYYY-MM> (default out, or committedBase with check). */
  readonly outBase?: string;
  /** Where the office commits its reports (<root>/reports): what --check compares with unless --out says otherwise. */
  readonly committedBase?: string;
}

/** Build (or with `check`, compare) every month that has a report.yaml; months without one are history data. */
export async function buildAll(options: BuildAllOptions, io: Io): Promise<number> {
  const { dataDir, cache } = options.context;
  requireDataDir(dataDir);
  const months = listReportMonths(dataDir);
  const reports = new Set(months.map(periodId));
  const dataOnly = listMonths(dataDir)
    .map(periodId)
    .filter((id) => !reports.has(id));
  // out/ is the scratch folder (not committed); the committed reports are checked where they are committed
  const base = options.outBase ?? (options.check && options.committedBase !== undefined ? options.committedBase : 'out');
  // a checkout that commits no reports (this repository's sample office among them): every month is still built in
  // memory, so its data and templates are checked, with nothing to compare the outputs with; a folder named with --out
  // is where the reports should be, and a missing one lists them all missing
  const nothingCommitted = Boolean(options.check) && options.outBase === undefined && !isDirectory(base);
  let code = 0;
  for (const [i, period] of months.entries()) {
    const id = periodId(period);
    if (io.progress)
      io.err(`${say(io.lang, 'BUILD_ALL_PROGRESS', { index: i + 1, total: months.length, month: id, check: Boolean(options.check) })}\n`);
    // the run's cache: each file is read and each earlier month validated once, not once per month comparing with it
    pruneRunCache(cache, period);
    code = Math.max(
      code,
      await build({ ...options, period, outDir: join(base, id), comparedMustBeValid: true, compare: !nothingCommitted }, io),
    );
  }
  io.err(`${say(io.lang, 'BUILD_ALL_DONE', { months: months.map(periodId), dataOnly, check: Boolean(options.check) })}\n`);
  if (nothingCommitted) io.err(`${say(io.lang, 'BUILD_ALL_NOTHING_COMMITTED', { dir: posixPath(base) })}\n`);
  else if (options.check && code === 0) io.err(`${say(io.lang, 'BUILD_ALL_UP_TO_DATE')}\n`);
  return code;
}
