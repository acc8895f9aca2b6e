import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Paragraph, TableCell, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { build as esbuild } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { literalText, type ReportDocument, type Section } from '../../src/document.js';
import { buildDocx } from '../../src/docx-pack.js';
import { stampPackage as normalizeDocx } from '../../src/zip-stamp.js';
import { DataCell, DOCX_STYLE, type CellContent } from '../../src/render-docx.js';
import { writeMarkdown } from '../../src/render-markdown.js';
import { docxParts, markdownParagraphs, paragraphTexts as paragraphs, prettyXml, xmlProblem } from '../support/docx.js';

/** The DOCX's paragraphs as words: the no-break space binding a title's last word to the one before it reads as a space. */
const paragraphTexts = (xml: string) => paragraphs(xml).map((t) => t.replace(/\u00A0/g, ' '));
import { januaryReport } from '../support/shipped.js';

const STAMP = new Date(Date.UTC(2021, 0, 1));

let md: string;
let docx: Uint8Array;
let parts: Record<string, string>;
beforeAll(async () => {
  ({ md, docx } = await januaryReport());
  parts = docxParts(docx);
});

const twipsToMm = (t: number) => t / 56.6929;
const attr = (xml: string, tag: string, name: string) => {
  const m = new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml);
  return m?.[1];
};

describe('DataCell: a data table cell written as its XML at once', () => {
  // what the library's components give for the same cell: its bytes in the document must not change
  const library = (c: CellContent) =>
    new TableCell({
      width: { size: c.width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        new Paragraph({
          style: c.style,
          ...(c.keepNext ? { keepNext: true } : {}),
          children: c.text === '' ? [] : [new TextRun({ text: literalText(c.text), bold: c.bold ? true : undefined })],
        }),
      ],
    });
  const context = () => ({ stack: [] }) as unknown as Parameters<TableCell['prepForXml']>[0];
  it("is the XML object of the library's TableCell, Paragraph and TextRun for the same content", () => {
    const content = fc.record({
      width: fc.integer({ min: 0, max: 20000 }),
      text: fc.oneof(fc.string(), fc.constantFrom('', ' ', '1.347,19', '<a & "b">', ' lead', 'trail ', 'x\u0001y', 'Tỷ lệ (%)')),
      style: fc.constantFrom('TableText', 'TableFigure', 'TableCentre', 'TableHead'),
      bold: fc.boolean(),
      keepNext: fc.boolean(),
    });
    fc.assert(
      fc.property(content, (c) => {
        expect(new DataCell(c).prepForXml()).toEqual(library(c).prepForXml(context()));
      }),
      { numRuns: 500 },
    );
  });
});

describe('renderDocx: package and page set-up', () => {
  it('writes a complete WordprocessingML package', () => {
    for (const part of [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
      'word/_rels/document.xml.rels',
      'docProps/core.xml',
    ])
      expect(Object.keys(parts)).toContain(part);
    for (const [name, xml] of Object.entries(parts))
      if (name.endsWith('.xml') || name.endsWith('.rels')) expect(xmlProblem(xml), name).toBeNull();
  });

  it('sets A4 portrait with margins inside the ranges of NĐ 30 (top/bottom 20–25, left 30–35, right 15–20 mm)', () => {
    // the body's section: the first one (an appendix, if any, follows in its own section)
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(parts['word/document.xml']!)![0];
    expect(attr(sect, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(sect, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(sect, 'w:pgSz', 'w:orient')).toBe('portrait');
    const mm = (side: string) => twipsToMm(Number(attr(sect, 'w:pgMar', `w:${side}`)));
    // the decree's template values sit on the twip grid: 1418 twips is 25.01 mm
    const within = (side: string, lo: number, hi: number) => {
      expect(mm(side), side).toBeGreaterThanOrEqual(lo - 0.05);
      expect(mm(side), side).toBeLessThanOrEqual(hi + 0.05);
    };
    within('top', 20, 25);
    within('bottom', 20, 25);
    within('left', 30, 35);
    within('right', 15, 20);
  });

  it('numbers pages centred in the top margin from page 2: titlePage, an empty first header, PAGE in the default one', () => {
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(parts['word/document.xml']!)![0];
    expect(sect).toContain('<w:titlePg/>');
    const rels = parts['word/_rels/document.xml.rels']!;
    const header = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(sect)?.[1];
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      return parts[`word/${target}`]!;
    };
    expect(header('default')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(header('default')).toContain('<w:jc w:val="center"/>');
    expect(header('first')).not.toContain('PAGE');
    expect(paragraphTexts(header('first')).join('')).toBe('');
    // nothing at the foot of the page (the old TT 01/2011 place)
    expect(sect).not.toContain('footerReference');
  });

  it('redefines the heading styles in black Times New Roman with outline levels, and a justified body with a first-line indent', () => {
    const styles = parts['word/styles.xml']!;
    for (let n = 1; n <= 6; n++) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${n}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style).toContain(`<w:outlineLvl w:val="${n - 1}"/>`);
      expect(style).toContain('<w:color w:val="000000"/>');
      expect(style).toContain('w:ascii="Times New Roman"');
    }
    const body = /<w:style [^>]*w:styleId="Body"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(body).toContain('<w:jc w:val="both"/>');
    const indent = twipsToMm(Number(attr(body, 'w:ind', 'w:firstLine')));
    expect(indent).toBeGreaterThanOrEqual(9.99);
    expect(indent).toBeLessThanOrEqual(12.71);
    const gap = Number(attr(body, 'w:spacing', 'w:before') ?? 0) + Number(attr(body, 'w:spacing', 'w:after') ?? 0);
    expect(gap).toBeGreaterThanOrEqual(120); // ≥ 6 pt between paragraphs
    const line = Number(attr(body, 'w:spacing', 'w:line'));
    expect(line).toBeGreaterThanOrEqual(240);
    expect(line).toBeLessThanOrEqual(360);
    // document defaults: Times New Roman in black, 13–14 pt
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:color w:val="000000"/>');
    expect([26, 28]).toContain(Number(attr(defaults, 'w:sz', 'w:val')));
  });

  it('puts the headings on Heading1..6 with the literal numbers of the Markdown', () => {
    const doc = parts['word/document.xml']!;
    const headings = [...doc.matchAll(/<w:p>(<w:pPr><w:pStyle w:val="Heading(\d)"\/>[\s\S]*?)<\/w:p>/g)].map((m) => [
      m[2],
      paragraphTexts(`<w:p>${m[1]}</w:p>`)[0],
    ]);
    expect(headings).toContainEqual(['1', 'Phần thứ nhất']);
    expect(headings).toContainEqual(['2', 'I. TÌNH HÌNH THỰC HIỆN TRÊN CÁC NGÀNH, LĨNH VỰC']);
    expect(headings).toContainEqual(['3', '1. Về phát triển kinh tế']);
    expect(headings.some(([level, text]) => level === '4' && /^1\.1\. /.test(text!))).toBe(true);
    expect(headings.some(([level, text]) => level === '5' && /^a\) /.test(text!))).toBe(true);
    expect(headings).toContainEqual(['6', '- Nông nghiệp:']);
  });

  it('matches the golden word/document.xml', async () => {
    await expect(prettyXml(parts['word/document.xml']!)).toMatchFileSnapshot('../golden/2021-01/document.xml');
  });
});

describe('renderDocx: one wording with the Markdown', () => {
  it('has the paragraphs of the Markdown, in order, header and signature tables included', () => {
    const fromDocx = paragraphTexts(parts['word/document.xml']!).filter((t) => t !== '');
    expect(fromDocx).toEqual(markdownParagraphs(md));
    expect(fromDocx.at(0)).toBe('ỦY BAN NHÂN DÂN');
    expect(fromDocx).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(fromDocx).toContain('Nơi nhận:');
    expect(fromDocx.some((t) => t.endsWith('./.'))).toBe(true);
  });
});

/** A small tree with a hostile paragraph and an appendix table, built as the renderer would. */
function hostileDocument(text: string): ReportDocument {
  const appendix: Section = {
    kind: 'appendix',
    title: 'BIỂU MỘT SỐ CHỈ TIÊU',
    number: 'Phụ lục',
    level: 1,
    children: [
      { kind: 'paragraph', text: '(Kèm theo Báo cáo số /BC-UBND)' },
      {
        kind: 'table',
        head: [
          [{ text: 'STT' }, { text: 'Chỉ tiêu' }, { text: 'Kế hoạch năm 2021' }],
          [{ text: '(1)' }, { text: '(2)' }, { text: '(3)' }],
        ],
        rows: [
          [{ text: 'I', bold: true }, { text: 'CHỈ TIÊU KINH TẾ', bold: true }, { text: '' }],
          [{ text: '1', align: 'center' }, { text: text }, { text: '1.998', align: 'right' }],
        ],
      },
    ],
  };
  const part: Section = {
    kind: 'part',
    title: 'TIÊU ĐỀ',
    number: 'Phần thứ nhất',
    level: 1,
    children: [
      { kind: 'paragraph', text },
      { kind: 'item', title: '', number: '(1)', level: 2, children: [{ kind: 'paragraph', text: 'Việc một./.' }] },
    ],
  };
  return {
    fields: { agency: ['ỦY BAN NHÂN DÂN'], nation: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], signer: [text] },
    body: [part, appendix],
  };
}

describe('renderDocx: text safety and tables', () => {
  const hostile = 'a <b>&amp; **đậm** _x_ | `code` # [link](u) &#38; "q" \'s\' \\ ␀ 😀 e\u0301 \u00a0end';
  const controls = 'tab\there\u0000nul\u0001\u000b\u001f\u007f\ufffe';

  it('keeps Markdown, HTML and any Unicode as text, in valid XML', async () => {
    const doc = hostileDocument(hostile);
    const docParts = docxParts(await buildDocx(doc, STAMP));
    const xml = docParts['word/document.xml']!;
    expect(xmlProblem(xml)).toBeNull();
    // the hostile text holds no-break spaces of its own: compared as written, and both sides as words
    expect(paragraphs(xml).filter((t) => t === hostile)).toHaveLength(3); // body, table cell, signer
    const words = (t: string) => t.replace(/\u00A0/g, ' ');
    expect(paragraphTexts(xml).filter((t) => t !== '')).toEqual(markdownParagraphs(writeMarkdown(doc)).map(words));
  });

  it('never lets a raw control character reach the XML', async () => {
    const xml = docxParts(await buildDocx(hostileDocument(controls), STAMP))['word/document.xml']!;
    expect(xmlProblem(xml)).toBeNull();
    expect(paragraphTexts(xml)).toContain(literalText(controls));
  });

  it('puts an appendix in its own landscape section numbered from 1, with a ruled table whose header rows repeat', async () => {
    const hostileParts = docxParts(await buildDocx(hostileDocument('Diện tích lúa'), STAMP));
    const xml = hostileParts['word/document.xml']!;
    const styles = hostileParts['word/styles.xml']!;
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('w:orient="portrait"');
    // landscape: width and height swapped
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1"\/>/);
    expect(sections[1]).toContain('<w:titlePg/>');
    const table = xml.slice(xml.lastIndexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>'));
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(0, 2).every((r) => r.includes('<w:tblHeader/>'))).toBe(true);
    expect(rows.slice(2).some((r) => r.includes('<w:tblHeader'))).toBe(false);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(table).toMatch(/<w:insideH w:val="single"/);
    // the figure cell is right-aligned, the header rows bold and centred, the group row bold: by paragraph style
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    const styleOf = (cell: string) => /<w:pStyle w:val="(\w+)"\/>/.exec(cell)?.[1] ?? '';
    const cellWith = (text: string) =>
      [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]).find((c) => c.includes(`>${text}</w:t>`))!;
    expect(style(styleOf(cellWith('1.998')))).toContain('<w:jc w:val="right"/>');
    expect(style(styleOf(cellWith('Chỉ tiêu')))).toMatch(/<w:b\/>/);
    expect(style(style(styleOf(cellWith('Chỉ tiêu'))).match(/<w:basedOn w:val="(\w+)"/)![1]!)).toContain('<w:jc w:val="center"/>');
    const base = style('TableText');
    expect(base).toContain('<w:sz w:val="24"/>');
    expect(base).toContain('<w:ind w:firstLine="0"/>');
    expect(rows[2]).toMatch(/<w:b\/>[\s\S]*CHỈ TIÊU KINH TẾ/);
    // the grid fills the landscape text width
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(DOCX_STYLE.landscapeTextWidth);
    // the appendix heading, title and the "(Kèm theo …)" line come before the table, in that order
    const texts = paragraphTexts(xml).filter((t) => t !== '');
    const at = texts.indexOf('Phụ lục');
    expect(texts.slice(at, at + 3)).toEqual(['Phụ lục', 'BIỂU MỘT SỐ CHỈ TIÊU', '(Kèm theo Báo cáo số /BC-UBND)']);
  });
});

describe('DOCX determinism', () => {
  it('normalizeDocx gives the same bytes for the same content packed at different times', async () => {
    const doc = hostileDocument('Diện tích lúa');
    // docx stamps the clock's current second into core.xml: pack at two clearly different times
    const packedAt = async (iso: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        vi.setSystemTime(new Date(iso));
        return await buildDocx(doc, STAMP);
      } finally {
        vi.useRealTimers();
      }
    };
    const a = await packedAt('2030-05-06T07:08:09Z');
    const b = await packedAt('2031-12-30T23:59:58Z');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(docxParts(a)['docProps/core.xml']).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2021-01-01T00:00:00Z</dcterms:created>',
    );
    expect(Buffer.from(normalizeDocx(a, new Date(Date.UTC(2021, 1, 1)))).equals(Buffer.from(a))).toBe(false);
  });

  describe('two builds in child processes under different time zones', () => {
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'report-det-'));
      // a fresh bundle of the sources (not dist/, which may be stale or rebuilt by a parallel run)
      await esbuild({
        stdin: {
          contents:
            "import { run } from './src/main.ts';\nprocess.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });\n",
          resolveDir: resolve('.'),
          loader: 'ts',
          sourcefile: 'runner.ts',
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outfile: join(dir, 'report.mjs'),
        logLevel: 'error',
        banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      });
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const buildIn = async (name: string, env: Record<string, string>) => {
      const out = join(dir, name);
      const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
      if (!('SOURCE_DATE_EPOCH' in env)) delete childEnv['SOURCE_DATE_EPOCH'];
      await promisify(execFile)(process.execPath, [join(dir, 'report.mjs'), 'build', '2021-01', '--out', out, '--format', 'docx'], {
        env: childEnv,
      });
      return createHash('sha256')
        .update(readFileSync(join(out, 'report-2021-01.docx')))
        .digest('hex');
    };

    it('gives the same SHA-256 with TZ=Asia/Ho_Chi_Minh and TZ=UTC', async () => {
      const [vn, utc] = await Promise.all([buildIn('vn', { TZ: 'Asia/Ho_Chi_Minh' }), buildIn('utc', { TZ: 'UTC' })]);
      expect(vn).toBe(utc);
      // and the in-process build of the same month is the same file
      expect(createHash('sha256').update(docx).digest('hex')).toBe(vn);
    }, 180_000);

    it('gives the same SHA-256 with the same SOURCE_DATE_EPOCH in both zones, stamped with that date', async () => {
      const epoch = { SOURCE_DATE_EPOCH: '1612137600' }; // 2021-02-01T00:00:00Z
      const [vn, ny] = await Promise.all([
        buildIn('vn-e', { TZ: 'Asia/Ho_Chi_Minh', ...epoch }),
        buildIn('ny-e', { TZ: 'America/New_York', ...epoch }),
      ]);
      expect(vn).toBe(ny);
      const core = docxParts(readFileSync(join(dir, 'vn-e', 'report-2021-01.docx')))['docProps/core.xml']!;
      expect(core).toContain('2021-02-01T00:00:00Z');
    }, 180_000);
  });
});
