/** src/document.ts: the rendered text → the block tree, its official numbering, the closing "./.", literal text. */
import { describe, expect, it } from 'vitest';
import type { ReportStyle } from '../../src/model.js';
import { STYLE } from '../support/style.js';
import {
  closeMarker,
  headingText,
  itemParagraphs,
  literalText,
  markBodyEnd,
  numberSections,
  openMarker,
  parseRendered,
  tableMarker,
  type Block,
  type Section,
  type SectionKind,
} from '../../src/document.js';

/** Rendered text as the structure helpers write it: `open(kind, title, …content)` closes itself. */
const open = (kind: SectionKind | 'field', title: string, ...content: string[]) =>
  `${openMarker(kind, title)}\n${content.join('\n')}\n${closeMarker()}\n`;
const sections = (text: string): Section[] => parseRendered(text).sections;
/** The tree as "number title (level)" lines indented by nesting, paragraphs as their text (or left out). */
function outline(blocks: readonly Block[], paragraphs = true, depth = 0): string[] {
  return blocks.flatMap((b) => {
    const pad = '  '.repeat(depth);
    if (b.kind === 'paragraph') return paragraphs ? [`${pad}${b.text}`] : [];
    if (b.kind === 'table') return [`${pad}[table]`];
    return [`${pad}${[b.number, b.title].filter(Boolean).join(' ')} (${b.level})`, ...outline(b.children, paragraphs, depth + 1)];
  });
}
const numbered = (text: string, paragraphs = true): string[] => {
  const tree = sections(text);
  numberSections(tree, STYLE);
  return outline(tree, paragraphs);
};

describe('parseRendered', () => {
  it('makes a paragraph of every non-empty line, trimmed, and collects header fields as lines', () => {
    const text = `${open('field', 'agency', 'ỦY BAN NHÂN DÂN', '  HUYỆN THAN UYÊN  ')}${open('part', 'A', '  Câu một.', '', 'Câu hai.  ')}`;
    const { fields, sections: body } = parseRendered(text);
    expect(fields).toEqual({ agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN THAN UYÊN'] });
    expect(body).toEqual([
      {
        kind: 'part',
        title: 'A',
        number: '',
        level: 0,
        children: [
          { kind: 'paragraph', text: 'Câu một.' },
          { kind: 'paragraph', text: 'Câu hai.' },
        ],
      },
    ]);
  });

  it('takes a table whole from its marker, in place among the paragraphs', () => {
    const table = { head: [[{ text: 'STT' }]], rows: [[{ text: '1', align: 'right' as const }]] };
    const [part] = sections(open('part', 'A', 'trước', tableMarker(table), 'sau'));
    expect(part!.children).toEqual([
      { kind: 'paragraph', text: 'trước' },
      { kind: 'table', ...table },
      { kind: 'paragraph', text: 'sau' },
    ]);
  });

  it('refuses a broken tree (a template bug) with what is wrong', () => {
    const problem = (params: object) => expect.objectContaining({ code: 'RENDER_TEMPLATE_STRUCTURE', params });
    expect(() => parseRendered(`${open('part', 'A')}${closeMarker()}`)).toThrow(problem({ problem: 'unbalanced' }));
    expect(() => parseRendered(`${openMarker('part', 'A')}\nx\n`)).toThrow(problem({ problem: 'unclosed', title: 'A' }));
    expect(() => parseRendered('\u0001["part","A"]')).toThrow(problem({ problem: 'unterminated' }));
    expect(() => parseRendered(`Câu ngoài mọi phần.\n${open('part', 'A')}`)).toThrow(problem({ problem: 'outside' }));
  });
});

describe('numberSections', () => {
  it('numbers parts, then I., 1., 1.1., a), with a label as "-" and items (n), each one level below its parent', () => {
    const text = open(
      'part',
      'BÁO CÁO',
      open(
        'section',
        'KINH TẾ',
        open(
          'section',
          'Nông nghiệp',
          open(
            'section',
            'Trồng trọt',
            open('section', 'Lúa', open('label', 'Vụ chiêm', 'x')),
            open('section', 'Ngô'),
            open('item', '', 'Việc một.'),
          ),
        ),
      ),
    );
    expect(numbered(text)).toEqual([
      'Phần thứ nhất BÁO CÁO (1)',
      '  I. KINH TẾ (2)',
      '    1. Nông nghiệp (3)',
      '      1.1. Trồng trọt (4)',
      '        a) Lúa (5)',
      '          - Vụ chiêm (6)',
      '            x',
      '        b) Ngô (5)',
      '        (1) (5)',
      '          Việc một.',
    ]);
  });

  it("numbers in the office's scheme: 1. → 1.1. → a. → deeper levels as the last; or I. → 1. → a)", () => {
    const deep = open(
      'part',
      'A',
      open('section', 'X', open('section', 'Y', open('section', 'Z', open('section', 'W')))),
      open('section', 'V'),
    );
    const as = (numbering: ReportStyle['numbering']) => {
      const tree = sections(deep);
      numberSections(tree, { ...STYLE, numbering });
      return outline(tree, false).map((l) => l.trim().split(' ')[0]);
    };
    expect(as(['decimal', 'nested', 'letter-dot'])).toEqual(['Phần', '1.', '1.1.', 'a.', 'a.', '2.']);
    expect(as(['roman', 'decimal', 'letter'])).toEqual(['Phần', 'I.', '1.', 'a)', 'a)', 'II.']);
  });

  it('gives no number to a section the templates left out: the ones after it close up', () => {
    // the template rendered I. and what would have been III.; II. (no data this month) is absent
    const text = open(
      'part',
      'A',
      open('section', 'Kinh tế', open('section', 'Một'), open('section', 'Ba')),
      open('section', 'Quốc phòng'),
    );
    expect(numbered(text)).toEqual(['Phần thứ nhất A (1)', '  I. Kinh tế (2)', '    1. Một (3)', '    2. Ba (3)', '  II. Quốc phòng (2)']);
  });

  it('counts only sections: labels and items between them take no number, and items run on through a part', () => {
    const text =
      open(
        'part',
        'A',
        open('section', 'S1', open('item', '', 'a.'), open('label', 'Nhãn'), open('section', 'Con'), open('item', '', 'b.')),
        open('section', 'S2', open('item', '', 'c.')),
      ) + open('part', 'B', open('item', '', 'd.'));
    expect(numbered(text, false)).toEqual([
      'Phần thứ nhất A (1)',
      '  I. S1 (2)',
      '    (1) (3)',
      '    - Nhãn (3)',
      '    1. Con (3)',
      '    (2) (3)',
      '  II. S2 (2)',
      '    (3) (3)',
      'Phần thứ hai B (1)',
      '  (1) (2)',
    ]);
  });

  it('calls one appendix "Phụ lục" and several "Phụ lục I", "Phụ lục II"; an appendix is no part', () => {
    const one = sections(`${open('part', 'A')}${open('appendix', 'BIỂU')}${open('part', 'B')}`);
    numberSections(one, STYLE);
    expect(one.map((s) => [s.number, s.level])).toEqual([
      ['Phần thứ nhất', 1],
      ['Phụ lục', 1],
      ['Phần thứ hai', 1],
    ]);
    const two = sections(`${open('part', 'A')}${open('appendix', 'X')}${open('appendix', 'Y')}`);
    numberSections(two, STYLE);
    expect(two.map((s) => s.number)).toEqual(['Phần thứ nhất', 'Phụ lục I', 'Phụ lục II']);
  });
});

describe('markBodyEnd', () => {
  it('closes the last paragraph of the last part with "./.", replacing its full stop', () => {
    const parts = sections(`${open('part', 'A', 'first.')}${open('part', 'B', open('item', '', 'one.'), open('item', '', 'two'))}`);
    markBodyEnd(parts);
    expect(
      outline(parts)
        .filter((l) => !l.endsWith('(0)'))
        .map((l) => l.trim()),
    ).toEqual(['first.', 'one.', 'two./.']);
  });

  it('skips appendices, which follow the signature', () => {
    const parts = sections(`${open('part', 'A', 'body')}${open('appendix', 'X', 'annex.')}`);
    markBodyEnd(parts);
    expect(parts[0]!.children).toEqual([{ kind: 'paragraph', text: 'body./.' }]);
    expect(parts[1]!.children).toEqual([{ kind: 'paragraph', text: 'annex.' }]);
  });

  it('leaves a body that ends on a table unmarked: there is no sentence to close', () => {
    const parts = sections(open('part', 'A', 'câu.', tableMarker({ head: [], rows: [[{ text: '1' }]] })));
    markBodyEnd(parts);
    expect(parts[0]!.children[0]).toEqual({ kind: 'paragraph', text: 'câu.' });
  });
});

describe('literalText', () => {
  it('makes one line of a value, shows control characters as visible symbols and drops non-characters', () => {
    expect(literalText('a\r\nb\nc\rd\te')).toBe('a b c d e');
    expect(literalText('\u0000\u0001\u001b[31m\u001f\u007f')).toBe('␀␁␛[31m␟␡');
    expect(literalText('x\ufffey\uffff')).toBe('x\ufffdy\ufffd');
    // what is text stays as it is: markup, marker-like text, any other Unicode
    expect(literalText('# *a* <b> {{x}} \u00a0 😀 e\u0301')).toBe('# *a* <b> {{x}} \u00a0 😀 e\u0301');
  });
});

describe('headings and items as printed', () => {
  const section = (kind: SectionKind, number: string, title: string, children: Block[] = []): Section => ({
    kind,
    number,
    title,
    level: 2,
    children,
  });

  it('prints a section as number and title, a label as "- title:", a part or item by its number alone', () => {
    expect(headingText(section('section', '1.1.', 'Tài nguyên'))).toBe('1.1. Tài nguyên');
    expect(headingText(section('label', '-', 'Lâm nghiệp'))).toBe('- Lâm nghiệp:');
    expect(headingText(section('part', 'Phần thứ nhất', 'TÌNH HÌNH'))).toBe('Phần thứ nhất');
    expect(headingText(section('appendix', 'Phụ lục', 'BIỂU'))).toBe('Phụ lục');
    expect(headingText(section('item', '(3)', ''))).toBe('(3)');
  });

  it("opens an item's first paragraph with its number; an item starting with anything else keeps it apart", () => {
    const p = (text: string): Block => ({ kind: 'paragraph', text });
    expect(itemParagraphs(section('item', '(2)', '', [p('Một.'), p('Hai.')]))).toEqual([p('(2) Một.'), p('Hai.')]);
    const table: Block = { kind: 'table', head: [], rows: [] };
    expect(itemParagraphs(section('item', '(2)', '', [table]))).toEqual([table]);
  });
});
