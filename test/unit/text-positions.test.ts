import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scalar, stringify } from 'yaml';
import { textPosition } from '../../src/text-positions.js';
import { parseSource, type SourceFile } from '../../src/yaml-source.js';

const parse = (text: string): SourceFile => {
  const r = parseSource('t.yaml', new TextEncoder().encode(text));
  if (!r.source) throw new Error(JSON.stringify(r.problems.map((p) => p.code)));
  return r.source;
};
/** The character of the file at a 1-based line and column. */
const charAt = (source: SourceFile, { line, column }: { line: number; column: number }) => source.text.split('\n')[line - 1]![column - 1];
/** Every offset of `c` in the value at `path`, with the file character each is located at. */
function located(source: SourceFile, path: (string | number)[], c: string) {
  const value = source.doc.getIn(path) as string;
  const out: string[] = [];
  for (let i = value.indexOf(c); i !== -1; i = value.indexOf(c, i + 1)) out.push(charAt(source, textPosition(source, path, i)) ?? '∅');
  return out;
}

describe('textPosition', () => {
  it('finds a reference on the fourth line of a folded block scalar', () => {
    const source = parse(
      [
        'noi_dung:',
        '  doan: >-',
        '    Cây lúa vụ Đông Xuân,',
        '    kế hoạch {a.plan},',
        '    đã làm đất',
        '      được {a}, đạt {a.pctPlan} kế hoạch',
      ].join('\n'),
    );
    const value = source.doc.getIn(['noi_dung', 'doan']) as string;
    expect(textPosition(source, ['noi_dung', 'doan'], value.indexOf('{a.plan}'))).toEqual({ line: 4, column: 14 });
    expect(textPosition(source, ['noi_dung', 'doan'], value.indexOf('{a}'))).toEqual({ line: 6, column: 12 });
    expect(textPosition(source, ['noi_dung', 'doan'], value.indexOf('{a.pctPlan}'))).toEqual({ line: 6, column: 21 });
  });
  it('handles every scalar style, list items and escapes', () => {
    const source = parse(
      [
        'a: plain {x} text',
        'b: "double \\"q\\" \\u00e9 {x} \\',
        '  go on {x}"',
        "c: 'single ''q'' {x}'",
        'd: |',
        '  literal',
        '    {x} kept',
        'e:',
        '  - item {x}',
        '  - >',
        '    folded',
        '',
        '    {x} after a blank line',
      ].join('\n'),
    );
    for (const path of [['a'], ['b'], ['c'], ['d'], ['e', 0], ['e', 1]]) {
      const found = located(source, path, '{');
      expect(found.length, JSON.stringify(path)).toBeGreaterThan(0);
      expect(
        found.every((c) => c === '{'),
        JSON.stringify(path),
      ).toBe(true);
    }
  });
  it('falls back to the key for a path that is not a text', () => {
    const source = parse('chi_tieu:\n  x: 5\n');
    expect(textPosition(source, ['chi_tieu', 'x'], 0)).toEqual({ line: 2, column: 3 });
  });
  it('property: whatever the text and the style yaml writes it in, each "{" is located on a "{"', () => {
    const types = [Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE, Scalar.BLOCK_FOLDED, Scalar.BLOCK_LITERAL] as const;
    const text = fc
      .array(fc.oneof(fc.constantFrom('{', ' ', '  ', '\n', '\t', '"', "'", '\\', 'é', '🌾', '#', ':'), fc.string({ maxLength: 8 })), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''))
      .filter((s) => s.includes('{'));
    fc.assert(
      fc.property(text, fc.constantFrom(...types), fc.integer({ min: 20, max: 60 }), (value, type, lineWidth) => {
        const yaml = stringify({ noi_dung: { doan: value } }, { defaultStringType: type, lineWidth, minContentWidth: 0 });
        // a random text can read as legacy-encoded Vietnamese ("Aé"), which loading refuses: positions matter only in files that load
        const loaded = parseSource('t.yaml', new TextEncoder().encode(yaml));
        const source = loaded.source;
        fc.pre(source !== null);
        const read = source.doc.getIn(['noi_dung', 'doan']);
        // NFC on loading may change the text; the map is to the file as loaded
        fc.pre(typeof read === 'string' && read.includes('{'));
        expect(
          located(source, ['noi_dung', 'doan'], '{').every((c) => c === '{'),
          yaml,
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
