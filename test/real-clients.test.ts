/**
 * The DOCX in real clients: LibreOffice prints it (build --format pdf), poppler reads the PDF back, pandoc reads the
 * DOCX back. Locally a missing tool skips its tests with a message; under CI=true it fails them.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../src/convert-pdf.js';
import { buildDocx } from '../src/docx-pack.js';
import type { ReportDocument } from '../src/document.js';
import { runCli, type CliResult } from './support/cli.js';
import { markdownParagraphs } from './support/docx.js';
import { januaryReport } from './support/shipped.js';
import { requireTools, toolsPresent } from './support/tools.js';

const exec = async (cmd: string, args: readonly string[]) => (await promisify(execFile)(cmd, [...args], { maxBuffer: 64 << 20 })).stdout;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const ms = (t0: number) => Math.round(performance.now() - t0);

let dir: string;
let md: string;
let docxPath: string;
let pdfBuild: CliResult | undefined;
const timings: Record<string, number> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-clients-'));
  const report = await januaryReport();
  md = report.md;
  docxPath = join(dir, 'report-2021-01.docx');
  writeFileSync(docxPath, report.docx);
  if (toolsPresent(['soffice'])) {
    const t0 = performance.now();
    pdfBuild = await runCli(['build', '2021-01', '--out', join(dir, 'pdf'), '--format', 'md,docx,pdf'], { ...process.env });
    timings['build --format md,docx,pdf (LibreOffice)'] = ms(t0);
  }
}, 240_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (Object.keys(timings).length) console.info(`[real-clients] timings (ms): ${JSON.stringify(timings)}`);
});

/** The Markdown's paragraphs outside tables (headings, body, title lines), as plain text. */
const bodyParagraphs = () =>
  markdownParagraphs(
    md
      .split(/\n{2,}/)
      .filter((b) => !b.startsWith('|'))
      .join('\n\n'),
  ).map(squash);
/** The Markdown's table cells as words (header, signature and appendix tables). */
const tableWords = () =>
  markdownParagraphs(
    md
      .split(/\n{2,}/)
      .filter((b) => b.startsWith('|'))
      .join('\n\n'),
  ).flatMap((p) => p.split(/\s+/));

describe('LibreOffice: build --format pdf', () => {
  const pdf = () => join(dir, 'pdf', 'report-2021-01.pdf');
  // -raw: content order, and no dehyphenation (the default mode drops a " -" that ends a line)
  const pdfText = async () => (await exec('pdftotext', ['-raw', '-enc', 'UTF-8', pdf(), '-'])).split('\f');

  it('writes the PDF beside the Markdown and the DOCX', (ctx) => {
    requireTools(ctx, ['soffice']);
    expect(pdfBuild?.stderr).not.toMatch(/lỗi [A-Z_]+:/);
    expect(pdfBuild?.code).toBe(0);
    expect(readdirSync(join(dir, 'pdf')).sort()).toEqual(['report-2021-01.docx', 'report-2021-01.md', 'report-2021-01.pdf']);
  });

  it('prints A4 pages, a plausible number of them, in Times New Roman or its metric twin only', async (ctx) => {
    requireTools(ctx, ['soffice', 'pdfinfo', 'pdffonts']);
    const info = await exec('pdfinfo', [pdf()]);
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    // about 2,700 characters of body text a page at 14 pt; the appendix adds landscape pages
    const expected = md.length / 2700;
    expect(pages).toBeGreaterThanOrEqual(Math.floor(expected * 0.5));
    expect(pages).toBeLessThanOrEqual(Math.ceil(expected * 2) + 2);
    // a fallback font means a Vietnamese letter the font lacks (fonts-liberation 1.x has none of U+1EA0–1EF9)
    const fonts = (await exec('pdffonts', [pdf()]))
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f, 'install fonts-liberation2 (Vietnamese glyphs)').toMatch(/^(LiberationSerif|TimesNewRoman)/);
  });

  it('shows the header block and the title on page 1, and page numbers in the top margin from page 2 only', async (ctx) => {
    requireTools(ctx, ['soffice', 'pdftotext']);
    const pages = await pdfText();
    const first = squash(pages[0]!);
    for (const text of [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN THAN UYÊN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'Phần thứ nhất',
      '/BC-UBND',
    ])
      expect(first).toContain(text);
    expect(first).toMatch(/Than Uyên, ngày .*tháng 01 năm 2021/);
    // no page number on page 1: its first line is the agency
    expect(pages[0]!.trim().split('\n')[0]).toBe('ỦY BAN NHÂN DÂN');
    expect(pages[1]!.trim().split('\n')[0]).toBe('2');
    expect(pages[2]!.trim().split('\n')[0]).toBe('3');
  });

  it('prints every paragraph of the Markdown outside tables, and the signature', async (ctx) => {
    requireTools(ctx, ['soffice', 'pdftotext']);
    // page-number lines out, then one running text
    const text = squash((await pdfText()).map((p) => p.replace(/^\s*\d+\s*\n/, '')).join('\n'));
    const missing = bodyParagraphs().filter((p) => !text.includes(p));
    expect(missing).toEqual([]);
    for (const t of ['Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '- Lưu: VT']) expect(text).toContain(t);
    expect(text).toMatch(/\.\/\./);
  });
});

/** A word of the PDF where LibreOffice printed it (points, from the top left), from pdftotext -bbox. */
interface Word {
  page: number;
  x: number;
  y: number;
  right: number;
  height: number;
  text: string;
}
/** The rendered pages' words, and the lines they form (words sharing a baseline, left to right). */
async function renderedWords(pdf: string): Promise<{ words: Word[]; lines: Word[][] }> {
  const html = await exec('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-']);
  const words: Word[] = [];
  let page = 0;
  const fromXml = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') page++;
    else
      words.push({
        page,
        x: Number(m[1]),
        y: Number(m[4]),
        right: Number(m[3]),
        height: Number(m[4]) - Number(m[2]),
        text: fromXml(m[5]!),
      });
  }
  const lines = new Map<string, Word[]>();
  for (const w of words) {
    const key = `${w.page}:${Math.round(w.y)}`;
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  return { words, lines: [...lines.values()].map((l) => l.sort((a, b) => a.x - b.x)) };
}
const lineText = (l: readonly Word[]) => l.map((w) => w.text).join(' ');

describe('the rendered pages, as a secretariat would lay them out (LibreOffice → PDF → pdftotext -bbox)', () => {
  const pdf = () => join(dir, 'pdf', 'report-2021-01.pdf');

  it('keeps the month of the Part I title with its word: "01" never alone on a line', async (ctx) => {
    requireTools(ctx, ['soffice', 'pdftotext']);
    const { lines } = await renderedWords(pdf());
    const title = lines.filter((l) => l[0]!.page === 1).find((l) => l.some((w) => w.text === '01') && l.some((w) => w.text === 'THÁNG'));
    expect(title && lineText(title)).toMatch(/THÁNG 01$/);
    expect(lines.filter((l) => lineText(l) === '01')).toEqual([]);
  });

  it("ends the appendix on a page that holds table rows above its note, the note in the table's font size", async (ctx) => {
    requireTools(ctx, ['soffice', 'pdftotext']);
    const { words, lines } = await renderedWords(pdf());
    const note = words.find((w) => w.text === 'Ghi' && words[words.indexOf(w) + 1]?.text === 'chú:')!;
    const lastPage = Math.max(...words.map((w) => w.page));
    expect(note.page).toBe(lastPage);
    // a table row above the note: a line opening with its number (STT) and holding figures
    const rows = lines.filter((l) => l[0]!.page === lastPage && l[0]!.y < note.y && /^\d+$/.test(l[0]!.text) && l.length > 3);
    expect(rows.length).toBeGreaterThan(0);
    // the note's letters are the table's size (12 pt), smaller than the body's (14 pt)
    const cell = rows[0]![1]!;
    const body = words.find((w) => w.page === 1 && w.text === 'Trong')!;
    expect(Math.abs(note.height - cell.height)).toBeLessThan(0.5);
    expect(body.height - note.height).toBeGreaterThan(1);
  });

  it('never lets an appendix end on a page of notes only, however long its table (one PDF per length across a page break)', async (ctx) => {
    requireTools(ctx, ['soffice', 'pdftotext']);
    // tables of 14 to 26 one-line rows: the page break falls after the table, then before its last rows
    const lengths = Array.from({ length: 13 }, (_, i) => 14 + i);
    const folder = join(dir, 'appendix-lengths');
    mkdirSync(folder, { recursive: true });
    const note = 'Ghi chú: ô ghi “-” là chưa có số liệu.';
    for (const n of lengths) {
      const table = {
        kind: 'table' as const,
        head: [['STT', 'Chỉ tiêu', 'Thực hiện'].map((text) => ({ text, bold: true }))],
        rows: Array.from({ length: n }, (_, i) => [
          { text: String(i + 1) },
          { text: `Chỉ tiêu số ${i + 1}` },
          { text: String(100 + i), align: 'right' as const },
        ]),
      };
      const doc: ReportDocument = {
        fields: { agency: ['ỦY BAN NHÂN DÂN'] },
        body: [
          { kind: 'part', title: 'TIÊU ĐỀ', number: 'Phần thứ nhất', level: 1, children: [{ kind: 'paragraph', text: 'Nội dung.' }] },
          {
            kind: 'appendix',
            title: 'BIỂU',
            number: 'Phụ lục',
            level: 1,
            children: [{ kind: 'paragraph', text: '(Kèm theo)' }, table, { kind: 'paragraph', text: note }],
          },
        ],
      };
      writeFileSync(join(folder, `t${n}.docx`), await buildDocx(doc, new Date(Date.UTC(2021, 0, 1))));
    }
    const soffice = findSoffice(process.env)!;
    await exec(soffice, [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      ...lengths.map((n) => join(folder, `t${n}.docx`)),
    ]);
    const alone: number[] = [];
    let broke = 0;
    for (const n of lengths) {
      const { words, lines } = await renderedWords(join(folder, `t${n}.pdf`));
      const ghi = words.find((w) => w.text === 'Ghi')!;
      const rowsAbove = lines.filter((l) => l[0]!.page === ghi.page && l[0]!.y < ghi.y && /^\d+$/.test(l[0]!.text) && l.length >= 3);
      if (rowsAbove.length === 0) alone.push(n);
      if (Math.max(...words.map((w) => w.page)) > 2) broke++;
    }
    // some lengths put the note past a page break, and none of them leaves it alone
    expect(broke).toBeGreaterThan(0);
    expect(alone).toEqual([]);
  });

  it('writes the appendix figures as the body does: "1.998" ha, never ",00" on a whole value', async (ctx) => {
    requireTools(ctx, ['soffice', 'pdftotext']);
    const { words } = await renderedWords(pdf());
    const appendix = words.filter((w) => w.page >= words.find((x) => x.text === 'BIỂU')!.page);
    expect(appendix.map((w) => w.text)).toEqual(expect.arrayContaining(['1.998', '1.680', '41.108', '1.347,19']));
    // (the two percent columns write the column's one digit: "100,0")
    expect(appendix.filter((w) => /^\d{1,3}(\.\d{3})*,00+$/.test(w.text)).map((w) => w.text)).toEqual([]);
  });

  it('hangs the dash of a Nơi nhận item that wraps: its second line starts under the text, not under the dash', async (ctx) => {
    requireTools(ctx, ['soffice', 'pdftotext']);
    const { words, lines } = await renderedWords(pdf());
    const title = words.find((w) => w.text === 'Nơi' && words[words.indexOf(w) + 1]?.text === 'nhận:')!;
    // the left column of the signature table, from "Nơi nhận:" down to "- Lưu: VT, VP."
    const column = lines
      .filter((l) => l[0]!.page === title.page && l[0]!.y > title.y && l[0]!.x < title.x + 30)
      .map((l) => l.filter((w) => w.x < 250));
    const end = column.findIndex((l) => lineText(l).startsWith('- Lưu:'));
    const items = column.slice(0, end + 1);
    const dash = items[0]![0]!;
    expect(dash.text).toBe('-');
    const continued = items.filter((l) => l[0]!.text !== '-');
    // the shipped list has wrapping items ("- Chủ tịch, các PCT UBND / huyện;")
    expect(continued.length).toBeGreaterThan(0);
    for (const l of continued) expect(Math.abs(l[0]!.x - items[0]![1]!.x), lineText(l)).toBeLessThan(1.5);
  });
});

describe('pandoc reads the DOCX back', () => {
  const PLAIN = 'plain-simple_tables-multiline_tables-pipe_tables';
  /** pandoc's plain text split into its paragraphs outside tables and the words of its (grid) tables. */
  function readPlain(plain: string): { paragraphs: string[]; tableWords: string[] } {
    const paragraphs: string[] = [];
    const words: string[] = [];
    for (const block of plain.split(/\n{2,}/)) {
      if (/^[+|]/.test(block)) {
        for (const line of block.split('\n')) {
          if (line.startsWith('+')) continue; // a rule of the grid
          words.push(...line.split(/\s+/).filter((w) => w !== '' && w !== '|'));
        }
      } else paragraphs.push(squash(block));
    }
    return { paragraphs: paragraphs.filter(Boolean), tableWords: words };
  }

  it('has the same text as the Markdown: paragraphs in order, table cells word for word', async (ctx) => {
    requireTools(ctx, ['pandoc']);
    const t0 = performance.now();
    // tables as grid tables only (clearly delimited); columns wide enough that pandoc never gives up on one ("[TABLE]")
    const plain = await exec('pandoc', ['-f', 'docx', '-t', PLAIN, '--wrap=none', '--columns=1000', docxPath]);
    timings['pandoc -f docx -t plain'] = ms(t0);
    const read = readPlain(plain);
    expect(read.paragraphs).toEqual(bodyParagraphs());
    // a grid table wraps its cells across lines, so the order of words is lost: compare them as multisets
    expect([...read.tableWords].sort()).toEqual(
      [...tableWords()]
        .map((w) => squash(w))
        .filter(Boolean)
        .sort(),
    );
  });

  it('reads Markdown, HTML and any Unicode in the text back unchanged', async (ctx) => {
    requireTools(ctx, ['pandoc']);
    const hostile = 'a <b>&amp; **đậm** _x_ `code` # [link](u) &#38; "q" \\ ␀ 😀 Thủy sản';
    const doc: ReportDocument = {
      fields: { agency: ['ỦY BAN NHÂN DÂN'] },
      body: [{ kind: 'part', title: 'TIÊU ĐỀ', number: 'Phần thứ nhất', level: 1, children: [{ kind: 'paragraph', text: hostile }] }],
    };
    const path = join(dir, 'hostile.docx');
    writeFileSync(path, await buildDocx(doc, new Date(Date.UTC(2021, 0, 1))));
    const plain = await exec('pandoc', ['-f', 'docx', '-t', PLAIN, '--wrap=none', '--columns=1000', path]);
    expect(readPlain(plain).paragraphs).toContain(hostile);
  });
});

describe('build --format pdf when LibreOffice is missing or fails', () => {
  it('fails with WRITE_PDF_NO_LIBREOFFICE (exit 2) before writing anything', async () => {
    const emptyPath = join(dir, 'no-tools');
    mkdirSync(emptyPath, { recursive: true });
    const out = join(dir, 'no-pdf');
    const r = await runCli(['build', '2021-01', '--out', out, '--format', 'md,pdf'], { PATH: emptyPath });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('WRITE_PDF_NO_LIBREOFFICE');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('fails with WRITE_PDF_FAILED (exit 2) and writes nothing when LibreOffice makes no PDF', async () => {
    // a stand-in soffice that, like the real one on a bad input, exits 0 without writing the PDF
    const bin = join(dir, 'fake-bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'soffice'), '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 0\n', { mode: 0o755 });
    const out = join(dir, 'failed-pdf');
    const r = await runCli(['build', '2021-01', '--out', out, '--format', 'md,docx,pdf'], { PATH: `${bin}:/bin:/usr/bin` });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('WRITE_PDF_FAILED');
    expect(r.stderr).toContain('source file could not be loaded');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
