/** Run the CLI in-process and capture what it prints. */
import { run, type Environment } from '../../src/main.js';
import { reuse } from './reuse.js';
import { WAIT_MS } from './timing.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** One output stream of a command: the text written so far, and a way to wait until it says something. */
export class Captured {
  text = '';
  readonly #waiters = new Set<() => void>();
  readonly write = (s: string | Uint8Array): true => {
    this.text += typeof s === 'string' ? s : Buffer.from(s).toString('utf8');
    for (const check of [...this.#waiters]) check();
    return true;
  };

  /** Resolves once `test(text)` holds, checked now and after every write; rejects after `ms`, naming `what`. */
  until(test: (text: string) => boolean, what: string, ms = WAIT_MS): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        this.#waiters.delete(check);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        try {
          if (test(this.text)) done();
        } catch (e) {
          done(e as Error);
        }
      };
      const timer = setTimeout(() => done(new Error(`waited ${ms} ms for ${what}; the stream said:\n${this.text}`)), ms);
      this.#waiters.add(check);
      check();
    });
  }
}

export interface CliOptions {
  /** Whether stdout and stderr claim to be a terminal (progress lines; colours, unless `color` says). */
  readonly tty?: boolean;
  /** Colours on stderr (the process's own detection is chalk's, tested by running the CLI as a process). */
  readonly color?: boolean;
  readonly onInterrupt?: Environment['onInterrupt'];
}

/** The CLI run in-process with captured streams: `code` settles with the exit code. */
export function startCli(args: readonly string[], env: Record<string, string | undefined> = {}, options: CliOptions = {}) {
  const stdout = new Captured();
  const stderr = new Captured();
  const isTTY = options.tty ?? false;
  const code = run(args, {
    stdout: { write: stdout.write, isTTY },
    stderr: { write: stderr.write, isTTY },
    env,
    onInterrupt: options.onInterrupt,
    reuse,
    color: options.color ?? isTTY,
  });
  return { code, stdout, stderr };
}

export async function runCli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  options: CliOptions = {},
): Promise<CliResult> {
  const started = startCli(args, env, options);
  const code = await started.code;
  return { code, stdout: started.stdout.text, stderr: started.stderr.text };
}
