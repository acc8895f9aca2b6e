import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/validate.js';
import { sectorSchema } from '../../src/sector-schema.js';
import { sourceOf } from '../support/sources.js';
import { registry } from '../support/office.js';

const labour = registry.sector('labour')!;

const LABOUR_FIGURES = new Map(Object.entries(labour.indicators));
const codesFor = (chiTieu: Record<string, string>) => {
  const all = { ...Object.fromEntries(Object.keys(labour.indicators).map((id) => [id, '1'])), ...chiTieu };
  const texts = [
    ...Object.keys(labour.texts).map((k) => `  ${k}: x`),
    ...Object.keys(labour.lists ?? {}).map((k) => `  ${k}:\n    - x`),
  ].join('\n');
  const yaml = `chi_tieu:\n${Object.entries(all)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\nnoi_dung:\n${texts}\n`;
  return validateSource(sourceOf('data/2021-01/labour.yaml', yaml), sectorSchema(labour), LABOUR_FIGURES).problems.map((p) => [
    p.code,
    p.severity,
    p.dataPath.join('.'),
  ]);
};

describe('the thousands trap in decimal fields', () => {
  it('leaves a three-decimal value alone in a field declared with three decimals (30,675 tấn)', () => {
    expect(codesFor({ cuu_doi_luong_thuc: '30.675' })).toEqual([]);
  });
  it('refuses it in a field declared with fewer decimals (341,8 triệu đồng written 341.800)', () => {
    expect(codesFor({ thieu_doi_kinh_phi: '341.800' })).toEqual([['VALIDATE_THOUSANDS_SEPARATOR', 'error', 'chi_tieu.thieu_doi_kinh_phi']]);
  });
  it('still refuses it in a count field', () => {
    expect(codesFor({ thieu_doi_khau: '1.709' })).toEqual([['VALIDATE_THOUSANDS_SEPARATOR', 'error', 'chi_tieu.thieu_doi_khau']]);
  });
});
