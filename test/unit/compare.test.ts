/** compareMonths (pure) and the three diff writers. */
import { describe, expect, it } from 'vitest';
import type { District, Plan, ReportMeta } from '../../src/data-schemas.js';
import type { SectorData } from '../../src/sector-schema.js';
import { aggregateMonth } from '../../src/aggregate.js';
import { compareMonths, type DiffSide } from '../../src/compare.js';
import type { Month } from '../../src/model.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../src/render-diff.js';
import { registry } from '../support/office.js';

const plan: Plan = { nam: 2021, chi_tieu: { thu_ngan_sach: 50600, lua_dong_xuan: 1998 } };
const report = (so: number | null): ReportMeta => ({ so, ngay_ban_hanh: null, ngay_chot_so_lieu: '2021-01-15', mo_dau: 'Mở đầu.' });

function side(
  m: number,
  sectors: Record<string, SectorData>,
  options: { revision?: string; history?: Month[]; so?: number | null } = {},
): DiffSide {
  const month: Month = { period: { year: 2021, month: m }, report: report(options.so ?? null), sectors };
  return {
    model: aggregateMonth(registry, { month, district: {} as District, plan, history: options.history ?? [], sources: new Map() }),
    revision: options.revision ?? null,
  };
}

const agri = (lamDat: number, gietMo: number, text = 'Chỉ đạo.'): SectorData => ({
  chi_tieu: { lua_dong_xuan_lam_dat: lamDat, giet_mo_gia_suc: gietMo, dan_gia_suc: 41108 },
  noi_dung: { chi_dao_chung: 'Chỉ đạo chung.', doan_van: [text, 'Mô hình.'] },
});

describe('compareMonths', () => {
  const a = side(1, { agriculture: agri(1680, 512), finance: { chi_tieu: { thu_ngan_sach: 0 } } });
  const b = side(2, {
    agriculture: agri(1998, 1034, 'Gieo cấy.'),
    health: { chi_tieu: { dan_so_tre_sinh: 91, dan_so_tre_sinh_con_thu_ba: 11 } },
  });
  const diff = compareMonths(registry, a, b);
  const get = (id: string) => diff.indicators.find((i) => i.id === id);

  it('lists every indicator present on either side, in registry order, with both values and the change', () => {
    expect(diff.indicators.map((i) => i.id)).toEqual([
      'lua_dong_xuan_lam_dat',
      'dan_gia_suc',
      'giet_mo_gia_suc',
      'thu_ngan_sach',
      'dan_so_tre_sinh',
      'dan_so_tre_sinh_con_thu_ba',
      'dan_so_ty_le_con_thu_ba',
    ]);
    expect(get('giet_mo_gia_suc')).toMatchObject({ from: 512, to: 1034, change: 522, status: 'changed', revised: false });
    expect(get('giet_mo_gia_suc')!.pctChange).toBeCloseTo((522 / 512) * 100, 3);
    expect(get('dan_gia_suc')).toMatchObject({ from: 41108, to: 41108, change: 0, pctChange: 0, status: 'unchanged' });
  });

  it('marks indicators added and removed, with no change or percentage to invent', () => {
    expect(get('thu_ngan_sach')).toMatchObject({ from: 0, to: null, change: null, pctChange: null, status: 'removed' });
    expect(get('dan_so_tre_sinh')).toMatchObject({ from: null, to: 91, status: 'added' });
    expect(get('dan_so_ty_le_con_thu_ba')!.to).toBeCloseTo((11 / 91) * 100, 3);
  });

  it('gives no percentage change from zero (never Infinity)', () => {
    const fromZero = compareMonths(registry, side(1, { agriculture: agri(1680, 0) }), side(2, { agriculture: agri(1680, 5) }));
    expect(fromZero.indicators.find((i) => i.id === 'giet_mo_gia_suc')).toMatchObject({ from: 0, to: 5, change: 5, pctChange: null });
  });

  it('reports a figure that reaches its plan, and one that falls below it', () => {
    expect(get('lua_dong_xuan_lam_dat')).toMatchObject({ toPctPlan: 100, planCrossing: 'reached' });
    expect(compareMonths(registry, b, a).indicators.find((i) => i.id === 'lua_dong_xuan_lam_dat')!.planCrossing).toBe('dropped');
  });

  it('lists the narrative sections that changed', () => {
    expect(diff.sections.map((s) => [s.sector, s.key, s.status])).toEqual([['agriculture', 'doan_van', 'changed']]);
    expect(diff.summary).toEqual({ changed: 2, unchanged: 1, added: 3, removed: 1, revised: 0, planCrossings: 1, sectionsChanged: 1 });
  });

  it('treats every change of one month between two revisions as a revision, and says whether that month was issued', () => {
    const before = side(1, { agriculture: agri(1680, 512) }, { revision: 'HEAD~1', so: 15 });
    const after = side(1, { agriculture: agri(1680, 520) });
    const revised = compareMonths(registry, before, after);
    expect([revised.sameMonth, revised.issued, revised.summary.revised]).toEqual([true, true, 1]);
    expect(revised.indicators.filter((i) => i.revised).map((i) => i.id)).toEqual(['giet_mo_gia_suc']);
    expect(compareMonths(registry, side(1, { agriculture: agri(1680, 512) }, { revision: 'HEAD~1' }), after).issued).toBe(false);
  });
});

describe('diff writers', () => {
  const a = side(1, { agriculture: agri(1680, 512) });
  const b = side(2, { agriculture: agri(1998, 1034, 'Gieo cấy.') });
  const diff = compareMonths(registry, a, b);

  it('aligns the text columns and colours only when asked', () => {
    const plain = formatDiffText(diff, 'vi', false);
    expect(plain).not.toMatch(/\u001b\[/);
    const lines = plain.split('\n');
    const head = lines.find((l) => l.startsWith('Chỉ tiêu'))!;
    const row = lines.find((l) => l.startsWith('Gia súc được kiểm soát giết mổ'))!;
    // right-aligned numbers end under the end of their header
    expect(row.indexOf('1.034') + '1.034'.length).toBe(head.indexOf('2021-02') + '2021-02'.length);
    expect(row).toContain('+522');
    expect(lines.find((l) => l.startsWith('Diện tích làm đất'))).toContain('đạt kế hoạch');
    expect(plain).toContain('1 chỉ tiêu không đổi.');
    expect(plain).toContain('sửa  Nông nghiệp › Lời văn của ngành (mỗi mục một đoạn)');
    expect(formatDiffText(diff, 'vi', true)).toMatch(/\u001b\[/);
    expect(formatDiffText(diff, 'en', false)).toContain('plan reached');
  });

  it('writes a Markdown table for a pull-request comment', () => {
    const md = formatDiffMarkdown(diff, 'vi');
    expect(md).toContain('| Chỉ tiêu | Đơn vị | 2021-01 | 2021-02 | Thay đổi | % | Ghi chú |');
    expect(md).toContain('| --- | --- | ---: | ---: | ---: | ---: | --- |');
    expect(md).toMatch(/^\| Gia súc được kiểm soát giết mổ \| gia súc \| 512 \| 1\.034 \| \+522 \| \+102% \|/m);
  });

  it('writes JSON with the documented fields, the same text for the same input', () => {
    const json = formatDiffJson(diff);
    expect(json).toBe(formatDiffJson(compareMonths(registry, a, b)));
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['from', 'to', 'sameMonth', 'issued', 'indicators', 'sections', 'summary']);
    expect(Object.keys((parsed['indicators'] as object[])[0]!)).toEqual([
      'id',
      'sector',
      'label',
      'unit',
      'decimals',
      'from',
      'to',
      'change',
      'pctChange',
      'fromYtd',
      'toYtd',
      'fromPctPlan',
      'toPctPlan',
      'planCrossing',
      'status',
      'revised',
      'fromStatement',
      'toStatement',
    ]);
  });
});
