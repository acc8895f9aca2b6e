/**
 * The broken-input corpus: every case under test/fixtures/invalid/ is applied to a copy of the real data and checked.
 * The golden (expected.txt) holds the exit code and the diagnostics the case adds to those of the unchanged data,
 * so a warning the real data carries (or a sector another change adds) does not rewrite forty goldens.
 * Update after a deliberate wording change: npx vitest run test/invalid-corpus.test.ts -u, then review the diff.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { literalText } from '../src/document.js';
import { parseNarrative } from '../src/reference-grammar.js';
import { hasInvisible, stripInvisible } from '../src/text-hygiene.js';
import {
  applyCase,
  caseNames,
  casePaths,
  caseTemplatePaths,
  CASES_DIR,
  check,
  diagnosticBlocks,
  normalise,
  unescapeMarkdown,
} from './support/cases.js';
import { runCli } from './support/cli.js';
import { docxParts, paragraphTexts } from './support/docx.js';
import { NO_HANG_MS, timedAsync } from './support/timing.js';
import { DATA, fileTree, restoreData, TEMPLATES, workspace, type Workspace } from './support/workspace.js';

/**
 * The narrative strings of a case's own files (noi_dung of a sector, mo_dau of report.yaml) that name no figure, as
 * printed: "{{" prints "{". A paragraph with references prints its figures instead (the goldens hold those).
 */
function narratives(name: string): string[] {
  const root = join(CASES_DIR, name, 'data');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  return files.flatMap((f) => {
    const data = parse(readFileSync(f, 'utf8')) as { noi_dung?: Record<string, string | string[]>; mo_dau?: string };
    expect(data, relative(root, f)).toBeTypeOf('object');
    return [...Object.values(data.noi_dung ?? {}).flat(), ...(data.mo_dau ? [data.mo_dau] : [])].flatMap((t) => {
      const { segments, problems } = parseNarrative(t);
      return problems.length === 0 && segments.every((s) => s.kind === 'literal') ? [segments.map((s) => s.text).join('')] : [];
    });
  });
}

// one copy of data/ for the whole corpus: each case is applied, checked, and its files put back as shipped
let ws: Workspace;
let baseline: Set<string>;

beforeAll(async () => {
  // templates copied too: some cases change a template
  ws = workspace({ copyTemplates: true });
  const r = await check(ws);
  // the corpus is meaningful only if the real data passes
  expect(r.code, r.stderr).toBe(0);
  baseline = new Set(diagnosticBlocks(normalise(r.stderr, ws)));
});
afterAll(() => ws.remove());

describe('broken inputs give a located, coded diagnostic (or build when the input is valid)', () => {
  const names = caseNames();
  it('has at least 40 cases', () => expect(names.length).toBeGreaterThanOrEqual(40));

  for (const name of names) {
    it(name, async () => {
      try {
        applyCase(ws, name);
        const { value: r, ms } = await timedAsync(() => check(ws));
        const out = normalise(r.stderr, ws);
        // never a crash: no internal error, no stack trace, a known exit code
        expect(r.code, out).not.toBe(3);
        expect([0, 1, 2]).toContain(r.code);
        expect(out).not.toMatch(/INTERNAL|\n\s+at .*\(.*:\d+:\d+\)/);
        // data text never reaches the terminal as control characters (ESC sequences would drive it)
        expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
        // a hostile file (an alias bomb, 10 MB, deep nesting) is answered, not a hang
        expect(ms).toBeLessThan(NO_HANG_MS);
        const added = diagnosticBlocks(out).filter((b) => !baseline.has(b));
        if (r.code !== 0) expect(added.length, 'a failing case names its problem').toBeGreaterThan(0);
        const golden = `exit ${r.code}\n${added.map((b) => `${b}\n`).join('')}`;
        await expect(golden).toMatchFileSnapshot(`${CASES_DIR}/${name}/expected.txt`);
        // hostile narrative is valid data: it builds, and both formats show it as the same text, without the invisible
        // characters a text-invisible case holds
        if (name.startsWith('narrative-') || name.startsWith('text-invisible-')) {
          const b = await runCli([...ws.args, 'build', '2021-01', '--out', ws.out, '--format', 'md,docx']);
          expect(b.code, b.stderr).toBe(0);
          const md = unescapeMarkdown(readFileSync(join(ws.out, 'report-2021-01.md'), 'utf8'));
          const docx = paragraphTexts(docxParts(readFileSync(join(ws.out, 'report-2021-01.docx')))['word/document.xml']!).join('\n');
          const texts = narratives(name);
          expect(texts.length).toBeGreaterThan(0);
          for (const text of texts) {
            expect(md).toContain(stripInvisible(literalText(text)).trim());
            expect(docx).toContain(stripInvisible(literalText(text)).trim());
          }
          for (const output of [md, docx]) expect(hasInvisible(output)).toBe(false);
        }
      } finally {
        restoreData(ws, casePaths(name));
        for (const rel of caseTemplatePaths(name)) cpSync(join(TEMPLATES, rel), join(ws.templates, rel));
        rmSync(ws.out, { recursive: true, force: true });
      }
    });
  }

  it('puts every case back: the shared copy is the shipped data and templates again', () => {
    expect(fileTree(ws.data)).toEqual(fileTree(DATA));
    expect(fileTree(ws.templates)).toEqual(fileTree(TEMPLATES));
  });
});
