/** src/spans.ts: span markers in, flat spans out (the innermost piece owns its characters), offsets kept through cuts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalText } from '../../src/document.js';
import { writeMarkdownMapped } from '../../src/render-markdown.js';
import { mark, plain, spansIn, unmark } from '../../src/spans.js';

describe('unmark', () => {
  it('gives each character to the innermost span, a template piece keeping the offset of its own characters', () => {
    const inner = mark('84%', { f: 'a', s: 'pctPlan' });
    const marked = mark(`đạt ${inner} kế hoạch`, { t: 100 });
    expect(unmark(mark(marked, { scope: 'templates/x.hbs' }))).toEqual({
      text: 'đạt 84% kế hoạch',
      spans: [
        { start: 0, end: 4, record: { t: 100, file: 'templates/x.hbs' } },
        { start: 4, end: 7, record: { f: 'a', s: 'pctPlan' } },
        // after the figure, the template's words go on from the 8th character of the piece
        { start: 7, end: 16, record: { t: 104, file: 'templates/x.hbs' } },
      ],
    });
  });

  it('cuts spans to a line and moves their offsets with the cut', () => {
    const { spans } = unmark(mark('năm 2020\nnăm 2021', { d: 'data/x.yaml', path: ['a'], o: 10 }));
    expect(spansIn(spans, 9, 17)).toEqual([{ start: 0, end: 8, record: { d: 'data/x.yaml', path: ['a'], o: 19 } }]);
  });

  it('property: data made literal can never open a span, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const marked = mark(literalText(s), { t: 0 });
        expect(unmark(marked).spans).toHaveLength(literalText(s) === '' ? 0 : 1);
        expect(plain(marked)).toBe(literalText(s));
      }),
    );
  });
});

describe('the Markdown writer moves spans through its escaping', () => {
  it('keeps a span on its characters when backslashes are inserted before them', () => {
    const text = '1. *đạt* 84% [x]';
    const spans = [{ start: 9, end: 12, record: { f: 'a', s: 'pctPlan' } }];
    const doc = {
      fields: {},
      body: [{ kind: 'part' as const, title: '', number: 'P', level: 1, children: [{ kind: 'paragraph' as const, text, spans }] }],
    };
    const { text: md, spans: out } = writeMarkdownMapped(doc);
    const figure = out.find((s) => 'f' in s.record)!;
    const block = md.split('\n\n')[figure.block]!;
    expect(block).toBe('1\\. \\*đạt\\* 84% \\[x\\]');
    expect(block.slice(figure.start, figure.end)).toBe('84%');
    expect(md.slice(figure.at, figure.at + 3)).toBe('84%');
  });
});
