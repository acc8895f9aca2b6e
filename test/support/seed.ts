/**
 * The seed case: the January 2021 report built from the shipped data/, and the tools that compare it with the
 * published text (test/fixtures/seed/2021-01.txt, a verbatim copy of the seed so a fresh clone can run the tests).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderMonth, type BuildOptions } from '../../src/commands/build.js';
import { januaryReport } from './shipped.js';
import { runContext } from './office.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/seed/${name}`, import.meta.url));

/** Build one month's Markdown in memory from `dataDir`; fails the test with the diagnostics when the data does not build. */
export async function buildMarkdown(
  options: Omit<Partial<BuildOptions>, 'context'> & Pick<BuildOptions, 'period'> & { dataDir: string },
): Promise<string> {
  const { dataDir, ...rest } = options;
  const result = await renderMonth({ context: runContext({ dataDir }), formats: ['md'], ...rest });
  if ('errors' in result) {
    const list = result.errors.map((e) => `${e.file ?? ''}:${e.line ?? ''} ${e.code} ${JSON.stringify(e.params)}`).join('\n');
    throw new Error(`the report does not build:\n${list}`);
  }
  const md = result.files.find((f) => f.name.endsWith('.md'));
  if (!md || typeof md.data !== 'string') throw new Error('no Markdown output');
  return md.data;
}

/** The January 2021 report from the shipped data (the seed case reads the real data on purpose). */
export const buildSeedMonth = async (): Promise<string> => (await januaryReport()).md;

/** NFC, and every run of whitespace (U+00A0 included: JS \s covers it) as one space. */
export const normalize = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The garbled heading 1.5 of the seed (seed-outline.md §2.1) and its repair. */
const GARBLED_1_5 = 'T (Viêttel: 1.450 thuê bao; Viễn Thông:131 thuê bao)-tttài chính, ngân hàng';

/** The seed text, NFC, with the heading 1.5 repaired. */
export function seedText(): string {
  const text = readFileSync(fixture('2021-01.txt'), 'utf8').normalize('NFC');
  if (!text.includes(GARBLED_1_5)) throw new Error('the seed fixture changed: garbled heading 1.5 not found');
  return text.replace(GARBLED_1_5, 'Tài chính, ngân hàng');
}

export interface SeedFact {
  section: string;
  text: string;
  value: unknown;
  unit: string;
  quote: string;
}
export const seedFacts = (): SeedFact[] => JSON.parse(readFileSync(fixture('2021-01-facts.json'), 'utf8')) as SeedFact[];

/** The expected heading tree: "  "-indented lines, comments dropped. */
export const seedHeadings = (): string[] =>
  readFileSync(fixture('2021-01-headings.txt'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));

/**
 * The sentences of the seed, each normalised: split at line breaks and after a full stop followed by a space
 * (except after a heading number).
 * Not at "; ": the report chains measures with semicolons inside one sentence, and a clause found on its own
 * could hide that it moved to another sentence. Empty lines drop out.
 */
export function seedSentences(text: string): string[] {
  return (
    text
      .split('\n')
      // a heading's number ("I.", "1.1.") stays with its title
      .flatMap((line) => line.trim().split(/(?<=\.)(?<!^(?:[IVX]+|\d+(?:\.\d+)*)\.) /))
      .map(normalize)
      .filter((s) => s !== '')
  );
}

/**
 * The report's Markdown as plain text, one line per block: no heading hashes, bold/italic markers, table pipes,
 * table alignment rows or `<br>`; backslash escapes (render-markdown.ts escapeInline / escapeMarkdown) resolved in the
 * same pass, so an escaped "*" or "|" stays as text.
 */
function markdownToText(md: string): string[] {
  return md.split('\n').flatMap((line) => {
    if (/^\|[\s:|-]+\|$/.test(line)) return [];
    const text = normalize(
      line
        .replace(/^#{1,6} /, '')
        .replace(/\\([\\`*_[\]<>|~#+=.)&-])|\*+|<br>|\|/g, (m, escaped?: string) => escaped ?? (m === '*'.repeat(m.length) ? '' : ' ')),
    );
    return text === '' ? [] : [text];
  });
}

/** The body of the report as plain text: from "Phần thứ nhất" to the closing "./." (header, signature and appendices left out). */
export function bodyText(md: string): string {
  const lines = markdownToText(md);
  const start = lines.indexOf('Phần thứ nhất');
  const end = lines.findIndex((l) => l.endsWith('./.'));
  return lines.slice(Math.max(start, 0), end === -1 ? undefined : end + 1).join(' ');
}

/**
 * The heading tree of the generated Markdown, in the fixture's shape: "#"-lines indented by level, a part's bold
 * title line under it. Stops at an appendix, which comes after the signature and is not in the seed.
 */
export function headingTree(md: string): string[] {
  const out: string[] = [];
  const lines = md.split('\n').filter((l) => l.trim() !== '');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(#{1,6}) (.*)$/.exec(lines[i]!);
    if (!m) continue;
    const level = m[1]!.length;
    const [text] = markdownToText(m[2]!);
    if (level === 1 && text!.startsWith('Phụ lục')) break;
    out.push(`${'  '.repeat(level - 1)}${text}`);
    const title = level === 1 ? /^\*\*(.*)\*\*$/.exec(lines[i + 1] ?? '') : null;
    if (title) out.push(markdownToText(title[1]!)[0]!);
  }
  return out;
}

/** A run of digits joined by "/" that is one date ("25/01", "01/2021", "24/3/2020"), not a pair like "229/231". */
const DATE = /^\d{1,2}\/\d{1,2}(?:\/\d{4})?$|^\d{1,2}\/\d{4}$/;

/**
 * The number tokens of a text, tokenised as seed-facts.json is: a run of digits with single "." "," "/" between them,
 * with a following "%"; a date is one token, other slash pairs are two ("229/231" → 229, 231). A run glued to a
 * letter ("m2") is no figure. Returns how often each token occurs.
 */
export function numberTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{N}(?:[.,/]?\p{N})*%?/gu)) {
    const run = m[0];
    for (const token of run.includes('/') && !DATE.test(run) ? run.split('/') : [run]) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

/** Occurrences of a word-like token (a document reference "2773/QĐ-UBND", a spelled-out "một") standing alone. */
export function countWord(text: string, token: string): number {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
}

/** Heading and item numbers ("2.1.", "a)", "(7)") removed, so they are not counted as the report's figures. */
export function withoutNumbering(md: string): string {
  return md
    .split('\n')
    .map((l) => l.replace(/^(#{1,6} )(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)) /, '$1').replace(/^\(\d+\) /, ''))
    .join('\n');
}
