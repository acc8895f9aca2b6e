/**
 * Text that must stay text: narrative strings holding Markdown, HTML, Handlebars or control characters come out as
 * the same text. Checked three ways: the escaping round-trips (property test), a real Markdown parser (pandoc, when
 * installed) reads the escaped text back as plain words, and a full build writes both formats literally (the DOCX as
 * well-formed XML).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literalText } from '../src/document.js';
import { escapeBraces } from '../src/reference-grammar.js';
import { escapeInline, escapeMarkdown } from '../src/render-markdown.js';
import { unescapeMarkdown } from './support/cases.js';
import { runCli } from './support/cli.js';
import { docxParts, paragraphTexts, xmlProblem } from './support/docx.js';
import { requireTools } from './support/tools.js';
import { workspace, type Workspace } from './support/workspace.js';

/** Strings a clerk (or a copy-paste) can put in a narrative field. */
const HOSTILE = [
  '# không phải đề mục',
  '###### sáu dấu thăng',
  '- không phải danh sách',
  '+ cũng không',
  '* và không',
  '1. không phải mục 1',
  '2021) năm',
  '> không phải trích dẫn',
  '---',
  '***',
  '___',
  '= dòng',
  '    bốn dấu cách đầu dòng',
  '*nghiêng* **đậm** _gạch_ __đôi__ ~~xóa~~ `mã` ``mã kép``',
  'a_b_c và 2*3*4 và snake_case_name',
  '[liên kết](http://x) ![ảnh](y.png) [ref]: /z',
  '| a | b |',
  'một \\ hai \\',
  'kết thúc bằng \\',
  '\\*đã thoát sẵn\\*',
  '&amp; &#169; &copy; &#x41; & &x',
  '<script>alert(1)</script> <b>đậm</b> <!-- chú thích --> <br> </p>',
  '{{district.ten_huyen}} {{{raw}}} {{> agriculture}} {{#each x}}{{/each}} {{!-- c --}}',
  '[^1]: chú thích',
  '<http://x>',
];
/** Control characters XML forbids, an escape sequence, and non-characters: shown as visible symbols. */
const CONTROL = 'Ổn định\u0001\u0002 \u001b[31mđỏ\u007f \ufffe\uffff \u000b\u000c hết';

describe('Markdown escaping', () => {
  it('round-trips: unescaping the escaped text gives the text back, for any text without line breaks', () => {
    const markdownish = fc.constantFrom(...'#-+*_=>`~[]()!|\\&;<>{}./):0123456789 aăâđ\u00a0\t'.split(''));
    const text = fc
      .oneof(fc.string({ unit: markdownish, maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }))
      .map((s) => literalText(s));
    fc.assert(
      fc.property(text, (s) => {
        expect(unescapeMarkdown(escapeMarkdown(s))).toBe(s);
        expect(unescapeMarkdown(escapeInline(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
  it('leaves no Markdown marker unescaped at the start of a paragraph', () => {
    for (const s of HOSTILE) expect(escapeMarkdown(s)).not.toMatch(/^(#|[-+*>=_]|\d+[.)])/);
  });
});

interface PandocInline {
  t: string;
  c?: unknown;
}
/** The plain text of a pandoc paragraph, failing on any inline that is markup (emphasis, code, raw HTML…). */
function inlineText(inlines: readonly PandocInline[]): string {
  return inlines
    .map((i) => {
      if (i.t === 'Str') return i.c as string;
      if (i.t === 'Space' || i.t === 'SoftBreak') return ' ';
      // GFM turns a bare www./http:// address into a link: same text, nothing hidden
      if (i.t === 'Link') {
        const [, text, [url]] = i.c as [unknown, PandocInline[], [string]];
        const shown = inlineText(text);
        expect(url.replace(/^https?:\/\//, '')).toBe(shown.replace(/^https?:\/\//, ''));
        return shown;
      }
      throw new Error(`markup in the output: ${JSON.stringify(i).slice(0, 120)}`);
    })
    .join('');
}

describe('a Markdown parser (pandoc, GFM) reads the escaped text as the same words', () => {
  const pandoc = (md: string) => {
    const r = spawnSync('pandoc', ['-f', 'gfm', '-t', 'json'], { input: md, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { blocks: { t: string; c: unknown }[] }).blocks;
  };
  it('as paragraphs', (ctx) => {
    requireTools(ctx, ['pandoc']);
    // a paragraph reaches the writer as the block tree holds it: literal text, trimmed (document.ts)
    const texts = [...HOSTILE, CONTROL].map((t) => literalText(t).trim());
    const blocks = pandoc(texts.map((t) => escapeMarkdown(t)).join('\n\n'));
    expect(blocks.map((b) => b.t)).toEqual(texts.map(() => 'Para'));
    expect(blocks.map((b) => inlineText(b.c as PandocInline[]))).toEqual(texts);
  });
  it('as table cells', (ctx) => {
    requireTools(ctx, ['pandoc']);
    const rows = HOSTILE.map((t) => `| ${escapeInline(t)} | x |`);
    const [table] = pandoc(`| a | b |\n| --- | --- |\n${rows.join('\n')}\n`);
    expect(table!.t).toBe('Table');
    // pandoc 2.x: [attr, caption, colspecs, head, [body], foot]; body rows → cells → blocks
    const body = (table!.c as unknown[])[4] as [
      unknown,
      unknown,
      unknown,
      [unknown, [unknown, unknown, unknown, unknown, { t: string; c: PandocInline[] }[]][]][],
    ][];
    const firstCells = body[0]![3].map(([, cells]) => inlineText(cells[0]![4][0]?.c ?? []));
    expect(firstCells).toEqual(HOSTILE.map((t) => t.trim()));
  });
});

describe('a build writes hostile narrative literally in both formats', () => {
  let ws: Workspace;
  let md: string;
  let docxText: string;
  let documentXml: string;
  const opening = ['# đề mục giả', '<script>alert(1)</script>', '{{district.ten_huyen}}', CONTROL].join(' | ');
  const agency = '*UBND* <b>HUYỆN</b> {{x}} | &amp;';

  beforeAll(async () => {
    ws = workspace();
    const report = join(ws.data, '2021-01', 'report.yaml');
    // JSON strings are YAML double-quoted scalars: every character arrives exactly
    // a narrative prints its braces when they are doubled (the reference grammar's escape); district.yaml has no references
    writeFileSync(
      report,
      readFileSync(report, 'utf8').replace(/^mo_dau: >-\n(?: {2}.*\n)+/m, `mo_dau: ${JSON.stringify(escapeBraces(opening))}\n`),
    );
    const finance = join(ws.data, '2021-01', 'finance.yaml');
    writeFileSync(
      finance,
      // a paragraph of its own, after the department's (the list is the file's last key)
      `${readFileSync(finance, 'utf8')}    - ${JSON.stringify(escapeBraces(HOSTILE.join(' ')))}\n`,
    );
    const district = join(ws.data, 'district.yaml');
    writeFileSync(district, readFileSync(district, 'utf8').replace(/^ {2}- HUYỆN THAN UYÊN$/m, `  - ${JSON.stringify(agency)}`));
    const r = await runCli([...ws.args, 'build', '2021-01', '--out', ws.out, '--format', 'md,docx']);
    expect(r.code, r.stderr).toBe(0);
    md = readFileSync(join(ws.out, 'report-2021-01.md'), 'utf8');
    documentXml = docxParts(readFileSync(join(ws.out, 'report-2021-01.docx')))['word/document.xml']!;
    docxText = paragraphTexts(documentXml).join('\n');
  });
  afterAll(() => ws.remove());

  it('the Markdown holds the texts escaped, and unescaped they are the data', () => {
    // written out, not computed with the escaper under test: a paragraph start, HTML, pipes, "_" and "[" escaped;
    // control characters as visible symbols, the non-characters U+FFFE/U+FFFF as U+FFFD
    expect(md).toContain(
      '\\# đề mục giả \\| \\<script\\>alert(1)\\</script\\> \\| {{district.ten\\_huyen}} \\| Ổn định␁␂ ␛\\[31mđỏ␡ \ufffd\ufffd ␋␌ hết',
    );
    expect(unescapeMarkdown(md)).toContain(HOSTILE.join(' '));
    // the Handlebars text is there as text (not "Than Uyên"), the HTML only escaped, no raw control character
    expect(md).not.toMatch(/(?<!\\)<script|\u0001|\u001b/);
  });
  it('shows control characters as visible symbols, never raw', () => {
    expect(literalText(CONTROL)).toBe('Ổn định␁␂ ␛[31mđỏ␡ \ufffd\ufffd ␋␌ hết');
    expect(unescapeMarkdown(md)).toContain(literalText(CONTROL));
  });
  it('the DOCX is well-formed XML holding the same texts, nothing evaluated', () => {
    expect(xmlProblem(documentXml)).toBeNull();
    expect(docxText).toContain(literalText(opening));
    expect(docxText).toContain(HOSTILE.join(' '));
    expect(docxText).toContain(agency);
    expect(docxText).not.toContain('Than Uyên Than Uyên');
  });
  it('pandoc reads the whole report without any HTML or emphasis coming from the data', (ctx) => {
    requireTools(ctx, ['pandoc']);
    const r = spawnSync('pandoc', ['-f', 'gfm', '-t', 'plain', '--wrap=none'], { input: md, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(literalText(opening).replace(/\s+/g, ' '));
    expect(r.stdout).toContain('<script>alert(1)</script>');
  });
});
