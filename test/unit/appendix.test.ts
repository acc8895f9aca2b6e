/** The appendix table of main indicators: grouping, numbering, cells, and its place in the rendered document. */
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/spans.js';
import type { District, Plan } from '../../src/data-schemas.js';
import { aggregateMonth } from '../../src/aggregate.js';
import { APPENDIX_COLUMNS, appendixRows, indicatorTable, type AppendixLabels } from '../../src/appendix.js';
import type { Section, Table } from '../../src/document.js';
import type { Month } from '../../src/model.js';
import { shippedDocument } from '../support/shipped.js';
import { JANUARY } from '../support/sources.js';
import { registry } from '../support/office.js';

const labels: AppendixLabels = {
  columns: Object.fromEntries(APPENDIX_COLUMNS.map((c) => [c, c.toUpperCase()])) as AppendixLabels['columns'],
  groups: { economy: 'KT', society: 'VHXH', defence: 'QPAN', government: 'CQ' },
  lagging: 'chậm',
  pointInTime: 'thời điểm',
  missing: '-',
  pctDigits: 1,
  markers: { illustrative: '(*)', inferred: '(**)' },
};
const jan: Month = {
  period: { year: 2021, month: 1 },
  report: null,
  sectors: { finance: { chi_tieu: { thu_ngan_sach: 709 } }, agriculture: { chi_tieu: { lua_dong_xuan_lam_dat: 1680 } } },
};
const plan: Plan = { nam: 2021, chi_tieu: { thu_ngan_sach: 50600, lua_dong_xuan: 1998 } };
const model = aggregateMonth(registry, { month: jan, district: {} as District, plan, history: [], sources: new Map() }, { paceMargin: 5 });

describe('indicatorTable', () => {
  const table = indicatorTable(model, labels);
  const row = (label: string) => table.rows.find((r) => plain(r[1]!.text) === label)!.map((c) => plain(c.text));

  it('lists every appendix indicator once, under Roman-numbered group rows, numbered from 1 in each group', () => {
    const expected = [...registry.indicators].filter(([, d]) => d.appendix).length;
    const groupRows = table.rows.filter((r) => r[0]!.bold);
    expect(table.rows.length - groupRows.length).toBe(expected);
    expect(groupRows.map((r) => [plain(r[0]!.text), plain(r[1]!.text)])).toEqual(
      appendixRows(registry).map((g, i) => [['I', 'II', 'III', 'IV'][i], labels.groups[g.group]]),
    );
    // numbering restarts in each group
    const firstAfterGroups = table.rows.flatMap((r, i) => (r[0]!.bold ? [table.rows[i + 1]![0]!.text] : []));
    expect(firstAfterGroups.every((t) => plain(t) === '1')).toBe(true);
    expect(
      appendixRows(registry).every((g) => g.ids.every((id) => registry.sector(registry.indicators.get(id)!.sector)?.group === g.group)),
    ).toBe(true);
    expect(appendixRows(registry).map((g) => g.group)).toEqual(
      registry.settings.groups.filter((g) => appendixRows(registry).some((r) => r.group === g)),
    );
  });

  it('has two header rows: the names from the template and the column numbers with their formulas', () => {
    expect(table.head[0]!.map((c) => plain(c.text))).toEqual(APPENDIX_COLUMNS.map((c) => c.toUpperCase()));
    expect(table.head[1]!.map((c) => plain(c.text))).toEqual([
      '(1)',
      '(2)',
      '(3)',
      '(4)',
      '(5)',
      '(6)',
      '(7)',
      '(8)=(6)/(4)',
      '(9)=(6)/(7)',
      '(10)',
    ]);
  });

  it('writes figures as the body does (no ",00" on a whole value), percentages at the column digits, the missing marker where nothing can be computed', () => {
    // 1,4% of plan after 8,3% of the year, margin 5: lagging
    expect(row('Thu ngân sách trên địa bàn').slice(1)).toEqual([
      'Thu ngân sách trên địa bàn',
      'triệu đồng',
      '50.600',
      '709',
      '709',
      '-',
      '1,4',
      '-',
      'thời điểm; chậm',
    ]);
    expect(row('Diện tích làm đất lúa vụ Đông Xuân')).toEqual([
      '1',
      'Diện tích làm đất lúa vụ Đông Xuân',
      'ha',
      '1.998',
      '1.680',
      '1.680',
      '-',
      '84,1',
      '-',
      'thời điểm',
    ]);
    // a sector absent this month: every figure cell says so; never an empty cell, never 0
    const absent = row('Tổng đàn gia súc');
    expect(absent.slice(3, 9)).toEqual(['-', '-', '-', '-', '-', '-']);
    const figureCells = table.rows.filter((r) => !r[0]!.bold).flatMap((r) => r.slice(3, 9));
    expect(figureCells.every((c) => c.text !== '' && c.align === 'right')).toBe(true);
  });

  it("marks a stock, and a share of one, as a value at a moment: the note says it is not the month's output", () => {
    const herd = aggregateMonth(
      registry,
      {
        month: { ...jan, sectors: { ...jan.sectors, agriculture: { chi_tieu: { dan_gia_suc: 41108, gia_suc_chet_ret: 39 } } } },
        district: {} as District,
        plan,
        history: [],
        sources: new Map(),
      },
      { paceMargin: 5 },
    );
    const t = indicatorTable(herd, labels);
    const note = (label: string) => t.rows.find((r) => plain(r[1]!.text) === label)![9]!.text;
    expect([registry.indicators.get('dan_gia_suc')!.accumulate, note('Tổng đàn gia súc')]).toEqual(['stock', 'thời điểm']);
    expect([registry.indicators.get('gia_suc_chet_ret')!.accumulate, note('Gia súc chết rét')]).toEqual(['flow', '']);
    // revenue to a cut-off date is a stock too; with its pace note, both are joined
    expect(note('Thu ngân sách trên địa bàn')).toBe('thời điểm; chậm');
  });

  it('refuses a group with rows but no title (a template error)', () => {
    expect(() => indicatorTable(model, { ...labels, groups: { economy: 'KT' } })).toThrow(
      expect.objectContaining({ code: 'RENDER_HELPER_HASH_MISSING', params: { helper: 'indicatorTable', key: 'society' } }),
    );
  });
});

describe('the appendix in the rendered report', () => {
  it('follows Phần thứ hai as "Phụ lục", with the reference line and the table', () => {
    const doc = shippedDocument(JANUARY, { paceMargin: 10 });
    const last = doc.body[doc.body.length - 1]!;
    expect([last.kind, last.number, last.title]).toEqual([
      'appendix',
      'Phụ lục',
      'BIỂU MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU THÁNG 01/2021',
    ]);
    expect(doc.body.filter((s) => s.kind === 'part').length).toBe(2);
    const [reference, table] = (last as Section).children;
    expect(reference).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/^\(Kèm theo Báo cáo số\s+\/BC-UBND ngày\s+tháng 01 năm 2021 của UBND huyện Than Uyên\)$/),
    });
    expect(table!.kind).toBe('table');
    expect((table as Table).head[0]!.map((c) => plain(c.text))).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kế hoạch năm 2021',
      'Thực hiện tháng 01/2021',
      'Lũy kế đến tháng 01/2021',
      'Cùng kỳ năm 2020',
      '% so kế hoạch',
      '% so cùng kỳ',
      'Ghi chú',
    ]);
  });
});
