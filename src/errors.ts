/** The one error type: a permanent code, its parameters, where it happened and how serious it is. */
import type { ErrorCode, NoParams, ParamsOf } from './error-catalog.js';

export type Severity = 'error' | 'warning';

/** Separates a workbook, its sheet and a cell where a diagnostic's file is a spreadsheet: "agriculture.xlsx › Nông nghiệp › H9". */
export const IN_FILE = ' › ';

/** A code with the parameters its catalogue entry declares; `params` may be left out when it declares none. */
export type Coded = {
  [C in ErrorCode]: { readonly code: C } & (NoParams extends ParamsOf<C>
    ? { readonly params?: ParamsOf<C> }
    : { readonly params: ParamsOf<C> });
}[ErrorCode];

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
/** The parameters as read back from any diagnostic: every parameter name of the catalogue, each maybe absent. */
export type AnyParams = { readonly [K in KeysOfUnion<ParamsOf<ErrorCode>>]?: string | number | readonly string[] };

export interface Place {
  /** Project-relative POSIX path of the file, as the user gave it. */
  readonly file?: string;
  /** 1-based position in the file. */
  readonly line?: number;
  readonly column?: number;
  /** Path of the offending value inside the file's data. */
  readonly dataPath?: readonly (string | number)[];
  readonly severity?: Severity;
}

export type ReportErrorInit = Coded & Place;

export class ReportError extends Error {
  readonly code: ErrorCode;
  /** Values the catalogue's message and hint are written with (already formatted for display). */
  readonly params: AnyParams;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly dataPath: readonly (string | number)[];
  readonly severity: Severity;

  constructor(
    private readonly init: ReportErrorInit,
    options?: { cause?: unknown },
  ) {
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

  /** The same diagnostic at another place: a problem of the file import would write, shown at the cell it came from. */
  movedTo(place: Place): ReportError {
    return new ReportError({ ...this.init, line: undefined, column: undefined, ...place }, { cause: this.cause });
  }

  /**
   * The same diagnostic with the parts of its place it lacks taken from `place`: a template helper knows the line it is
   * called from, the renderer which template that is.
   */
  placed(place: Pick<Place, 'file' | 'line' | 'column'>): ReportError {
    const file = this.file ?? place.file;
    const [line, column] = this.line === undefined ? [place.line, place.column] : [this.line, this.column];
    if (file === this.file && line === this.line) return this;
    return new ReportError({ ...this.init, file, line, column }, { cause: this.cause });
  }
}

export const hasErrors = (list: readonly ReportError[]): boolean => list.some((e) => e.severity === 'error');

/** The result of a stage that collects problems instead of stopping at the first. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ReportError[] }
  | { readonly ok: false; readonly errors: readonly ReportError[]; readonly warnings: readonly ReportError[] };
