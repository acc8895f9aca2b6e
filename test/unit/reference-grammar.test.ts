import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeBraces, parseNarrative, referenceSource, type Segment } from '../../src/reference-grammar.js';

const shape = (segments: readonly Segment[]) => segments.map((s) => (s.kind === 'literal' ? s.text : referenceSource(s)));

describe('parseNarrative', () => {
  it('splits literal text and references, with their offsets', () => {
    const text = 'kế hoạch {lua.plan}, đạt {lua.pctPlan.0} kế hoạch';
    const { segments, problems } = parseNarrative(text);
    expect(problems).toEqual([]);
    expect(shape(segments)).toEqual(['kế hoạch ', '{lua.plan}', ', đạt ', '{lua.pctPlan.0}', ' kế hoạch']);
    const refs = segments.filter((s) => s.kind === 'reference');
    expect(refs.map((r) => text.slice(r.start, r.end))).toEqual(['{lua.plan}', '{lua.pctPlan.0}']);
    expect(refs[1]).toMatchObject({ id: 'lua', modifiers: ['pctPlan', '0'] });
  });
  it('reads a reference at the very start and end, and two in a row', () => {
    expect(shape(parseNarrative('{a}{b.num}').segments)).toEqual(['{a}', '{b.num}']);
  });
  it('prints doubled braces as one brace, never as a reference', () => {
    const { segments, problems } = parseNarrative('{{a}} và {{{b}}} và }}{{');
    expect(problems).toEqual([]);
    expect(shape(segments)).toEqual(['{a} và {', '{b}', '} và }{']);
    expect(segments[0]).toMatchObject({ kind: 'literal', start: 0 });
  });
  it('leaves Handlebars and other markup as text once escaped', () => {
    const text = escapeBraces('{{district.ten_huyen}} {{> agriculture}} <b>x</b>');
    const { segments, problems } = parseNarrative(text);
    expect(problems).toEqual([]);
    expect(segments).toEqual([{ kind: 'literal', text: '{{district.ten_huyen}} {{> agriculture}} <b>x</b>', start: 0 }]);
  });
  it('locates every problem of a text at once and goes on after each', () => {
    const text = 'a } b {x y} c {} d {e. f {g';
    const { segments, problems } = parseNarrative(text);
    expect(problems.map((p) => [p.reason, text.slice(p.start, p.end)])).toEqual([
      ['stray-close', '}'],
      ['bad-character', '{x y}'],
      ['empty-name', '{}'],
      ['unclosed', '{e. f '],
      ['unclosed', '{g'],
    ]);
    // the braces of a broken reference stay in the text
    expect(shape(segments)).toEqual(['a } b {x y} c {} d {e. f {g']);
  });
  it('does not let a reference run over a line break', () => {
    expect(parseNarrative('{a\nb}').problems.map((p) => p.reason)).toEqual(['unclosed', 'stray-close']);
  });
  it('accepts Vietnamese letters in names (the resolver then says whether they are known)', () => {
    expect(parseNarrative('{lúa.kế_hoạch}').segments).toMatchObject([{ kind: 'reference', id: 'lúa', modifiers: ['kế_hoạch'] }]);
    expect(parseNarrative('{a..b}').problems[0]?.reason).toBe('empty-name');
    expect(parseNarrative('{1, 2, 3}').problems[0]?.reason).toBe('bad-character');
  });
  it('property: any text without braces is one literal, itself', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[{}]/g, '')),
        (s) => {
          const { segments, problems } = parseNarrative(s);
          expect(problems).toEqual([]);
          expect(segments.map((x) => (x.kind === 'literal' ? x.text : '?')).join('')).toBe(s);
        },
      ),
    );
  });
  it('property: an escaped text has no reference and prints as the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { segments, problems } = parseNarrative(escapeBraces(s));
        expect(problems).toEqual([]);
        expect(segments.every((x) => x.kind === 'literal')).toBe(true);
        expect(segments.map((x) => (x.kind === 'literal' ? x.text : '')).join('')).toBe(s);
      }),
    );
  });
});
