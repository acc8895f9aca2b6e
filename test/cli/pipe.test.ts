/** A reader that stops early (`report check … | head -1`) closes the pipe: the CLI ends quietly, without a crash. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Captured } from '../support/cli.js';
import { requireBundle } from '../support/tools.js';

/**
 * Run node with `args`, its stdout a pipe whose reading end is closed before the child starts: its first write
 * fails with EPIPE, every time (no race with a reader that has not gone yet).
 */
async function intoClosedPipe(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  const stderr = new Captured();
  child.stderr.on('data', stderr.write);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stderr: stderr.text };
}

describe('a closed output pipe', () => {
  it('ends the command with exit 0 and without a stack trace', async (ctx) => {
    requireBundle(ctx);
    // the same pipe breaks a program that does not handle it: this test can fail
    const unhandled = await intoClosedPipe(['-e', "setTimeout(() => process.stdout.write('x'), 100)"]);
    expect(unhandled.stderr).toContain('EPIPE');
    expect(unhandled.code).not.toBe(0);

    const r = await intoClosedPipe(['bin/report.js', 'check', '2021-01', '--format', 'json']);
    expect(r.stderr).not.toMatch(/EPIPE|at .*\(.*:\d+:\d+\)/);
    expect(r.code).toBe(0);
  });
});
