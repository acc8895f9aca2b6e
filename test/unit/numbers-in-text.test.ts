import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typedNumbers } from '../../src/numbers-in-text.js';

const flagged = (text: string) => typedNumbers(text).map((n) => n.text);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8');

describe('typedNumbers', () => {
  it('finds figures typed by hand, with their offsets', () => {
    const text = 'kế hoạch 1.998 ha, đã làm đất được 1.680 ha, đạt 84% kế hoạch; 1.347,19 ha chè; 01 vụ';
    expect(flagged(text)).toEqual(['1.998', '1.680', '84', '1.347,19', '01']);
    const [first] = typedNumbers(text);
    expect(text.slice(first!.start, first!.end)).toBe('1.998');
  });
  it.each([
    ['years and ranges of years', 'năm 2020, giai đoạn 2021 - 2025, nhiệm kỳ 2021-2026, Tết Tân Sửu 2021'],
    ['dates', 'đến 31/12/2020, ngày 03/01/2021, từ ngày 25/01 - 02/02/2021, tháng 01/2021, lúc 7:30, 2021-01-15'],
    ['date parts', 'trong tháng 01, ngày 15, quý 1, tuần 2'],
    ['document numbers', 'Quyết định số 2773/QĐ-UBND ngày 18/12/2020, Kết luận 71-KL/TW, Nghị định 30/2020/NĐ-CP, số 15'],
    ['legal references', 'Điều 5, khoản 2, điểm 3, Chương 4, Nghị quyết 05, Chỉ thị 16, Thông tư 01, Công văn 123'],
    ['ordinals', 'con thứ 3 trở lên, lần 2, đợt 1, khóa 14, kỳ họp thứ 11, modun 2, lớp 1'],
    ['names with digits', 'Covid-19, 4G, F0, Chương trình 135, Quốc lộ 32, Tỉnh lộ 107'],
    ['list numbering', '1. Mở đầu\n2.3. Tiếp\n(4) Mục\n  (5) Mục'],
    ['age categories', 'trẻ em dưới 6 tuổi'],
  ])('leaves out %s', (_what, text) => {
    expect(flagged(text)).toEqual([]);
  });
  it('still counts what those rules could hide', () => {
    expect(
      typedNumbers('tổng số 231 dự án; 389 hộ/1.709 khẩu; 229/231 dự án; 2020 hộ; 1.680ha; Viễn Thông:131 thuê bao', [], ['ha', 'hộ']).map(
        (n) => n.text,
      ),
    ).toEqual(['231', '389', '1.709', '229/231', '2020', '1.680ha', '131']);
  });
  it('does not look inside the skipped ranges (the references)', () => {
    const text = 'đạt {x.pctPlan.0} kế hoạch, 12 ha';
    expect(typedNumbers(text, [{ start: 4, end: 17 }]).map((n) => n.text)).toEqual(['12']);
  });

  // the whole published report: every figure it types is found, and nothing else
  it('flags in the seed report exactly its figures (README: "Số viết tay trong lời văn")', () => {
    const seed = fixture('2021-01.txt').normalize('NFC');
    const found = seed.split('\n').flatMap((line) => typedNumbers(line).map((n) => n.text));
    const facts = JSON.parse(fixture('2021-01-facts.json')) as { text: string; unit: string }[];
    // years, months, dates and document numbers are not figures; two ordinals, an age and a number in words are
    // judged not to be either (modun 2, con thứ 3, dưới 6 tuổi, "một vụ")
    const notFigures = new Set(['year', 'month', 'date', 'docref', 'ordinal', 'tuổi']);
    const figures = facts.filter((f) => !notFigures.has(f.unit) && /\d/.test(f.text)).map((f) => f.text.replace(/%$/, ''));
    // the two ratios "229/231" and "15/109" are one token each, two facts each
    const tokens = found.flatMap((t) => t.split('/'));
    expect(tokens.sort()).toEqual(figures.sort());
    expect(found).toHaveLength(124);
  });
});
