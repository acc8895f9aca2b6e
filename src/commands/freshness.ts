/** `--check` of `build` and `schemas`: compare fresh outputs (in memory) with the files already in a folder; write nothing. */
import type { ReportError } from '../errors.js';
import { formatDiagnostics } from '../format-error.js';
import { compareOutputs, type OutputFile } from '../write.js';
import type { Io } from './io.js';

export type Freshness = 'stale' | 'missing';

/** Print one diagnostic (made by `problem`) per stale or missing output; 1 when there are any. */
export function checkFreshness(
  dir: string,
  shownDir: string,
  files: readonly OutputFile[],
  io: Io,
  problem: (path: string, state: Freshness) => ReportError,
): number {
  const { stale, missing } = compareOutputs(dir, files);
  const problems = [
    ...stale.map((n) => problem(`${shownDir}/${n}`, 'stale')),
    ...missing.map((n) => problem(`${shownDir}/${n}`, 'missing')),
  ];
  io.err(formatDiagnostics(problems, 'text', io));
  return problems.length > 0 ? 1 : 0;
}
