/** src/zod-config.ts: zod parses without generated code, in every module that builds a schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { expect, it } from 'vitest';
import { SectorFileSchema } from '../../src/definitions.js';
import { ROOT } from '../support/workspace.js';

it('is in effect once a schema module is loaded', () => {
  expect(SectorFileSchema).toBeDefined();
  expect(z.config().jitless).toBe(true);
});

it('is imported before zod by every source module that imports zod for its values', () => {
  const src = join(ROOT, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'zod-config.ts');
  const users = files.filter((f) => /^import (?!type )[^;]*from 'zod';/m.test(readFileSync(join(src, f), 'utf8')));
  expect(users.length).toBeGreaterThan(3);
  for (const f of users)
    expect(readFileSync(join(src, f), 'utf8'), f).toMatch(/^import '\.{1,2}\/(\.\.\/)*zod-config\.js';\nimport \* as z from 'zod';/m);
});
