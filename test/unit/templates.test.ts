/** src/templates.ts: reading templates/ (the main template and its partials) and the per-folder renderer cache. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Renderer } from '../../src/render.js';
import { loadRenderer, readTemplates } from '../../src/templates.js';
import { TEMPLATES } from '../support/workspace.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-templates-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A templates folder holding these files (path → text). */
function folder(files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('readTemplates', () => {
  it('reads report.hbs, then the .hbs files of sections/ and partials/ by name, in order; other files are no templates', () => {
    folder({
      'report.hbs': 'R',
      'sections/b.hbs': 'B',
      'sections/a.hbs': 'A',
      'sections/a.hbs~': 'backup',
      'partials/p.hbs': 'P',
      'other/x.hbs': 'X',
      'notes.txt': 'n',
    });
    expect(readTemplates(dir).map((t) => [t.name, t.text])).toEqual([
      ['report', 'R'],
      ['a', 'A'],
      ['b', 'B'],
      ['p', 'P'],
    ]);
  });

  it('is a usage error without the folder, and names a missing report.hbs or an unreadable partial', () => {
    expect(() => readTemplates(join(dir, 'none'))).toThrow(expect.objectContaining({ code: 'RENDER_TEMPLATES_DIR_MISSING' }));
    expect(() => readTemplates(folder({ 'sections/a.hbs': 'A' }))).toThrow(expect.objectContaining({ code: 'RENDER_TEMPLATE_MISSING' }));
    folder({ 'report.hbs': 'R' });
    mkdirSync(join(dir, 'sections', 'folder.hbs'));
    expect(() => readTemplates(dir)).toThrow(expect.objectContaining({ code: 'LOAD_READ_FAILED', params: { reason: 'EISDIR' } }));
  });
});

const runCache = (specs = new Map<string, string>()) => ({ renderers: new Map<string, Renderer>(), specs });

describe('loadRenderer', () => {
  it("compiles a folder once per option set in the cache it is given (a run's), and again in another", () => {
    const run = runCache();
    const a = loadRenderer(TEMPLATES, {}, run);
    expect(loadRenderer(TEMPLATES, {}, run)).toBe(a);
    expect(loadRenderer(TEMPLATES, { allowMissing: true }, run)).not.toBe(a);
    expect(loadRenderer(TEMPLATES, {}, runCache())).not.toBe(a);
  });

  it('keeps folders apart', () => {
    const run = runCache();
    const other = loadRenderer(folder({ 'report.hbs': '{{#part "A"}}x{{/part}}' }), {}, run);
    expect(loadRenderer(TEMPLATES, {}, run)).not.toBe(other);
    expect(loadRenderer(dir, {}, run)).toBe(other);
  });

  it('reuses the specs an earlier run compiled, keyed by text: an edited template is compiled again', () => {
    const specs = new Map<string, string>();
    const first = folder({ 'report.hbs': '{{#part "A"}}x{{/part}}' });
    const rendered = loadRenderer(first, {}, runCache(specs));
    expect(specs.size).toBe(1);
    const again = loadRenderer(first, {}, runCache(specs));
    expect(again).not.toBe(rendered);
    expect(specs.size).toBe(1);
    writeFileSync(join(first, 'report.hbs'), '{{#part "B"}}y{{/part}}');
    loadRenderer(first, {}, runCache(specs));
    expect(specs.size).toBe(2);
  });
});
