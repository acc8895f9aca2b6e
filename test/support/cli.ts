/** Run the CLI in-process and capture what it prints. */
import { run } from '../../src/main.js';

export interface CliResult { code: number; stdout: string; stderr: string }

export async function runCli(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
  });
  return { code, stdout, stderr };
}
