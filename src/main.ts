/** Entry point: runs the CLI and maps every outcome to an exit code. Streams, environment and Ctrl+C come in as an Environment (bin/report.js binds the process). */
import { supportsColorStderr } from 'chalk';
import { CommanderError } from 'commander';
import { createProgram, type Session } from './cli.js';
import type { Io } from './commands/io.js';
import { ReportError } from './errors.js';
import { exitCodeFor, formatDiagnostics } from './format-error.js';
import { say, type PlainCode } from './messages.js';
import type { Reuse } from './pipeline.js';

export interface Environment {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Colour diagnostics on stderr; default chalk's detection for the process (tests running in-process say it). */
  readonly color?: boolean;
  /** Ctrl+C subscription (bin/report.js binds it to SIGINT); commands that run until interrupted use it. */
  readonly onInterrupt?: (handler: () => void) => () => void;
  /** What earlier runs in this process made (tests run the CLI many times in one); each run makes its own otherwise. */
  readonly reuse?: Reuse;
}

/** Commander's own errors, in the user's language. */
const COMMANDER_DETAIL: Readonly<Record<string, PlainCode>> = {
  'commander.unknownCommand': 'ARG_UNKNOWN_COMMAND',
  'commander.help': 'ARG_NO_COMMAND',
  'commander.unknownOption': 'ARG_UNKNOWN_OPTION',
  'commander.missingArgument': 'ARG_MISSING_ARGUMENT',
  'commander.excessArguments': 'ARG_EXCESS_ARGUMENTS',
  'commander.optionMissingArgument': 'ARG_OPTION_MISSING_VALUE',
  'commander.invalidArgument': 'ARG_INVALID_VALUE',
  'commander.missingMandatoryOptionValue': 'ARG_MISSING_MANDATORY',
};

/** What was wrong, in the user's language, from commander's English message: the quoted names, counts and suggestions. */
function commanderDetail(e: CommanderError, lang: 'vi' | 'en'): string {
  const code = COMMANDER_DETAIL[e.code];
  const what = code ? say(lang, code) : e.code;
  const quoted = [...e.message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const counts = /Expected (\d+) arguments? but got (\d+)/.exec(e.message);
  const choices = /Allowed choices are (.*)\.$/m.exec(e.message)?.[1];
  const similar = /\(Did you mean (?:one of )?(.*)\?\)/.exec(e.message)?.[1];
  let detail = quoted[0] ? `${what}: ${quoted[0]}` : what;
  if (e.code === 'commander.invalidArgument' && quoted[1] !== undefined) detail += ` "${quoted[1]}"`;
  if (e.code === 'commander.excessArguments' && counts) detail += say(lang, 'ARG_COUNTS', { expected: counts[1]!, received: counts[2]! });
  if (choices) detail += say(lang, 'ARG_CHOICES', { choices });
  if (similar) detail += say(lang, 'ARG_DID_YOU_MEAN', { similar });
  return detail;
}

/** Run the CLI with `argv` (without node and script). Returns the exit code; never throws. */
export async function run(argv: readonly string[], environment: Environment): Promise<number> {
  // set by commander as it reads --lang, --debug and check's --format: nothing here parses argv by hand
  const session: Session = { lang: 'vi', debug: false, diagnostics: 'text' };
  // chalk's own detection of the process's stderr (a terminal, NO_COLOR, FORCE_COLOR, TERM=dumb, CI) unless told
  const color = environment.color ?? supportsColorStderr !== false;
  const io: Io = {
    out: (s) => void environment.stdout.write(s),
    err: (s) => void environment.stderr.write(s),
    color,
    env: environment.env,
    get lang() {
      return session.lang;
    },
    progress: Boolean(environment.stderr.isTTY),
    onInterrupt: environment.onInterrupt,
  };
  // a problem that stops `check --format json|github` is printed in that format, on stdout, for CI
  const report = (errors: ReportError[]) =>
    session.diagnostics === 'text'
      ? io.err(formatDiagnostics(errors, 'text', io))
      : io.out(formatDiagnostics(errors, session.diagnostics, io));
  let exitCode = 0;
  const program = createProgram(io, (code) => (exitCode = code), session, environment.reuse);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0; // --help, --version
      report([new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: commanderDetail(e, session.lang) } })]);
      return 2;
    }
    if (e instanceof ReportError) {
      report([e]);
      return exitCodeFor([e]) || 1;
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    report([new ReportError({ code: 'INTERNAL', params: { detail } })]);
    if (session.debug && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return 3;
  }
}
