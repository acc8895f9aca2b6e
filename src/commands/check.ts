/** `report check`: validate a month (all problems at once) and prove it renders, without writing anything. */
import { formatDiagnostics, type DiagnosticFormat } from '../format-error.js';
import type { Period } from '../period.js';
import { renderMonthDocument, type RunContext } from '../pipeline.js';
import type { Io } from './io.js';

export interface CheckOptions {
  readonly context: RunContext;
  readonly period: Period;
  readonly format: DiagnosticFormat;
  /** Warnings fail the check too. */
  readonly strict?: boolean;
  /** --pace-margin; default DEFAULT_PACE_MARGIN. */
  readonly paceMargin?: number;
}

export async function check(options: CheckOptions, io: Io): Promise<number> {
  // rendered in memory to prove the templates render this month: a template error is thrown like build's
  const validated = renderMonthDocument(options.context, options.period, { paceMargin: options.paceMargin });
  const diagnostics = validated.ok ? validated.warnings : [...validated.errors, ...validated.warnings];
  const text = formatDiagnostics(diagnostics, options.format, io);
  // machine formats are the command's result: stdout; the human report is a diagnostic: stderr
  if (options.format === 'text') io.err(text);
  else io.out(text);
  if (!validated.ok) return 1;
  return options.strict && validated.warnings.length > 0 ? 1 : 0;
}
