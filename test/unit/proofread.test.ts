/** Each proof-reading rule on small texts: what it flags, where, what it proposes, and what it leaves alone. */
import { describe, expect, it } from 'vitest';
import { lineStarts, templateTexts, yamlTexts, type TextFile } from '../../src/located-text.js';
import { findingDiagnostic, proofread, type Finding } from '../../src/proofread.js';
import { parseSource } from '../../src/yaml-source.js';

const yamlFile = (text: string, file = 'data/2021-01/x.yaml'): TextFile => {
  const parsed = parseSource(file, new TextEncoder().encode(text));
  if (!parsed.source) throw new Error(JSON.stringify(parsed.problems.map((p) => p.code)));
  return yamlTexts(parsed.source);
};
/** Findings of one value written as a plain scalar, as [code, found, suggestion]. */
const check = (value: string) => proofread([yamlFile(`t: "${value.replace(/"/g, '\\"')}"\n`)]).map((f) => [f.code, f.found, f.suggestion]);
const at = (file: TextFile, f: Finding) => {
  const d = findingDiagnostic(f, lineStarts(file.content));
  return `${d.line}:${d.column}`;
};

describe('PROOF_DOUBLED_WORD', () => {
  it('flags a word or a phrase of up to four words written twice, in any case', () => {
    expect(check('và được được cách ly')).toEqual([['PROOF_DOUBLED_WORD', 'được được', 'được']]);
    expect(check('tổ chức chức Hội')).toEqual([['PROOF_DOUBLED_WORD', 'chức chức', 'chức']]);
    expect(check('lập quy hoạch lập quy hoạch sử dụng đất')).toEqual([
      ['PROOF_DOUBLED_WORD', 'lập quy hoạch lập quy hoạch', 'lập quy hoạch'],
    ]);
    expect(check('Trong trong tháng')).toEqual([['PROOF_DOUBLED_WORD', 'Trong trong', 'Trong']]);
  });
  it('leaves reduplications, words sharing a syllable, numbers and repeats across punctuation', () => {
    expect(check('người người, nhà nhà thi đua; ngày ngày')).toEqual([]);
    expect(check('về hành vi vi phạm quy định')).toEqual([]);
    expect(check('năm 2020 2020, xã. Xã')).toEqual([]);
  });
});

describe('PROOF_LOWERCASE_AFTER_STOP', () => {
  it('flags a lower-case letter opening a sentence', () => {
    expect(check('môi trường, khoáng sản. tham gia ý kiến')).toEqual([['PROOF_LOWERCASE_AFTER_STOP', '. tham', '. Tham']]);
    expect(check('Có không? không')).toEqual([['PROOF_LOWERCASE_AFTER_STOP', '? không', '? Không']]);
  });
  it('leaves numbers, abbreviations and the closing mark ./.', () => {
    expect(check('đạt 1.680 ha, lạc, đậu v.v. và các loại khác; TT. huyện ủy')).toEqual([]);
    expect(check('giáo dục pháp luật./.')).toEqual([]);
  });
});

describe('PROOF_DOTS', () => {
  it('flags four dots or more, an ellipsis beside dots, and a comma before an ellipsis', () => {
    expect(check('cai nghiện ma túy.... Hướng dẫn')).toEqual([['PROOF_DOTS', '....', '…']]);
    expect(check('lạc, đậu tương…. Tiếp')).toEqual([['PROOF_DOTS', '….', '…']]);
    expect(check('công tác thanh niên,…')).toEqual([['PROOF_DOTS', ',…', '…']]);
  });
  it('leaves a single ellipsis, three dots and ./.', () => {
    expect(check('lạc, đậu tương… Cây rau... và pháp luật./.')).toEqual([]);
  });
});

describe('PROOF_SPACE_BEFORE_PUNCTUATION', () => {
  it('flags a space before a comma, stop, semicolon, colon, ellipsis or closing bracket', () => {
    expect(check('các xã , thị trấn ; (trong đó )')).toEqual([
      ['PROOF_SPACE_BEFORE_PUNCTUATION', 'xã ,', 'xã,'],
      ['PROOF_SPACE_BEFORE_PUNCTUATION', 'trấn ;', 'trấn;'],
      ['PROOF_SPACE_BEFORE_PUNCTUATION', 'đó )', 'đó)'],
    ]);
  });
  it('leaves the dash between ranges and an opening bracket', () => {
    expect(check('năm 2020 - 2021 (kế hoạch)')).toEqual([]);
  });
});

describe('PROOF_MISSPELLING', () => {
  it('flags the listed misspellings, keeping a capital', () => {
    expect(check('chưa thường xuyên cập nhập, nghiên cứu. Bổ xung')).toEqual([
      ['PROOF_MISSPELLING', 'cập nhập', 'cập nhật'],
      ['PROOF_MISSPELLING', 'Bổ xung', 'Bổ sung'],
    ]);
  });
  it('matches whole words only', () => {
    expect(check('cập nhật, tham mưu, nghành nghề')).toEqual([['PROOF_MISSPELLING', 'nghành', 'ngành']]);
  });
});

describe('PROOF_CAPITALISATION', () => {
  it('writes the Party, the Secretariat, the Fatherland and the People as Phụ lục II does', () => {
    expect(check('ngày thành lập Đảng cộng sản Việt Nam')).toEqual([
      ['PROOF_CAPITALISATION', 'Đảng cộng sản Việt Nam', 'Đảng Cộng sản Việt Nam'],
    ]);
    expect(check('của Ban bí thư; bảo vệ an ninh tổ quốc')).toEqual([
      ['PROOF_CAPITALISATION', 'Ban bí thư', 'Ban Bí thư'],
      ['PROOF_CAPITALISATION', 'tổ quốc', 'Tổ quốc'],
    ]);
    expect(check('chăm sóc sức khỏe nhân dân')).toEqual([['PROOF_CAPITALISATION', 'nhân dân', 'Nhân dân']]);
  });
  it('keeps "nhân dân" lower case in the names of bodies, and leaves headings in capitals', () => {
    expect(check('Ủy ban nhân dân huyện, Hội đồng nhân dân, Công an nhân dân, ỦY BAN NHÂN DÂN')).toEqual([]);
    expect(check('Ủy ban Nhân dân huyện')).toEqual([['PROOF_CAPITALISATION', 'Nhân dân', 'nhân dân']]);
  });
  it('writes tết Nguyên đán, Tết alone, the name of a law and a continent', () => {
    expect(check('trước Tết Nguyên Đán, sau tết nguyên đán, về quê ăn tết')).toEqual([
      ['PROOF_CAPITALISATION', 'Nguyên Đán', 'Nguyên đán'],
      ['PROOF_CAPITALISATION', 'nguyên đán', 'Nguyên đán'],
      ['PROOF_CAPITALISATION', 'tết', 'Tết'],
    ]);
    expect(check('vi phạm Luật lâm nghiệp, dịch tả lợn Châu Phi')).toEqual([
      ['PROOF_CAPITALISATION', 'Luật lâm', 'Luật Lâm'],
      ['PROOF_CAPITALISATION', 'Châu Phi', 'châu Phi'],
    ]);
    expect(check('Luật Đất đai, tết Trung thu, dịp Tết')).toEqual([]);
  });
});

describe('PROOF_COMMON_NOUN_CAPITAL and PROOF_CAPITAL_AFTER_SEMICOLON', () => {
  it('flags a listed common noun with a capital in mid-sentence, not at a sentence start or in "Dịch vụ"', () => {
    expect(check('chi trả cho các Tập thể, chống Dịch trên địa bàn')).toEqual([
      ['PROOF_COMMON_NOUN_CAPITAL', 'Tập thể', 'tập thể'],
      ['PROOF_COMMON_NOUN_CAPITAL', 'Dịch', 'dịch'],
    ]);
    expect(check('Doanh nghiệp gặp khó khăn. Tập thể lớp; Trung tâm Dịch vụ nông nghiệp')).toEqual([]);
  });
  it('flags a capital after a semicolon unless it begins a name', () => {
    expect(check('đã trồng; Chăm sóc rừng; Ủy ban nhân dân xã; Ngân hàng Chính sách; UBND xã')).toEqual([
      ['PROOF_CAPITAL_AFTER_SEMICOLON', 'Chăm', 'chăm'],
    ]);
  });
});

describe('PROOF_BULLET_PUNCTUATION', () => {
  const list = (items: string[]) => yamlFile(`l:\n${items.map((i) => `  - ${i}\n`).join('')}`);
  it('flags the entry of a list without the closing punctuation most of its siblings have, at its last word', () => {
    const file = list(['Một.', 'Hai.', 'Ba còn lúng túng', 'Bốn.']);
    const found = proofread([file]);
    expect(found.map((f) => [f.code, f.found, f.suggestion, at(file, f)])).toEqual([['PROOF_BULLET_PUNCTUATION', 'túng', 'túng.', '4:17']]);
  });
  it('leaves lists whose entries mostly have none (Nơi nhận), and lists of two', () => {
    expect(proofread([list(['UBND tỉnh (b/c)', 'Sở Kế hoạch và Đầu tư', 'Lưu: VT.'])])).toEqual([]);
    expect(proofread([list(['Một.', 'Hai'])])).toEqual([]);
  });
});

describe('locations', () => {
  it('point at the line and column of the words inside a folded block scalar', () => {
    const file = yamlFile(
      '# chú thích\nnoi_dung:\n  a: >-\n    Công tác kiểm tra, kiểm soát ô nhiễm môi trường,\n    khoáng sản. tham gia ý kiến được\n    được cách ly\n',
    );
    expect(proofread([file]).map((f) => [f.code, at(file, f), f.text.dataPath.join('.')])).toEqual([
      ['PROOF_LOWERCASE_AFTER_STOP', '5:17', 'noi_dung.a'],
      ['PROOF_DOUBLED_WORD', '6:5', 'noi_dung.a'],
    ]);
  });
  it('point into a literal block, a quoted value with escapes and a list item', () => {
    const file = yamlFile('a: |\n  dòng một\n  trong trong\nb: "\\"x\\" được được"\nc:\n  - \'it\'\'s ma túy....\'\n');
    expect(proofread([file]).map((f) => [f.code, at(file, f)])).toEqual([
      ['PROOF_DOUBLED_WORD', '3:9'],
      ['PROOF_DOUBLED_WORD', '4:16'],
      ['PROOF_DOTS', '6:18'],
    ]);
  });
  it('in a template: the words around expressions, the quoted titles, not the comments', () => {
    const file = templateTexts(
      't.hbs',
      '{{!-- được được: a comment --}}\n{{#section "Tồn tại, Hạn chế"}}\nTổ chức {{qty c.x}} tuyên truyền an ninh tổ quốc.\n{{/section}}\n',
    );
    expect(proofread([file]).map((f) => [f.code, f.found, at(file, f)])).toEqual([
      ['PROOF_COMMON_NOUN_CAPITAL', 'Hạn chế', '2:22'],
      ['PROOF_CAPITALISATION', 'tổ quốc', '3:42'],
    ]);
  });
  it('skip figure references in narrative texts: {id.modifier}', () => {
    expect(check('đạt {lua.pct} {lua.pct} kế hoạch')).toEqual([]);
    expect(check('đạt {lua.pct}. tham gia')).toEqual([['PROOF_LOWERCASE_AFTER_STOP', '. tham', '. Tham']]);
  });
});

describe('proofread-ignore', () => {
  it('on the line above silences the named rule for that line only', () => {
    const file = yamlFile('# proofread-ignore: PROOF_DOUBLED_WORD\na: được được\nb: được được\n');
    expect(proofread([file]).map((f) => at(file, f))).toEqual(['3:9']);
  });
  it('at the end of a line, or above a block scalar with the words quoted, silences just that', () => {
    const file = yamlFile(
      [
        'a: được được # proofread-ignore: PROOF_DOUBLED_WORD',
        'b: tổ quốc # proofread-ignore: PROOF_DOUBLED_WORD',
        '# proofread-ignore: PROOF_DOUBLED_WORD "trong trong"',
        'c: >-',
        '  trong trong tháng',
        '  và được được',
        '',
      ].join('\n'),
    );
    expect(proofread([file]).map((f) => [f.code, at(file, f)])).toEqual([
      ['PROOF_CAPITALISATION', '2:4'],
      ['PROOF_DOUBLED_WORD', '6:11'],
    ]);
  });
  it('in a template, as a Handlebars comment', () => {
    const file = templateTexts('t.hbs', '{{!-- proofread-ignore: PROOF_CAPITALISATION --}}\nan ninh tổ quốc\nan ninh tổ quốc\n');
    expect(proofread([file]).map((f) => at(file, f))).toEqual(['3:9']);
  });
});
