/** src/render-markdown.ts: escaping (text stays text) and the Markdown layout of the block tree. */
import { describe, expect, it } from 'vitest';
import type { ReportDocument, Section } from '../../src/document.js';
import { escapeInline, escapeMarkdown, writeMarkdown } from '../../src/render-markdown.js';

describe('escapeInline', () => {
  it('escapes every character that starts inline markup', () => {
    expect(escapeInline('\\ ` * _ [ ] < > | ~')).toBe('\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\| \\~');
    expect(escapeInline('*đậm* <b>x</b> [a](u) a|b ~~x~~')).toBe('\\*đậm\\* \\<b\\>x\\</b\\> \\[a\\](u) a\\|b \\~\\~x\\~\\~');
  });
  it('escapes "&" only where it would start an entity', () => {
    expect(escapeInline('&amp; &#38; &#x41; &copy;')).toBe('\\&amp; \\&#38; \\&#x41; \\&copy;');
    expect(escapeInline('A & B, R&D, &x')).toBe('A & B, R&D, &x');
  });
  it('leaves ordinary text alone: Vietnamese, numbers, dashes and stops in the middle of a line', () => {
    const text = 'Diện tích 1.680,5 ha - đạt 84% kế hoạch (tăng 2/3); số 15/BC-UBND.';
    expect(escapeInline(text)).toBe(text);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['# đề mục', '\\# đề mục'],
    ['- gạch đầu dòng', '\\- gạch đầu dòng'],
    ['---', '\\---'],
    ['+ cộng', '\\+ cộng'],
    ['= bằng', '\\= bằng'],
    ['> trích', '\\> trích'],
    ['* sao', '\\* sao'],
    ['1. mục', '1\\. mục'],
    ['2021) năm', '2021\\) năm'],
    ['1.', '1\\.'],
  ])('escapes a paragraph that would start a block: %j → %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
  it.each(['1.680 ha đã làm đất', '3)không có dấu cách sau', '1234567890. mười chữ số không phải danh sách', 'Năm 2021 - 2025', 'a # b'])(
    'leaves a start that is no block marker alone: %j',
    (text) => {
      expect(escapeMarkdown(text)).toBe(text);
    },
  );
});

describe('writeMarkdown', () => {
  const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });
  const section = (kind: Section['kind'], number: string, title: string, level: number, children: Section['children'] = []): Section => ({
    kind,
    number,
    title,
    level,
    children,
  });
  const doc: ReportDocument = {
    fields: {
      parentAgency: ['UBND TỈNH'],
      agency: ['UBND HUYỆN'],
      nation: ['CỘNG HÒA'],
      motto: ['Độc lập'],
      number: ['Số: /BC-UBND'],
      placeDate: ['Than Uyên, ngày'],
      docType: ['BÁO CÁO'],
      summary: ['Tình hình tháng 01'],
      recipientsTitle: ['Nơi nhận:'],
      recipients: ['- Lưu: VT.'],
      authority: ['TM. UBND'],
      signer: ['Nguyễn Văn A'],
    },
    body: [
      section('part', 'Phần thứ nhất', 'KẾT QUẢ', 1, [
        section('section', 'I.', 'Kinh tế', 2, [
          section('label', '-', 'Lâm nghiệp', 7, [paragraph('# Không phải đề mục.')]),
          section('item', '(1)', '', 3, [paragraph('Việc một.'), paragraph('Tiếp theo.')]),
        ]),
      ]),
      section('appendix', 'Phụ lục', 'BIỂU', 1, [
        {
          kind: 'table',
          head: [
            [{ text: 'STT' }, { text: 'Chỉ tiêu' }, { text: 'Số' }],
            [{ text: '(1)' }, { text: '(2)' }, { text: '(3)' }],
          ],
          rows: [
            [{ text: 'I', bold: true }, { text: 'KINH TẾ', bold: true }, { text: '' }],
            [{ text: '1', align: 'center' }, { text: 'a|b' }, { text: '1.998', align: 'right' }],
          ],
        },
      ]),
    ],
  };

  it('writes the header table, the title, the body, the signature table, then the appendices, and ends with a newline', () => {
    expect(writeMarkdown(doc)).toBe(
      [
        '| UBND TỈNH<br>**UBND HUYỆN** | **CỘNG HÒA**<br>**Độc lập** |\n| :---: | :---: |\n| Số: /BC-UBND | *Than Uyên, ngày* |',
        '**BÁO CÁO**',
        '**Tình hình tháng 01**',
        '# Phần thứ nhất',
        '**KẾT QUẢ**',
        '## I. Kinh tế',
        // a heading never goes deeper than Markdown's six levels
        '###### - Lâm nghiệp:',
        '\\# Không phải đề mục.',
        // an item is no heading: its number opens its first paragraph
        '(1) Việc một.',
        'Tiếp theo.',
        '| ***Nơi nhận:***<br>- Lưu: VT. | **TM. UBND**<br><br><br><br>**Nguyễn Văn A** |\n| :--- | :---: |',
        '# Phụ lục',
        '**BIỂU**',
        // a column is aligned as its first body cell with text (the group row's "I" has none; "1.998" is right);
        // further header rows in bold; empty cells stay empty
        '| STT | Chỉ tiêu | Số |\n| --- | --- | ---: |\n| **(1)** | **(2)** | **(3)** |\n| **I** | **KINH TẾ** |  |\n| 1 | a\\|b | 1.998 |',
      ].join('\n\n') + '\n',
    );
  });
});
