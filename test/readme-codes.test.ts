/** src/README.md lists every diagnostic code of the catalogue, and only those, with the current wording. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../src/error-catalog.js';
import { TABLE_END, TABLE_START, withCodeTable } from '../src/error-table.js';

const README = readFileSync(new URL('../src/README.md', import.meta.url), 'utf8');
const HOW = 'Run "npm run readme:codes" and commit src/README.md.';

describe('README diagnostic codes', () => {
  it('has the generated table between its markers', () => {
    expect(README.includes(TABLE_START) && README.includes(TABLE_END), `src/README.md lost its code-table markers. ${HOW}`).toBe(true);
  });
  it('lists exactly the codes of src/error-catalog.ts', () => {
    const table = README.slice(README.indexOf(TABLE_START), README.indexOf(TABLE_END));
    const listed = [...table.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]!);
    const codes = Object.keys(CATALOG);
    const missing = codes.filter((c) => !listed.includes(c));
    const extra = listed.filter((c) => !codes.includes(c));
    expect({ missing, extra }, `src/README.md and src/error-catalog.ts list different codes. ${HOW}`).toEqual({ missing: [], extra: [] });
  });
  it('shows the current wording of each code', () => {
    expect(withCodeTable(README) === README, `README.md's code table is out of date. ${HOW}`).toBe(true);
  });
  it('writes every message with its placeholders, never "undefined" (a lookup by a placeholder parameter)', () => {
    const table = README.slice(README.indexOf(TABLE_START), README.indexOf(TABLE_END));
    expect(table.split('\n').filter((row) => /\bundefined\b|\bNaN\b/.test(row))).toEqual([]);
  });
});
