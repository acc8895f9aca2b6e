/** The engine is one product for every office: its bundle names no office's sector, indicator, target or text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from './support/office.js';
import { ROOT } from './support/workspace.js';

describe('the CLI bundle (dist/)', () => {
  it('contains no id or title of the shipped office: its definitions are read at run time', () => {
    const dist = join(ROOT, 'dist');
    // the code only: the precompiled templates beside it are the office's templates, texts and all
    const files = [
      'report.mjs',
      ...readdirSync(join(dist, 'chunks'))
        .filter((f) => f.endsWith('.mjs'))
        .map((f) => join('chunks', f)),
    ];
    const text = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    const ids = registry.sectors.flatMap((s) => [
      s.id,
      s.title,
      ...Object.keys(s.indicators),
      ...Object.keys(s.planTargets ?? {}),
      ...Object.keys(s.texts),
      ...Object.keys(s.lists ?? {}),
    ]);
    expect(ids.length).toBeGreaterThan(200);
    // as a string literal or a key: how code would name them
    expect(ids.filter((id) => [`'${id}'`, `"${id}"`, `${id}:`].some((form) => text.includes(form)))).toEqual([]);
  });
});
