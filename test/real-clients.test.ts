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
const bodyParagraphs = () => markdownParagraphs(md.split(/\n{2,}/).filter((b) => !b.startsWith('|')).join('\n\n')).map(squash);
/** The Markdown's table cells as words (header, signature and appendix tables). */
const tableWords = () => markdownParagraphs(md.split(/\n{2,}/).filter((b) => b.startsWith('|')).join('\n\n')).flatMap((p) => p.split(/\s+/));

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
    const fonts = (await exec('pdffonts', [pdf()])).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f, 'install fonts-liberation2 (Vietnamese glyphs)').toMatch(/^(LiberationSerif|TimesNewRoman)/);
  });

  it('shows the header block and the title on page 1, and page numbers in the top margin from page 2 only', async (ctx) => {
    requireTools(ctx, ['soffice', 'pdftotext']);
    const pages = await pdfText();
    const first = squash(pages[0]!);
    for (const text of ['ỦY BAN NHÂN DÂN', 'HUYỆN THAN UYÊN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'Phần thứ nhất', '/BC-UBND'])
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
    expect([...read.tableWords].sort()).toEqual([...tableWords()].map((w) => squash(w)).filter(Boolean).sort());
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
