import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/rules.js';
import { toJson } from '../../src/format-error.js';
import { JANUARY, monthOf } from '../support/sources.js';
import { registry } from '../support/office.js';

/** The rule diagnostics of a January made of these sector files (YAML text), without a plan. */
const check = (files: Record<string, string>) => {
  const { month, sources } = monthOf(JANUARY, files);
  return checkRules(registry, month, sources, null);
};

describe('rules of the social, defence and government sectors (I.2-I.4)', () => {
  const health = (total: number, poor: number, children: number) =>
    `chi_tieu:\n  dan_so_ho: 14408\n  y_te_kham_benh: ${total}\n  y_te_kham_benh_nguoi_ngheo: ${poor}\n  y_te_kham_benh_tre_em: ${children}\n`;

  it('accepts an open sum whose itemised parts stay below the total (the rest is "các loại hình khám bệnh khác")', () => {
    expect(check({ health: health(10084, 5502, 1569) })).toEqual([]);
    expect(check({ health: health(7071, 5502, 1569) })).toEqual([]);
  });

  it('refuses an open sum whose parts exceed the total, at the total', () => {
    const problems = check({ health: health(7070, 5502, 1569) });
    expect(problems.map((p) => [p.code, p.severity, p.line, p.params['sum']])).toEqual([
      ['VALIDATE_PARTS_EXCEED_TOTAL', 'error', 3, '7.071 lượt người'],
    ]);
  });

  it('keeps a closed sum strict: bulletins that do not add up to the programmes are an error', () => {
    const culture = (total: number) =>
      `chi_tieu:\n  chuong_trinh_phat_thanh_truyen_hinh: ${total}\n  ban_tin_truyen_hinh: 3\n  ban_tin_phat_thanh_tieng_viet: 5\n  ban_tin_phat_thanh_tieng_thai: 2\n`;
    expect(check({ culture: culture(10) })).toEqual([]);
    expect(check({ culture: culture(11) }).map((p) => p.code)).toEqual(['VALIDATE_SUM_MISMATCH']);
  });

  it('warns that the stated poverty rates do not follow from the district household total of Y tế - Dân số', () => {
    const labour =
      'chi_tieu:\n  giam_ngheo_ho_ngheo: 1548\n  giam_ngheo_ty_le_ho_ngheo: 10.81\n  giam_ngheo_ho_can_ngheo: 1503\n  giam_ngheo_ty_le_ho_can_ngheo: 10.50\n';
    const problems = check({ labour, health: health(10084, 5502, 1569) });
    expect(problems.map((p) => [p.code, p.severity, p.file, p.params['stated'], p.params['computed']])).toEqual([
      ['VALIDATE_RATE_MISMATCH', 'warning', 'data/2021-01/labour.yaml', '10,81%', '10,74%'],
      ['VALIDATE_RATE_MISMATCH', 'warning', 'data/2021-01/labour.yaml', '10,50%', '10,43%'],
    ]);
    // rates that do follow from the base pass; without the base (no health file) nothing can be said
    const consistent =
      'chi_tieu:\n  giam_ngheo_ho_ngheo: 1548\n  giam_ngheo_ty_le_ho_ngheo: 10.74\n  giam_ngheo_ho_can_ngheo: 1503\n  giam_ngheo_ty_le_ho_can_ngheo: 10.43\n';
    expect(check({ labour: consistent, health: health(10084, 5502, 1569) })).toEqual([]);
    expect(check({ labour })).toEqual([]);
  });

  it('a stated 0% against a non-zero count names no implied base (the fast-check property found an Infinity here)', () => {
    const labour = 'chi_tieu:\n  giam_ngheo_ho_can_ngheo: 1503\n  giam_ngheo_ty_le_ho_can_ngheo: 0\n';
    const problems = check({ labour, health: health(10084, 5502, 1569) });
    expect(problems.map((p) => [p.code, p.params['stated'], p.params['impliedBase']])).toEqual([
      ['VALIDATE_RATE_MISMATCH', '0%', undefined],
    ]);
    expect(toJson(problems[0]!, 'vi').hint).toContain('tử số bằng 0');
  });

  it('refuses more traffic fines than recorded violations, and more letters settled than received', () => {
    const security = (fined: number) => `chi_tieu:\n  giao_thong_vi_pham: 54\n  giao_thong_xu_phat: ${fined}\n`;
    expect(check({ security: security(49) })).toEqual([]);
    expect(check({ security: security(55) }).map((p) => p.code)).toEqual(['VALIDATE_PART_EXCEEDS_WHOLE']);
    const letters = (received: number) => `chi_tieu:\n  don_tiep_nhan: ${received}\n  don_da_giai_quyet: 3\n  don_dang_giai_quyet: 5\n`;
    expect(check({ 'inspection-justice': letters(8) })).toEqual([]);
    expect(check({ 'inspection-justice': letters(9) }).map((p) => p.code)).toEqual(['VALIDATE_SUM_MISMATCH']);
  });
});
