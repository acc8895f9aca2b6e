/** The one error type: a permanent code, its parameters, where it happened and how serious it is. */
import type { ErrorCode } from './error-catalog.js';

export type Severity = 'error' | 'warning';
export type Params = Readonly<Record<string, string | number>>;

export interface ReportErrorInit {
  readonly code: ErrorCode;
  /** Values the catalogue's message and hint are written with (already formatted for display). */
  readonly params?: Params;
  /** Project-relative POSIX path of the file, as the user gave it. */
  readonly file?: string;
  /** 1-based position in the file. */
  readonly line?: number;
  readonly column?: number;
  /** Path of the offending value inside the file's data. */
  readonly dataPath?: readonly (string | number)[];
  readonly severity?: Severity;
}

export class ReportError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly dataPath: readonly (string | number)[];
  readonly severity: Severity;

  constructor(init: ReportErrorInit, options?: { cause?: unknown }) {
    super(init.code, options);
    this.name = 'ReportError';
    this.code = init.code;
    this.params = init.params ?? {};
    this.file = init.file;
    this.line = init.line;
    this.column = init.column;
    this.dataPath = init.dataPath ?? [];
    this.severity = init.severity ?? 'error';
  }
}

export const hasErrors = (list: readonly ReportError[]): boolean => list.some((e) => e.severity === 'error');

/** The result of a stage that collects problems instead of stopping at the first. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ReportError[] }
  | { readonly ok: false; readonly errors: readonly ReportError[]; readonly warnings: readonly ReportError[] };
