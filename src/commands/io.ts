/** What commands may print: results on stdout, diagnostics and progress on stderr. main.ts binds it to the process. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colours and progress only on a terminal (and never under NO_COLOR). */
  readonly color: boolean;
  readonly lang: 'vi' | 'en';
}
