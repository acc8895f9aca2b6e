/**
 * The definitions cache (src/definitions-cache.ts through loadRegistry): a run with the same definition files and the
 * same build gets the registry a full reading gives; any other file, build or a broken definition is read in full.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { DefinitionsCache } from '../../src/definitions-cache.js';
import { loadRegistry } from '../../src/load-definitions.js';
import type { Registry } from '../../src/registry.js';
import { SCHEMAS } from '../support/workspace.js';

const root = mkdtempSync(join(tmpdir(), 'report-defcache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let schemas: string;
let cache: DefinitionsCache;
beforeEach(() => {
  const dir = mkdtempSync(join(root, 'case-'));
  schemas = join(dir, 'schemas');
  cpSync(SCHEMAS, schemas, { recursive: true });
  cache = { dir: join(dir, 'cache'), build: 'build-1' };
});

const ok = (r: ReturnType<typeof loadRegistry>): Registry => {
  if (!r.ok) throw new Error(r.errors.map((e) => e.code).join(', '));
  expect(r.warnings).toEqual([]);
  return r.value;
};
const cacheFiles = () => {
  try {
    return readdirSync(cache.dir);
  } catch {
    return [];
  }
};
/** Everything a run reads from a registry, in a form toStrictEqual compares exactly (undefined keys included). */
const contents = (r: Registry) => ({
  settings: r.settings,
  sectors: r.sectors,
  indicators: [...r.indicators],
  planTargets: [...r.planTargets],
});

describe('the definitions cache', () => {
  it('gives the registry of a full reading, from one JSON file, when nothing changed', () => {
    const full = ok(loadRegistry(schemas, undefined, null));
    const first = ok(loadRegistry(schemas, undefined, cache)); // read in full, then kept
    expect(cacheFiles()).toHaveLength(1);
    const file = join(cache.dir, cacheFiles()[0]!);
    const written = readFileSync(file, 'utf8');
    const second = ok(loadRegistry(schemas, undefined, cache));
    expect(readFileSync(file, 'utf8')).toBe(written);
    expect(contents(second)).toStrictEqual(contents(full));
    expect(contents(first)).toStrictEqual(contents(full));
    expect(second.sector('agriculture')?.title).toBe(full.sector('agriculture')?.title);
    // the cached registry validates data as the full one does
    expect(second.sectorSchema('agriculture').safeParse({ chi_tieu: { nonsense: 1 } }).success).toBe(false);
  });

  it('is used: a registry whose kept copy was marked shows the mark', () => {
    ok(loadRegistry(schemas, undefined, cache));
    const file = join(cache.dir, cacheFiles()[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Nông nghiệp"', '"Nông nghiệp (từ bộ nhớ đệm)"'));
    expect(ok(loadRegistry(schemas, undefined, cache)).sector('agriculture')?.title).toBe('Nông nghiệp (từ bộ nhớ đệm)');
  });

  it('reads the definitions in full when a file changed, another build wrote it, or it is unreadable', () => {
    ok(loadRegistry(schemas, undefined, cache));
    const file = join(cache.dir, cacheFiles()[0]!);
    const mark = () => writeFileSync(file, readFileSync(file, 'utf8').replace('"Nông nghiệp"', '"ĐÁNH DẤU"'));
    mark();
    const agriculture = join(schemas, 'sectors', 'agriculture.yaml');
    writeFileSync(agriculture, readFileSync(agriculture, 'utf8').replace(/^title: .*$/m, 'title: Nông nghiệp mới'));
    expect(ok(loadRegistry(schemas, undefined, cache)).sector('agriculture')?.title).toBe('Nông nghiệp mới');

    mark();
    expect(ok(loadRegistry(schemas, undefined, { ...cache, build: 'build-2' })).sector('agriculture')?.title).toBe('Nông nghiệp mới');

    writeFileSync(file, '{ not json');
    expect(ok(loadRegistry(schemas, undefined, cache)).sector('agriculture')?.title).toBe('Nông nghiệp mới');
  });

  it('never keeps definitions with a problem: the problem is reported on every run', () => {
    const agriculture = join(schemas, 'sectors', 'agriculture.yaml');
    writeFileSync(agriculture, readFileSync(agriculture, 'utf8').replace(/unit: ha\b/, 'unit: hecta'));
    for (let run = 0; run < 2; run++) {
      const r = loadRegistry(schemas, undefined, cache);
      expect(r.ok).toBe(false);
      expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain('DEFINITION_UNKNOWN_ID');
    }
    expect(cacheFiles()).toEqual([]);
  });
});
