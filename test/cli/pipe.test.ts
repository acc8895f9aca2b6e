/** A reader that stops early (`report check … | head -1`) closes the pipe: the CLI ends quietly, without a crash. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { requireBundle, requireTools } from '../support/tools.js';

describe('a closed output pipe', () => {
  it('ends the command without a stack trace', (ctx) => {
    requireBundle(ctx);
    requireTools(ctx, ['bash', 'head']);
    // the JSON diagnostics are long enough to fill the pipe after head has gone
    const r = spawnSync('bash', ['-c', 'set -o pipefail; for i in 1 2 3; do node bin/report.js check 2021-01 --format json; done | head -c 1 >/dev/null; echo "status=${PIPESTATUS[0]}"'], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|at .*\(.*:\d+:\d+\)/);
    expect(r.stdout).toMatch(/status=0/);
  });
});
