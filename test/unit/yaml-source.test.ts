import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load.js';
import { locate, MAX_FILE_BYTES, parseSource } from '../../src/yaml-source.js';
import { NO_HANG_MS, timed } from '../support/timing.js';

const FILE = 'data/2021-01/agriculture.yaml';
const parse = (text: string | Uint8Array) => parseSource(FILE, typeof text === 'string' ? new TextEncoder().encode(text) : text);
/** [code, line, column] of each problem. */
const problems = (text: string | Uint8Array) => parse(text).problems.map((p) => [p.code, p.line, p.column]);

/** Ten levels of ten aliases each: 10^10 leaves if anything ever expanded it. */
const ALIAS_BOMB = [
  'a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]',
  ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`),
].join('\n');

describe('parseSource refuses what a data file must not hold, with a code and a position', () => {
  it('accepts a plain file and keeps its data', () => {
    const r = parse('chi_tieu:\n  cao_su: 1020\n');
    expect(r.problems).toEqual([]);
    expect(r.source?.data).toEqual({ chi_tieu: { cao_su: 1020 } });
  });

  it('reports a duplicate key at the second occurrence, naming it', () => {
    const r = parse('chi_tieu:\n  cao_su: 1\n  cao_su: 2\n');
    expect(problems('chi_tieu:\n  cao_su: 1\n  cao_su: 2\n')).toEqual([['LOAD_YAML_DUPLICATE_KEY', 3, 3]]);
    expect(r.problems[0]!.params['key']).toBe('cao_su');
  });
  it('reports two different duplicate keys separately', () => {
    expect(problems('a: 1\na: 2\nb: 1\nb: 2\n').map((p) => p[0])).toEqual(['LOAD_YAML_DUPLICATE_KEY', 'LOAD_YAML_DUPLICATE_KEY']);
  });
  it('refuses several documents', () => expect(problems('a: 1\n---\nb: 2\n')).toEqual([['LOAD_YAML_MULTIPLE_DOCS', 2, 1]]));

  it('refuses an anchor alone, an alias, and reports an alias bomb once, fast', () => {
    expect(problems('a: &x 1\n')).toEqual([['LOAD_YAML_ALIAS', 1, 7]]);
    expect(problems('a: &x 1\nb: *x\n')).toEqual([['LOAD_YAML_ALIAS', 1, 7]]);
    const { value, ms } = timed(() => problems(ALIAS_BOMB));
    expect(value).toEqual([['LOAD_YAML_ALIAS', 1, 9]]);
    expect(ms).toBeLessThan(NO_HANG_MS);
  });
  it('refuses merge keys and non-standard tags (custom, !!binary, !!timestamp, !!set)', () => {
    expect(problems('a:\n  <<: {b: 1}\n')).toEqual([['LOAD_YAML_MERGE_KEY', 2, 3]]);
    expect(parse('a: !date 2021-01-15\n').problems.map((p) => [p.code, p.params['tag']])).toEqual([['LOAD_YAML_TAG', '!date']]);
    for (const tag of ['binary', 'timestamp', 'set', 'omap'])
      expect(parse(`a: !!${tag} x\n`).problems.map((p) => [p.code, p.params['tag']])).toEqual([['LOAD_YAML_TAG', `!!${tag}`]]);
  });
  it('lets the standard tags through (!!str keeps a code such as 0123 as text)', () => {
    expect(parse('a: !!str 0123\nb: !!int 5\n').source?.data).toEqual({ a: '0123', b: 5 });
  });
  it('refuses %YAML directives: under 1.1, 1:20 would silently be 80', () => {
    expect(problems('%YAML 1.1\n---\na: 1:20\n')).toEqual([['LOAD_YAML_DIRECTIVE', 1, 1]]);
    expect(problems('%TAG !e! tag:example.com,2000:\n---\na: 1\n').map((p) => p[0])).toContain('LOAD_YAML_DIRECTIVE');
  });
  it('refuses keys that are not names (a list, a mapping, nothing)', () => {
    expect(problems('? [a, b]\n: 1\n')).toEqual([['LOAD_YAML_BAD_KEY', 1, 3]]);
    expect(problems('? {a: 1}\n: 1\n').map((p) => p[0])).toEqual(['LOAD_YAML_BAD_KEY']);
    expect(problems(': 1\n').map((p) => p[0])).toEqual(['LOAD_YAML_BAD_KEY']);
  });

  it.each([['__proto__'], ['constructor'], ['prototype'], ['"__proto__"']])('refuses the key %s at any depth', (key) => {
    expect(problems(`a:\n  - b:\n      ${key}: {polluted: 1}\n`)).toEqual([['LOAD_FORBIDDEN_KEY', 3, 7]]);
  });
  it('never lets a data file reach Object.prototype', () => {
    for (const text of [
      '__proto__:\n  polluted: 1\n',
      '{"__proto__": {"polluted": 1}}\n',
      'a: {constructor: {prototype: {polluted: 1}}}\n',
    ]) {
      const r = parse(text);
      expect(r.source).toBeNull();
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
  });

  it.each([
    ['nothing', ''],
    ['only comments', '# chưa có số liệu\n# tháng sau bổ sung\n'],
    ['blank lines', '  \n\n \n'],
    ['a lone ~', '~\n'],
    ['a lone ---', '---\n'],
    ['a byte order mark', '\uFEFF'],
  ])('calls a file with %s empty', (_what, text) => {
    expect(problems(text)).toEqual([['LOAD_FILE_EMPTY', 1, 1]]);
  });

  it('names the encoding of a UTF-16 or UTF-32 file instead of calling it binary', () => {
    const utf16le = Uint8Array.from([0xff, 0xfe, ...[...'a: 1\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const utf16be = Uint8Array.from([0xfe, 0xff, ...[...'a: 1\n'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(parse(utf16le).problems.map((p) => [p.code, p.params['encoding']])).toEqual([['LOAD_FILE_NOT_UTF8', 'UTF-16 LE']]);
    expect(parse(utf16be).problems.map((p) => [p.code, p.params['encoding']])).toEqual([['LOAD_FILE_NOT_UTF8', 'UTF-16 BE']]);
    expect(parse(Uint8Array.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])).problems[0]!.params['encoding']).toBe('UTF-32 LE');
  });
  it('locates the first byte that is not UTF-8 (a latin-1 or TCVN3 file)', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a: Tiếp\nb: T'), 0xe0, 0x20, 0x69]);
    const [p] = parse(bytes).problems;
    expect([p!.code, p!.line, p!.column, p!.params['byte']]).toEqual(['LOAD_FILE_NOT_UTF8', 2, 5, '0xE0']);
    expect(parse(Uint8Array.from([0xc3])).problems.map((q) => [q.code, q.line, q.column])).toEqual([['LOAD_FILE_NOT_UTF8', 1, 1]]);
  });
  it('calls a file with NUL bytes binary, fast', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES).map((_, i) => (i * 7) % 256);
    const { value, ms } = timed(() => problems(bytes));
    expect(value).toEqual([['LOAD_FILE_BINARY', 1, 1]]);
    expect(ms).toBeLessThan(NO_HANG_MS);
  });
  it('refuses bytes over the limit before decoding them', () => {
    const { value, ms } = timed(() => problems(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61)));
    expect(value).toEqual([['LOAD_FILE_TOO_LARGE', 1, 1]]);
    expect(ms).toBeLessThan(NO_HANG_MS);
  });

  it('reports each tab, but not the cascade one mistake sets off, and never hundreds of lines', () => {
    const r = parse('chi_tieu:\n\tcao_su: 1\n\tche: 2\n\tngo: 3\n');
    expect(r.problems.map((p) => [p.code, p.line, p.params['yamlCode']])).toEqual(
      [2, 3, 4].map((l) => ['LOAD_YAML_SYNTAX', l, 'TAB_AS_INDENT']),
    );
    // a misplaced line: yaml's follow-up complaints are left out
    expect(problems('a:\n  b: 1\n   c: 2\n  d: 3\n').length).toBe(1);
    // a pasted table with hundreds of tab lines prints a short list
    expect(problems(`a:\n${'\tb: 1\n'.repeat(500)}`).length).toBe(10);
  });
  it('refuses nesting no data file needs before yaml recurses into it, fast', () => {
    const flow = (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    expect(problems(flow(64))).toEqual([]);
    const { value, ms } = timed(() => parse(flow(100_000)).problems.map((p) => [p.code, p.line, p.params['yamlCode']]));
    expect(value).toEqual([['LOAD_YAML_SYNTAX', 1, 'TOO_DEEP']]);
    expect(ms).toBeLessThan(NO_HANG_MS);
    const block = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(parse(`${block}\n${'  '.repeat(100)}v: 1\n`).problems.map((p) => [p.code, p.params['yamlCode']])).toEqual([
      ['LOAD_YAML_SYNTAX', 'TOO_DEEP'],
    ]);
    // brackets inside quoted text are text
    expect(problems(`a: "${'['.repeat(500)}"\n`)).toEqual([]);
  });
  // yaml's own duplicate check and a linear search per located key made these minutes long
  it('answers a file at the size limit made of nothing but keys in seconds, listing few problems', async () => {
    const { validateSource } = await import('../../src/validate.js');
    const { z } = await import('zod');
    let text = 'chi_tieu:\n';
    for (let i = 0; text.length < MAX_FILE_BYTES - 20; i++) text += `  k${i}: ${i}\n`;
    const { value, ms } = timed(() => {
      const { source } = parse(text);
      return validateSource(source!, z.strictObject({ chi_tieu: z.strictObject({ cao_su: z.number() }) })).problems;
    });
    expect(value.length).toBe(31);
    expect(value.at(-1)!.code).toBe('VALIDATE_MORE_PROBLEMS');
    expect(ms).toBeLessThan(NO_HANG_MS);
  });
  it('answers a file of thousands of duplicate keys in seconds, listing ten', () => {
    const { value, ms } = timed(() => problems(`a:\n${'  k: 1\n'.repeat(30_000)}`));
    expect(value).toHaveLength(10);
    expect(value[0]).toEqual(['LOAD_YAML_DUPLICATE_KEY', 3, 3]);
    expect(ms).toBeLessThan(NO_HANG_MS);
  });
  it('keeps plain text with control characters (they are shown safely later, never parsed as structure)', () => {
    expect(parse('a: x\u0001y\u001b[31m\n').source?.data).toEqual({ a: 'x\u0001y\u001b[31m' });
  });
  it('normalises text to NFC so a key typed with combining marks matches', () => {
    expect(parse('a: Tie\u0302\u0301p\n').source?.data).toEqual({ a: 'Tiếp' });
  });
});

describe('locate', () => {
  it('points at the key of a map entry, the item of a list, and the nearest parent of a missing key', () => {
    const { source } = parse('chi_tieu:\n  cao_su: 1020\nnoi_dung:\n  ds:\n    - a\n    - b\n');
    expect(locate(source!, ['chi_tieu', 'cao_su'])).toEqual({ line: 2, column: 3 });
    expect(locate(source!, ['noi_dung', 'ds', 1])).toEqual({ line: 6, column: 7 });
    expect(locate(source!, ['chi_tieu', 'khong_co'])).toEqual({ line: 1, column: 1 });
    expect(locate(source!, ['toString'])).toEqual({ line: 1, column: 1 });
  });
});

describe('loadFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file over the limit from its size alone, without reading it', () => {
    // sparse: 10 GB on paper, nothing on disk; reading it would fail (ERR_FS_FILE_TOO_LARGE) as LOAD_READ_FAILED
    const path = join(dir, 'huge.yaml');
    const size = 10 * 1024 ** 3;
    writeFileSync(path, '');
    truncateSync(path, size);
    const r = loadFile(path, 'data/2021-01/huge.yaml', 'huge.yaml');
    expect(r.parsed.problems.map((p) => [p.code, p.params['size']])).toEqual([['LOAD_FILE_TOO_LARGE', size]]);
  });
  it('refuses a folder named like a data file instead of crashing on it', () => {
    mkdirSync(join(dir, 'agriculture.yaml'));
    const r = loadFile(join(dir, 'agriculture.yaml'), FILE, 'agriculture.yaml');
    expect(r.parsed.problems.map((p) => [p.code, p.params['reason']])).toEqual([['LOAD_READ_FAILED', 'EISDIR']]);
  });
  it('refuses a device (a link to /dev/zero would otherwise be read forever)', () => {
    const r = loadFile('/dev/zero', FILE, 'agriculture.yaml');
    expect(r.parsed.problems.map((p) => [p.code, p.params['reason']])).toEqual([['LOAD_READ_FAILED', 'NOT_FILE']]);
  });
});
