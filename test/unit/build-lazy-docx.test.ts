import { describe, expect, it, vi } from 'vitest';
import { renderMonth } from '../../src/commands/build.js';
import { runContext } from '../support/office.js';

// records whether anything imported the docx library (the mock is hoisted above the imports)
const state = vi.hoisted(() => ({ loaded: false }));
vi.mock('docx', async (importOriginal) => {
  state.loaded = true;
  return importOriginal();
});

const options = { period: { year: 2021, month: 1 }, context: runContext({ dataDir: 'data', templatesDir: 'templates' }) } as const;

describe('build: the docx library is loaded only for a DOCX', () => {
  it('builds Markdown without loading docx, then loads it for a DOCX', async () => {
    const md = await renderMonth({ ...options, formats: ['md'] });
    expect('files' in md && md.files.map((f) => f.name)).toEqual(['report-2021-01.md']);
    expect(state.loaded).toBe(false);
    const both = await renderMonth({ ...options, formats: ['md', 'docx'] });
    expect('files' in both && both.files.map((f) => f.name)).toEqual(['report-2021-01.md', 'report-2021-01.docx']);
    expect(state.loaded).toBe(true);
  });
});
