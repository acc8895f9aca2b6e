/** Illustrative sample months say so in the report itself, not only in their YAML comments; published months don't. */
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { DATA, TEMPLATES, workspace } from './support/workspace.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const NOTICE = 'DỮ LIỆU MINH HỌA';

describe('the illustrative-data notice', () => {
  it('opens the February sample report and is absent from the published January one', async () => {
    const ws = workspace();
    try {
      for (const month of ['2021-01', '2021-02']) {
        const r = await runCli(['--data', DATA, '--templates', TEMPLATES, 'build', month, '--format', 'md', '--out', join(ws.out, month)]);
        expect(r.code).toBe(0);
      }
      const jan = readFileSync(join(ws.out, '2021-01', 'report-2021-01.md'), 'utf8');
      const feb = readFileSync(join(ws.out, '2021-02', 'report-2021-02.md'), 'utf8');
      expect(jan).not.toContain(NOTICE);
      // before the body: right under the title of Phần thứ nhất
      expect(feb.indexOf(NOTICE)).toBeGreaterThan(feb.indexOf('# Phần thứ nhất'));
      expect(feb.indexOf(NOTICE)).toBeLessThan(feb.indexOf('## I.'));
    } finally {
      ws.remove();
    }
  });
});
