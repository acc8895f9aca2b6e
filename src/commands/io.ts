/** What commands may print: results on stdout, diagnostics and progress on stderr. main.ts binds it to the process. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colours on stderr, as chalk detects them for the process (a terminal, NO_COLOR, FORCE_COLOR, TERM=dumb). */
  readonly color: boolean;
  readonly lang: 'vi' | 'en';
  /** The process environment (SOURCE_DATE_EPOCH, PATH for LibreOffice); tests pass their own. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** stderr is a terminal: progress lines are worth printing (NO_COLOR turns off colour, not progress). */
  readonly progress?: boolean;
  /** Subscribe to Ctrl+C for the length of a long-running command (watch); returns the unsubscribe. Absent in tests. */
  readonly onInterrupt?: (handler: () => void) => () => void;
}
