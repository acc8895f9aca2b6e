/**
 * `report init`: start a month's folder from the previous month's files, figures emptied, narrative kept.
 * It creates files and never overwrites one; beside them it records what it created (month-record.ts).
 */
import { join } from 'node:path';
import { ReportError } from '../errors.js';
import { formatDiagnostics } from '../format-error.js';
import { displayPath } from '../display-path.js';
import { isDirectory, loadMonth, requireDataDir } from '../load.js';
import { say } from '../messages.js';
import { nextMonthText } from '../next-month.js';
import { addMonths, periodId, type Period } from '../period.js';
import { misnamedFile, monthFileKind } from '../data-layout.js';
import { createNewFiles, writeOutputs, type OutputFile } from '../write.js';
import { RECORD_FILE, readRecord, recordText, sha256 } from '../month-record.js';
import type { RunContext } from '../pipeline.js';
import type { Io } from './io.js';

export interface InitOptions {
  readonly context: RunContext;
  readonly period: Period;
}

export async function init(options: InitOptions, io: Io): Promise<number> {
  const { period } = options;
  const { dataDir, registry } = options.context;
  requireDataDir(dataDir);
  const previous = addMonths(period, -1);
  const id = periodId(period);
  const prevId = periodId(previous);
  if (!isDirectory(join(dataDir, prevId)))
    throw new ReportError({ code: 'INIT_NO_PREVIOUS_MONTH', params: { month: id, previous: prevId, dir: displayPath(dataDir, prevId) } });

  const problems: ReportError[] = [];
  const files: OutputFile[] = [];
  // only the files a report expects: an unknown file of last month is not carried over
  const lastFiles = loadMonth(dataDir, previous).files;
  for (const f of lastFiles) {
    // a file of last month under the wrong extension or case (agriculture.yml) starts this month's under its right name
    const misnamed = misnamedFile(registry, f.name)?.expected;
    if (misnamed && lastFiles.some((g) => g.name === misnamed)) continue;
    const name = misnamed ?? f.name;
    const known = monthFileKind(registry, name);
    if (!known || files.some((g) => g.name === name)) continue;
    const source = f.parsed.source;
    if (!source) {
      problems.push(...f.parsed.problems);
      continue;
    }
    // a file that is not a mapping has no figures to empty: carried over as it is, for `report check` to flag
    const notes = new Map(
      known.kind === 'sector' ? Object.entries(known.sector.indicators).map(([id, d]) => [id, `${d.label} (${d.unit})`]) : [],
    );
    files.push({ name, data: nextMonthText(source.text, known.kind, previous, period, notes) ?? source.text });
  }

  const monthDir = join(dataDir, id);
  const { created, skipped } = createNewFiles(monthDir, displayPath(dataDir, id), files);
  // what init made, so status tells a file no department has sent yet from one sent (works without git too)
  if (created.length > 0) {
    const record = readRecord(monthDir);
    const made = files
      .filter((f) => created.includes(`${displayPath(dataDir, id)}/${f.name}`))
      .map((f) => [f.name, sha256(f.data)] as const);
    writeOutputs(monthDir, displayPath(dataDir, id), [
      { name: RECORD_FILE, data: recordText({ ...record, init: { ...record.init, ...Object.fromEntries(made) } }) },
    ]);
  }
  problems.push(...skipped.map((path) => new ReportError({ code: 'INIT_FILE_EXISTS', params: { path }, file: path, severity: 'warning' })));
  io.out(created.map((p) => `${p}\n`).join(''));
  io.err(formatDiagnostics(problems, 'text', io));
  io.err(`${say(io.lang, 'INIT_DONE', { created: created.length, skipped: skipped.length, month: id })}\n`);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
