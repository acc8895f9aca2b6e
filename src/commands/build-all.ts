/** `report build --all [--check]`: every report month of the data folder in one process (templates compiled once). */
import { join } from 'node:path';
import { createLoadCache, listMonths, listReportMonths, pruneLoadCache, requireDataDir } from '../load.js';
import { periodId } from '../period.js';
import { build, type BuildOptions } from './build.js';
import type { Io } from './io.js';

export interface BuildAllOptions extends Omit<BuildOptions, 'period' | 'outDir'> {
  /** Base output folder; each month goes to <base>/<YYYY-MM> (default out). */
  readonly outBase?: string;
}

/** Build (or with `check`, compare) every month that has a report.yaml; months without one are history data. */
export async function buildAll(options: BuildAllOptions, io: Io): Promise<number> {
  requireDataDir(options.dataDir);
  const months = listReportMonths(options.dataDir);
  const reports = new Set(months.map(periodId));
  const dataOnly = listMonths(options.dataDir).map(periodId).filter((id) => !reports.has(id));
  const base = options.outBase ?? 'out';
  const vi = io.lang === 'vi';
  let code = 0;
  const loadCache = createLoadCache(); // each file is read once for the whole run, not once per month comparing with it
  for (const [i, period] of months.entries()) {
    const id = periodId(period);
    if (io.progress) io.err(`[${i + 1}/${months.length}] ${options.check ? (vi ? 'kiểm tra' : 'checking') : vi ? 'dựng' : 'building'} ${id}\n`);
    pruneLoadCache(loadCache, period);
    code = Math.max(code, await build({ ...options, period, outDir: join(base, id), loadCache }, io));
  }
  const skipped = dataOnly.length > 0 ? (vi ? `; bỏ qua (chỉ có số liệu, không có report.yaml): ${dataOnly.join(', ')}` : `; skipped (data only, no report.yaml): ${dataOnly.join(', ')}`) : '';
  const verb = options.check ? (vi ? 'Đã kiểm tra' : 'Checked') : vi ? 'Đã dựng' : 'Built';
  io.err(`${verb} ${months.length} ${vi ? 'tháng' : 'month(s)'}${months.length > 0 ? `: ${months.map(periodId).join(', ')}` : ''}${skipped}\n`);
  if (options.check && code === 0) io.err(vi ? 'Mọi kết quả đều khớp với số liệu hiện tại.\n' : 'Every output is up to date.\n');
  return code;
}
