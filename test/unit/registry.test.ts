/**
 * The registry built from an office's definition files: the shipped office loads, and every way a definition can
 * contradict another is reported at once, located in the file that makes it (src/registry.ts, src/load-definitions.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportError } from '../../src/errors.js';
import { loadRegistry } from '../../src/load-definitions.js';
import { registry } from '../support/office.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A schemas/ folder with these files (path → text), loaded. */
function load(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'report-defs-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'sectors'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, result: loadRegistry(dir) };
}
const problems = (r: ReturnType<typeof load>) =>
  (r.result.ok ? [] : r.result.errors).map(
    (e) => `${e.file!.slice(r.dir.length + 1)}:${e.line}:${e.column} ${e.code} ${e.dataPath.join('.')}`,
  );

const OFFICE = [
  'sectors: [farm, social]',
  'groups: [economy, society]',
  'units: [ha, con, hộ, "%"]',
  // the office's words: a new office has them from `report new`, never from the engine
  'placeholders: { noData: "-", noPlan: "-" }',
  'partNames: [Phần thứ nhất]',
  'appendixName: Phụ lục',
  'comparison: { increase: tăng, decrease: giảm, unchanged: không đổi, against: { cung_ky: so với cùng kỳ năm trước } }',
  '',
].join('\n');
const FARM = `title: Nông nghiệp
department: farm
group: economy
planTargets:
  lua: { label: Kế hoạch lúa, unit: ha, kind: amount, decimals: 2 }
indicators:
  lua_cay: { label: Lúa gieo cấy, unit: ha, kind: amount, decimals: 2, accumulate: stock, plan: lua, appendix: true }
  dan_trau: { label: Đàn trâu, unit: con, kind: count, accumulate: stock }
texts:
  chi_dao: Chỉ đạo sản xuất
rules:
  - { kind: atMost, part: lua_cay, whole: lua }
`;
const SOCIAL = `title: Xã hội
department: social
group: society
indicators:
  ho: { label: Số hộ, unit: hộ, kind: count, accumulate: stock }
  ho_ngheo: { label: Hộ nghèo, unit: hộ, kind: count, accumulate: stock }
  ty_le: { label: Tỷ lệ hộ nghèo, unit: "%", kind: amount, decimals: 2, accumulate: rate, ratio: { numerator: ho_ngheo, denominator: ho } }
texts: {}
`;

describe('the shipped office (Than Uyên)', () => {
  it('loads with its sectors in report order and every indicator once', () => {
    expect(registry.sectors[0]!.id).toBe('agriculture');
    expect(registry.sectors.at(-1)!.id).toBe('priorities');
    expect(registry.indicators.get('dan_so_ty_le_con_thu_ba')).toMatchObject({ accumulate: 'rate', sector: 'health' });
    expect(registry.planTargets.get('thu_ngan_sach')?.unit).toBe('triệu đồng');
    expect(registry.sector('health')?.group).toBe('society');
  });
  it("builds a sector's zod schema once, when first asked", () => {
    expect(registry.sectorSchema('health')).toBe(registry.sectorSchema('health'));
  });
});

describe('an office of two sectors', () => {
  it('loads: indicators in report order, rates computed from declared parts', () => {
    const r = load({ 'office.yaml': OFFICE, 'sectors/farm.yaml': FARM, 'sectors/social.yaml': SOCIAL });
    expect(problems(r)).toEqual([]);
    if (!r.result.ok) return;
    expect([...r.result.value.indicators.keys()]).toEqual(['lua_cay', 'dan_trau', 'ho', 'ho_ngheo', 'ty_le']);
    expect(r.result.value.settings.groups).toEqual(['economy', 'society']);
  });

  it('locates a malformed definition like a data file: line, column, path', () => {
    const r = load({
      'office.yaml': OFFICE,
      'sectors/farm.yaml': FARM.replace('kind: count', 'kind: number'),
      'sectors/social.yaml': SOCIAL.replace('title: Xã hội\n', ''),
    });
    expect(problems(r)).toEqual([
      'sectors/farm.yaml:8:43 VALIDATE_CHOICE indicators.dan_trau.kind',
      'sectors/social.yaml:1:1 VALIDATE_REQUIRED title',
    ]);
  });

  it('reports every reference that does not resolve, at the reference', () => {
    const farm = FARM.replace('plan: lua,', 'plan: lua_mua,')
      .replace('unit: con', 'unit: bò')
      .replace('group: economy', 'group: kinh_te')
      .replace('whole: lua }', 'whole: lua_xuan }');
    const r = load({
      'office.yaml': OFFICE.replace('[farm, social]', '[farm, social, health]'),
      'sectors/farm.yaml': farm,
      'sectors/social.yaml': SOCIAL,
    });
    expect(problems(r)).toEqual([
      'office.yaml:1:25 DEFINITION_UNKNOWN_ID sectors.2',
      'sectors/farm.yaml:8:32 DEFINITION_UNKNOWN_ID indicators.dan_trau.unit',
      'sectors/farm.yaml:3:1 DEFINITION_UNKNOWN_ID group',
      'sectors/farm.yaml:7:91 DEFINITION_UNKNOWN_ID indicators.lua_cay.plan',
      'sectors/farm.yaml:12:36 DEFINITION_UNKNOWN_ID rules.0.whole',
    ]);
  });

  it('refuses contradictions: a rate without a ratio or over a rate, a plan in another unit, a count with decimals, ids twice', () => {
    const farm = FARM.replace(
      'unit: ha, kind: amount, decimals: 2, accumulate: stock',
      'unit: con, kind: count, decimals: 1, accumulate: stock',
    ).replace('dan_trau:', 'ho:');
    const social =
      SOCIAL.replace(', ratio: { numerator: ho_ngheo, denominator: ho }', '') +
      '  ty_le_2: { label: X, unit: "%", kind: amount, accumulate: rate, ratio: { numerator: ty_le, denominator: ho } }\n';
    const r = load({
      'office.yaml': OFFICE,
      'sectors/farm.yaml': farm,
      'sectors/social.yaml': social.replace('texts: {}\n', '') + 'texts: {}\n',
    });
    const codes = (r.result.ok ? [] : r.result.errors).map(
      (e: ReportError) => `${e.code} ${e.params['problem'] ?? e.params['kind']} ${e.params['id']}`,
    );
    expect(codes).toEqual([
      'DEFINITION_INCONSISTENT countDecimals lua_cay',
      'DEFINITION_DUPLICATE_ID indicator ho',
      'DEFINITION_INCONSISTENT planUnit lua_cay',
      'DEFINITION_INCONSISTENT rateWithoutRatio ty_le',
      'DEFINITION_INCONSISTENT ratioOverRate ty_le',
    ]);
  });

  it("checks a stated change (kind: change): a baseline the office declares, never added up, planned or a rate's part", () => {
    const change = (id: string, rest: string) => `  ${id}: { label: Giảm, unit: "%", kind: change, decimals: 2, ${rest} }\n`;
    const social = SOCIAL.replace('texts: {}\n', '').replace('numerator: ho_ngheo', 'numerator: da_neu');
    const r = load({
      'office.yaml': OFFICE,
      'sectors/farm.yaml': FARM,
      'sectors/social.yaml': `${social}${change('da_neu', 'accumulate: stock, against: cung_ky')}${change('khong_moc', 'accumulate: stock')}${change(
        'moc_la',
        'accumulate: stock, against: nam_truoc',
      )}${change('cong_don', 'accumulate: flow, against: cung_ky, plan: lua')}  ho_moc: { label: Hộ, unit: hộ, kind: count, accumulate: stock, against: cung_ky }\ntexts: {}\n`,
    });
    expect(problems(r)).toEqual([
      'sectors/social.yaml:7:100 DEFINITION_INCONSISTENT indicators.ty_le.ratio.numerator',
      'sectors/social.yaml:9:40 DEFINITION_INCONSISTENT indicators.khong_moc.kind',
      'sectors/social.yaml:10:83 DEFINITION_UNKNOWN_ID indicators.moc_la.against',
      // a plan of another unit, and a plan at all
      'sectors/social.yaml:11:102 DEFINITION_INCONSISTENT indicators.cong_don.plan',
      'sectors/social.yaml:11:66 DEFINITION_INCONSISTENT indicators.cong_don.accumulate',
      'sectors/social.yaml:11:102 DEFINITION_INCONSISTENT indicators.cong_don.plan',
      'sectors/social.yaml:12:66 DEFINITION_INCONSISTENT indicators.ho_moc.against',
    ]);
  });

  it('refuses a figure named like a date of the report that texts name ({nam}, {thang}…): no text could reference it', () => {
    const r = load({ 'office.yaml': OFFICE, 'sectors/farm.yaml': FARM.replace('dan_trau:', 'nam:'), 'sectors/social.yaml': SOCIAL });
    expect(problems(r)).toEqual(['sectors/farm.yaml:8:3 DEFINITION_INCONSISTENT indicators.nam']);
  });

  it("names, in office.yaml, a required sector or an optional indicator it doesn't declare", () => {
    const r = load({
      'office.yaml': `${OFFICE}requiredSectors: [farm, health]\noptionalIndicators: [dan_trau, dan_bo]\n`,
      'sectors/farm.yaml': FARM,
      'sectors/social.yaml': SOCIAL,
    });
    expect(problems(r)).toEqual([
      'office.yaml:8:25 DEFINITION_UNKNOWN_ID requiredSectors.1',
      'office.yaml:9:32 DEFINITION_UNKNOWN_ID optionalIndicators.1',
    ]);
  });

  it('refuses a definition file the office does not list, and a sector listed twice', () => {
    const r = load({
      'office.yaml': OFFICE.replace('[farm, social]', '[farm, farm]'),
      'sectors/farm.yaml': FARM,
      'sectors/social.yaml': SOCIAL,
    });
    expect(problems(r)).toEqual([
      'office.yaml:1:17 DEFINITION_DUPLICATE_ID sectors.1',
      'sectors/social.yaml:1:1 DEFINITION_SECTOR_UNLISTED ',
    ]);
  });

  it('is a usage error without office.yaml', () => {
    expect(() => load({ 'sectors/farm.yaml': FARM })).toThrow(expect.objectContaining({ code: 'DEFINITION_OFFICE_MISSING' }));
  });
});

describe('registries reused across runs of one process', () => {
  it('reuses the registry of the same files, and reads again after an edit', () => {
    const known = new Map();
    const r = load({ 'office.yaml': OFFICE, 'sectors/farm.yaml': FARM, 'sectors/social.yaml': SOCIAL });
    const first = loadRegistry(r.dir, known);
    expect(loadRegistry(r.dir, known)).toBe(first);
    writeFileSync(join(r.dir, 'sectors', 'farm.yaml'), FARM.replace('Đàn trâu', 'Đàn trâu bò'));
    const edited = loadRegistry(r.dir, known);
    expect(edited).not.toBe(first);
    expect(edited.ok && edited.value.indicators.get('dan_trau')?.label).toBe('Đàn trâu bò');
  });
});
