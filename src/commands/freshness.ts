/** `report build --check`: compare fresh outputs (in memory) with the files already in the output folder; write nothing. */
import { ReportError } from '../errors.js';
import { formatDiagnostics } from '../format-error.js';
import { compareOutputs, type OutputFile } from '../write.js';
import type { Io } from './io.js';

/** Print the stale and missing outputs as diagnostics; 1 when there are any. */
export function checkFreshness(dir: string, shownDir: string, files: readonly OutputFile[], io: Io): number {
  const { stale, missing } = compareOutputs(dir, files);
  const problems = [
    ...stale.map((n) => new ReportError({ code: 'BUILD_OUTPUT_STALE', params: { path: `${shownDir}/${n}` }, file: `${shownDir}/${n}` })),
    ...missing.map((n) => new ReportError({ code: 'BUILD_OUTPUT_MISSING', params: { path: `${shownDir}/${n}` }, file: `${shownDir}/${n}` })),
  ];
  io.err(formatDiagnostics(problems, 'text', io));
  return problems.length > 0 ? 1 : 0;
}
