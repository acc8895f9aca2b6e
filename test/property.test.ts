/**
 * Property: whatever happens to a data file (a value changed, a line deleted or doubled, the file cut short, random
 * bytes, any Unicode in a text), `report check` ends with coded diagnostics (exit 1 or 2) or a clean pass (exit 0):
 * never an internal error (exit 3), never an uncaught exception, always within a time bound.
 * In-process and on one copy of the data (each case writes one file and puts it back), so ~100 cases take seconds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMonth } from '../src/commands/build.js';
import { escapeBraces } from '../src/reference-grammar.js';
import { check } from './support/cases.js';
import { docxParts, xmlProblem } from './support/docx.js';
import { NO_HANG_MS, timedAsync } from './support/timing.js';
import { workspace, type Workspace } from './support/workspace.js';
import { runContext } from './support/office.js';

const FILES = ['2021-01/agriculture.yaml', '2021-01/finance.yaml', '2021-01/report.yaml', 'district.yaml', 'plans/2021.yaml'];

let ws: Workspace;
let originals: Map<string, Buffer>;
beforeAll(() => {
  ws = workspace();
  originals = new Map(FILES.map((f) => [f, readFileSync(join(ws.data, f))]));
});
afterAll(() => ws.remove());

/** Values a clerk, a spreadsheet or a hostile file can put after "key:". */
const scalar = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom(
    '-0',
    '1e308',
    '-1e309',
    '0x1F',
    '0o17',
    '0123',
    '1_000',
    '.5',
    '5.',
    '41.108',
    '1.347',
    '291.000',
    '1.000.000',
    '"1.347,19"',
    '1.680 ha',
    '1,5',
    '.nan',
    '.NaN',
    '.inf',
    '-.inf',
    'NaN',
    'Infinity',
    '~',
    'null',
    '',
    'true',
    'yes',
    '[]',
    '{}',
    '[1, 2]',
    '{a: 1}',
    '&a 1',
    '*a',
    '!tag x',
    '!!binary aGk=',
    '!!float 1',
    '<<: {a: 1}',
    '"',
    "'",
    '{',
    '[',
    '|',
    '>',
    '2021-02-30',
    '"2021-01-15"',
    '__proto__',
    'constructor: 1',
    '- x',
    '# comment',
    '@x',
    '`x',
    '%x',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => JSON.stringify(s)),
);
/** Any string, as a YAML double-quoted scalar (JSON is valid YAML): control characters, lone surrogates, RTL marks. */
const anyText = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => JSON.stringify(s));
/** Any string as a narrative that prints itself: its braces doubled, the reference grammar's escape. */
const anyNarrative = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => JSON.stringify(escapeBraces(s)));

type Mutation = (text: string, bytes: Buffer) => Buffer;
const lineEdit =
  (edit: (lines: string[], i: number) => void) =>
  (pick: number): Mutation =>
  (text) => {
    const lines = text.split('\n');
    const i = pick % lines.length;
    edit(lines, i);
    return Buffer.from(lines.join('\n'));
  };
const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.tuple(fc.nat(), scalar).map(([pick, value]) => ({
    name: `value → ${value}`,
    apply: lineEdit((lines, i) => {
      lines[i] = lines[i]!.replace(/^(\s*(?:- )?[^:#]+:)\s*.*$/, `$1 ${value}`);
    })(pick),
  })),
  fc.tuple(fc.nat(), anyText).map(([pick, value]) => ({
    name: `text → ${value}`,
    apply: lineEdit((lines, i) => {
      const texts = lines
        .map((l, n) => [l, n] as const)
        .filter(([l]) => /^ {2}[a-z_]+: \S/.test(l) && !/^ {2}[a-z_]+: [-\d.]+\s*(#.*)?$/.test(l));
      const [, n] = texts[i % Math.max(texts.length, 1)] ?? ['', i];
      lines[n] = lines[n]!.replace(/^( {2}[a-z_]+:).*$/, `$1 ${value}`);
    })(pick),
  })),
  fc.nat().map((pick) => ({ name: 'line deleted', apply: lineEdit((lines, i) => void lines.splice(i, 1))(pick) })),
  fc.nat().map((pick) => ({ name: 'line doubled', apply: lineEdit((lines, i) => void lines.splice(i, 0, lines[i]!))(pick) })),
  fc.tuple(fc.nat(), fc.nat({ max: 8 })).map(([pick, spaces]) => ({
    name: `indent ${spaces}`,
    apply: lineEdit((lines, i) => {
      lines[i] = `${' '.repeat(spaces)}${lines[i]!.trimStart()}`;
    })(pick),
  })),
  fc.nat().map((cut) => ({ name: `cut at ${cut}`, apply: ((_t, b) => b.subarray(0, cut % (b.length + 1))) as Mutation })),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, junk]) => ({
    name: `bytes ${Buffer.from(junk).toString('hex')} inserted`,
    apply: ((_t, b) => {
      const i = at % (b.length + 1);
      return Buffer.concat([b.subarray(0, i), junk, b.subarray(i)]);
    }) as Mutation,
  })),
  fc.uint8Array({ maxLength: 300 }).map((junk) => ({ name: 'random bytes', apply: (() => Buffer.from(junk)) as Mutation })),
);

describe('any mutation of the data ends in a diagnostic or a report, never a crash', () => {
  // 80 full checks: minutes on a machine shared with other work, where the suite's 60 s default would turn load into red
  it('holds for random mutations of one file', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), mutation, async (file, m) => {
        const path = join(ws.data, file);
        const original = originals.get(file)!;
        writeFileSync(path, m.apply(original.toString('utf8'), original));
        try {
          const { value: r, ms } = await timedAsync(() => check(ws));
          const context = `${file}: ${m.name}\n${r.stderr}`;
          expect([0, 1, 2], context).toContain(r.code);
          expect(r.stderr, context).not.toContain('INTERNAL');
          // a failure always says why, with a code
          if (r.code !== 0) expect(r.stderr, context).toMatch(/ (lỗi|error) [A-Z][A-Z0-9_]+: /);
          expect(ms, `${context}\nno hang`).toBeLessThan(NO_HANG_MS);
        } finally {
          writeFileSync(path, original);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('any text in a narrative field keeps the DOCX well-formed', () => {
  it('holds for random strings, control characters and lone surrogates included', async () => {
    const file = '2021-01/finance.yaml';
    const path = join(ws.data, file);
    const original = originals.get(file)!.toString('utf8');
    await fc.assert(
      fc.asyncProperty(anyNarrative, async (value) => {
        writeFileSync(path, original.replace(/^( {2}ngan_hang_danh_gia:).*$/m, `$1 ${value}`));
        try {
          const r = await renderMonth({
            context: runContext({ dataDir: ws.data, templatesDir: ws.templates }),
            period: { year: 2021, month: 1 },
            formats: ['docx'],
          });
          // an empty string is a VALIDATE_EMPTY diagnostic, not a document
          if ('errors' in r) expect(r.errors.map((e) => e.code)).toEqual(['VALIDATE_EMPTY']);
          else expect(xmlProblem(docxParts(r.files[0]!.data as Uint8Array)['word/document.xml']!), value).toBeNull();
        } finally {
          writeFileSync(path, original);
        }
      }),
      { numRuns: 8 },
    );
  });
});
