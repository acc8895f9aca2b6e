/** `report check`: validate a month (all problems at once) and prove it renders, without writing anything. */
import { DEFAULT_PACE_MARGIN } from '../accumulate.js';
import { aggregateMonth } from '../aggregate.js';
import { formatDiagnostics, type DiagnosticFormat } from '../format-error.js';
import { loadInputs } from '../load.js';
import type { Period } from '../period.js';
import { loadRenderer } from '../templates.js';
import type { Registry } from '../registry.js';
import { validateInputs } from '../validate.js';
import type { Io } from './io.js';

export interface CheckOptions {
  readonly registry: Registry;
  readonly period: Period;
  readonly dataDir: string;
  readonly templatesDir: string;
  readonly format: DiagnosticFormat;
  /** Warnings fail the check too. */
  readonly strict?: boolean;
  /** --pace-margin; default DEFAULT_PACE_MARGIN. */
  readonly paceMargin?: number;
}

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const paceMargin = options.paceMargin ?? DEFAULT_PACE_MARGIN;
  const validated = validateInputs(options.registry, loadInputs(options.dataDir, options.period), { paceMargin });
  const diagnostics = validated.ok ? validated.warnings : [...validated.errors, ...validated.warnings];
  if (validated.ok) loadRenderer(options.templatesDir)(aggregateMonth(options.registry, validated.value, { paceMargin }));
  const text = formatDiagnostics(diagnostics, options.format, io);
  // machine formats are the command's result: stdout; the human report is a diagnostic: stderr
  if (options.format === 'text') io.err(text);
  else io.out(text);
  if (!validated.ok) return 1;
  return options.strict && validated.warnings.length > 0 ? 1 : 0;
}
