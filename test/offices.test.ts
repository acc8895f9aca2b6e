/**
 * The engine on offices other than Than Uyên: two fixture offices (a province with two sectors and 1. → 1.1. → a.
 * numbering, unpadded; a department with one sector, I. → 1. → a) and "05"), and `report new` / `new-sector`.
 * Their reports are goldens beside them (test/fixtures/offices/<office>/expected/).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { ROOT } from './support/workspace.js';

const tmp = mkdtempSync(join(tmpdir(), 'report-offices-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'offices', name);

/** Build May 2024 of an office folder (Markdown only) into a fresh folder; the report's text. */
async function buildMay(root: string): Promise<string> {
  const out = mkdtempSync(join(tmp, 'out-'));
  const r = await runCli(['--root', root, 'build', '2024-05', '--format', 'md', '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(join(out, 'report-2024-05.md'), 'utf8');
}
/** A copy of a fixture office to change: its folder, and an editor of its files (path relative to the copy). */
function copyOf(name: string, from = 'tinh-mau'): { root: string; edit: (file: string, change: (text: string) => string) => void } {
  const root = join(tmp, name);
  cpSync(fixture(from), root, { recursive: true });
  return { root, edit: (file, change) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8'))) };
}
const headings = (md: string) =>
  md
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .map((l) => l.replace(/^#+ /, ''));

describe('fixture offices', () => {
  it('a province: its own sectors, numbering 1. → 1.1., no zero-padding, a signer without "TM."', async () => {
    const md = await buildMay(fixture('tinh-mau'));
    await expect(md).toMatchFileSnapshot(join(fixture('tinh-mau'), 'expected', 'report-2024-05.md'));
    expect(headings(md)).toEqual([
      'Phần thứ nhất',
      '1. Về phát triển kinh tế',
      '1.1. Nông nghiệp',
      '2. Về văn hóa - xã hội',
      '2.1. Y tế',
      'Phụ lục',
    ]);
    expect(md).toContain('ghi nhận 3 người mắc sốt xuất huyết, so với cùng kỳ năm trước giảm 15,31%.');
    expect(md).toContain('**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**');
    expect(md).toContain('| **II** | **VĂN HÓA - XÃ HỘI** |');
  });

  it('a department: one sector of its own, numbering I. → 1., small figures zero-padded, a parent agency, its part names, a preamble', async () => {
    const md = await buildMay(fixture('so-mau'));
    await expect(md).toMatchFileSnapshot(join(fixture('so-mau'), 'expected', 'report-2024-05.md'));
    expect(headings(md)).toEqual(['PHẦN I', 'I. Sản xuất công nghiệp', '1. Kết quả trong tháng', 'Phụ lục']);
    expect(md).toContain(
      '**Tình hình kinh tế - xã hội tháng 05 năm 2024**\n\nKính gửi Ủy ban nhân dân tỉnh Mẫu, Sở Công Thương báo cáo tình hình sản xuất công nghiệp',
    );
    expect(md).toContain('Trong tháng có 05 cơ sở thành lập mới');
    expect(md).toContain('UBND TỈNH MẪU<br>**SỞ CÔNG THƯƠNG**');
  });

  it("a month's report.yaml replaces the office's title and preamble (tieu_de, loi_dau); a title's placeholders are filled", async () => {
    const { root: copy, edit } = copyOf('tinh-tieu-de');
    const extra = [
      'tieu_de: Tình hình kinh tế - xã hội 5 tháng đầu năm {nam} (so với năm {nam_truoc}), nhiệm vụ tháng {thang_sau}/{nam_thang_sau}',
      'loi_dau:',
      '  - Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Văn phòng tổng hợp báo cáo như sau.',
    ].join('\n');
    edit('data/2024-05/report.yaml', (text) => `${text}${extra}\n`);
    const md = await buildMay(copy);
    expect(md).toContain(
      '**Tình hình kinh tế - xã hội 5 tháng đầu năm 2024 (so với năm 2023), nhiệm vụ tháng 06/2024**\n\n' +
        'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Văn phòng tổng hợp báo cáo như sau.\n\n# Phần thứ nhất',
    );
    expect(md).not.toContain('Tình hình kinh tế - xã hội tháng 05 năm 2024');
  });

  it('a title with a placeholder the engine does not fill is a located error, in the settings or the month', async () => {
    const { root: copy, edit } = copyOf('tinh-cho-dien');
    edit('schemas/office.yaml', (text) => text.replace('năm {nam}', 'năm {year}'));
    const r = await runCli(['--root', copy, 'check', '2024-05']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/schemas\/office\.yaml:\d+:\d+ +title .*VALIDATE_VALUE.*\{year\}/);
  });

  it("a part beyond the office's part names is RENDER_PART_UNNAMED, naming the part", async () => {
    const { root: copy, edit } = copyOf('tinh-phan');
    edit('schemas/office.yaml', (text) =>
      text.replace('partNames: [Phần thứ nhất, Phần thứ hai, Phần thứ ba]', 'partNames: [Phần thứ nhất]'),
    );
    edit('templates/report.hbs', (text) => text.replace('{{#appendix', '{{#part "NHIỆM VỤ"}}Tiếp tục.{{/part}}\n{{#appendix'));
    const r = await runCli(['--root', copy, 'check', '2024-05']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('RENDER_PART_UNNAMED');
    expect(r.stderr).toContain('phần thứ 2 ("NHIỆM VỤ")');
  });

  it('the signature is a setting: with "TM." for a collective body, "KT." for a deputy, both, or neither', async () => {
    const { root: copy } = copyOf('tinh-ky');
    const district = join(copy, 'data', 'district.yaml');
    const original = readFileSync(district, 'utf8');
    writeFileSync(district, original.replace('  ky_thay: CHỦ TỊCH\n', '  thay_mat: ỦY BAN NHÂN DÂN\n  ky_thay: CHỦ TỊCH\n'));
    expect(await buildMay(copy)).toContain(
      '| **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br><br>**Họ và tên người ký** |',
    );
    writeFileSync(district, original.replace('  ky_thay: CHỦ TỊCH\n', '').replace('PHÓ CHỦ TỊCH', 'CHỦ TỊCH'));
    expect(await buildMay(copy)).toContain('| **CHỦ TỊCH**<br><br><br><br>**Họ và tên người ký** |');
  });

  it('a district.yaml of the former shape names each replaced key with its replacement', async () => {
    const { root: copy, edit } = copyOf('tinh-cu');
    edit('data/district.yaml', (text) =>
      text
        .replace('ten_co_quan: UBND tỉnh Mẫu', 'ten_huyen: Mẫu')
        .replace('dia_ban: tỉnh Mẫu', 'tinh: Mẫu')
        .replace('  ky_thay: CHỦ TỊCH', '  tham_quyen: KT. CHỦ TỊCH'),
    );
    const r = await runCli(['--root', copy, 'check', '2024-05']);
    expect(r.code).toBe(1);
    for (const [old, now] of [
      ['ten_huyen', 'ten_co_quan'],
      ['tinh', 'dia_ban'],
      ['nguoi_ky.tham_quyen', 'thay_mat'],
    ] as const)
      expect(r.stderr).toMatch(new RegExp(`district\\.yaml:\\d+:\\d+ +${old.replace('.', '\\.')} +lỗi VALIDATE_UNKNOWN_KEY: .*"${now}"`));
    // the renamed keys are named once, as renamed: not also as missing
    expect(r.stderr).not.toContain('VALIDATE_REQUIRED');
  });

  it('a stated change: diff shows both statements and no value jump; check warns of no jump; its range follows its direction', async () => {
    const { root: copy, edit } = copyOf('tinh-thay-doi');
    cpSync(join(copy, 'data', '2024-05'), join(copy, 'data', '2024-04'), { recursive: true });
    edit('data/2024-04/report.yaml', (text) => text.replace('2024-05-15', '2024-04-15'));
    edit('data/2024-04/y-te.yaml', (text) => text.replace('so_cung_ky: -15.31', 'so_cung_ky: 0.01'));
    const diff = await runCli(['--root', copy, 'diff', '2024-04', '2024-05']);
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stdout).toMatch(
      /Số ca sốt xuất huyết so với cùng kỳ +% +tăng 0,01% so với cùng kỳ năm trước +giảm 15,31% so với cùng kỳ năm trước +- +-\n/,
    );
    const json = JSON.parse((await runCli(['--root', copy, 'diff', '2024-04', '2024-05', '--format', 'json'])).stdout) as {
      indicators: { id: string; change: unknown; pctChange: unknown; status: string; fromStatement: unknown }[];
    };
    expect(json.indicators.find((i) => i.id === 'ca_sot_xuat_huyet_so_cung_ky')).toMatchObject({
      status: 'changed',
      change: null,
      pctChange: null,
      fromStatement: 'tăng 0,01% so với cùng kỳ năm trước',
    });
    // 0,01 → 15,31 is a 1531× jump for a value; for a stated change it is what the source says
    edit('data/2024-05/y-te.yaml', (text) => text.replace('so_cung_ky: -15.31', 'so_cung_ky: 15.31'));
    expect((await runCli(['--root', copy, 'check', '2024-05'])).stderr).not.toContain('VALIDATE_JUMP');
    // a decrease in percent is at most 100%; a change whose label names its direction is a size, never negative
    edit('data/2024-05/y-te.yaml', (text) => text.replace('so_cung_ky: 15.31', 'so_cung_ky: -120'));
    const fall = await runCli(['--root', copy, 'check', '2024-05']);
    expect(fall.stderr).toMatch(/2024-05\/y-te\.yaml:\d+:\d+ +chi_tieu\.ca_sot_xuat_huyet_so_cung_ky +lỗi VALIDATE_OUT_OF_RANGE/);
    edit('data/2024-05/y-te.yaml', (text) => text.replace('so_cung_ky: -120', 'so_cung_ky: -3'));
    edit('schemas/sectors/y-te.yaml', (text) => text.replace('kind: change\n', 'kind: change\n    direction: decrease\n'));
    const signed = await runCli(['--root', copy, 'check', '2024-05']);
    expect(signed.stderr).toMatch(/2024-05\/y-te\.yaml:\d+:\d+ +chi_tieu\.ca_sot_xuat_huyet_so_cung_ky +lỗi VALIDATE_NEGATIVE/);
  });

  it("the office's required sectors and optional indicators: last year's data-only month may be partial", async () => {
    const { root: copy, edit } = copyOf('tinh-bat-buoc');
    const check = (month: string) => runCli(['--root', copy, 'check', month]);
    // a data-only month of last year: the required sector only, without its optional figure… once it has that sector
    mkdirSync(join(copy, 'data', '2023-05'));
    writeFileSync(
      join(copy, 'data', '2023-05', 'y-te.yaml'),
      'chi_tieu:\n  kham_benh: 11000\n  ca_sot_xuat_huyet: 5\nnoi_dung:\n  tinh_hinh: Năm trước.\n',
    );
    const partial = await check('2023-05');
    expect(partial.code).toBe(1);
    expect(partial.stderr).toMatch(/data\/2023-05\/nong-nghiep\.yaml +- +lỗi LOAD_FILE_MISSING/);
    cpSync(join(copy, 'data', '2024-05', 'nong-nghiep.yaml'), join(copy, 'data', '2023-05', 'nong-nghiep.yaml'));
    expect((await check('2023-05')).code).toBe(0);
    // the report month compares with it: the optional figure it lacks is named, its comparison dropped
    const may = await check('2024-05');
    expect(may.code, may.stderr).toBe(0);
    expect(may.stderr).toContain('VALIDATE_OPTIONAL_MISSING: Số ca sốt xuất huyết so với cùng kỳ: tháng 2023-05 không có số liệu');
    // a report month: without a sector it does not require, it builds with that sector's placeholder
    rmSync(join(copy, 'data', '2024-05', 'y-te.yaml'));
    const out = mkdtempSync(join(tmp, 'out-'));
    const built = await runCli(['--root', copy, 'build', '2024-05', '--format', 'md', '--out', out]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain('BUILD_PLACEHOLDER');
    expect(readFileSync(join(out, 'report-2024-05.md'), 'utf8')).toMatch(/# 2\.1\. Y tế\n\n\(chưa có số liệu\)/);
    // without a required one, or with a figure left out that is not optional, it does not
    rmSync(join(copy, 'data', '2024-05', 'nong-nghiep.yaml'));
    expect((await check('2024-05')).stderr).toMatch(/data\/2024-05\/nong-nghiep\.yaml +- +lỗi LOAD_FILE_MISSING/);
    cpSync(join(copy, 'data', '2023-05', 'nong-nghiep.yaml'), join(copy, 'data', '2024-05', 'nong-nghiep.yaml'));
    edit('data/2024-05/nong-nghiep.yaml', (text) => text.replace('  dan_trau_bo: 1200\n', ''));
    expect((await check('2024-05')).stderr).toMatch(/nong-nghiep\.yaml:\d+:\d+ +chi_tieu\.dan_trau_bo +lỗi VALIDATE_REQUIRED/);
  });

  it('their editor schemas are up to date (report schemas --check)', async () => {
    for (const name of ['tinh-mau', 'so-mau']) expect((await runCli(['--root', fixture(name), 'schemas', '--check'])).code, name).toBe(0);
  });
});

describe('report new and report new-sector', () => {
  const office = join(tmp, 'don-vi-moi');

  it('scaffolds an office that checks and builds at once', async () => {
    const r = await runCli(['new', office, '--month', '2024-05']);
    expect(r.code, r.stderr).toBe(0);
    for (const f of [
      'schemas/office.yaml',
      'schemas/sectors/nong-nghiep.yaml',
      'schemas/nong-nghiep.schema.json',
      'data/district.yaml',
      'data/plans/2024.yaml',
      'data/2024-05/report.yaml',
      'data/2024-05/nong-nghiep.yaml',
      'templates/report.hbs',
      'templates/sections/nong-nghiep.hbs',
      '.github/workflows/report.yml',
      'README.md',
    ])
      expect(existsSync(join(office, f)), f).toBe(true);
    const check = await runCli(['--root', office, 'check', '2024-05']);
    expect([check.code, check.stderr]).toEqual([0, '0 lỗi, 0 cảnh báo\n']);
    expect(await buildMay(office)).toContain('Diện tích lúa gieo cấy 950,5 ha, đạt 95% kế hoạch.');
    // issued (the README's last step): its number, signing date and signature, in the Markdown and the DOCX
    const report = join(office, 'data', '2024-05', 'report.yaml');
    writeFileSync(
      report,
      readFileSync(report, 'utf8').replace('so: null', 'so: 12').replace('ngay_ban_hanh: null', 'ngay_ban_hanh: "2024-06-05"'),
    );
    const out = mkdtempSync(join(tmp, 'out-'));
    expect((await runCli(['--root', office, 'build', '2024-05', '--out', out])).code).toBe(0);
    const md = readFileSync(join(out, 'report-2024-05.md'), 'utf8');
    expect(md).toContain('Số: 12/BC-UBND');
    expect(md).toContain('Mẫu, ngày 05 tháng 6 năm 2024');
    expect(md).toContain('**TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br><br><br>**Họ và tên người ký**');
    expect(existsSync(join(out, 'report-2024-05.docx'))).toBe(true);
  });

  it('never overwrites: a second new into the same folder changes nothing and names what it left', async () => {
    const settings = join(office, 'schemas', 'office.yaml');
    writeFileSync(settings, `${readFileSync(settings, 'utf8')}# sửa tay\n`);
    const r = await runCli(['new', office, '--month', '2024-05']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('INIT_FILE_EXISTS');
    expect(readFileSync(settings, 'utf8')).toContain('# sửa tay');
  });

  it('adds a sector: definition, template, data of the latest month, listed in office.yaml; the office still checks', async () => {
    const r = await runCli(['--root', office, 'new-sector', 'thuong-mai', '--title', 'Thương mại, dịch vụ']);
    expect(r.code, r.stderr).toBe(0);
    for (const f of [
      'schemas/sectors/thuong-mai.yaml',
      'schemas/thuong-mai.schema.json',
      'templates/sections/thuong-mai.hbs',
      'data/2024-05/thuong-mai.yaml',
    ])
      expect(existsSync(join(office, f)), f).toBe(true);
    expect(readFileSync(join(office, 'schemas', 'office.yaml'), 'utf8')).toMatch(/- nong-nghiep\n {2}- thuong-mai\n/);
    expect(r.stderr).toContain('{{#section "Thương mại, dịch vụ" sector="thuong-mai"}}');
    expect((await runCli(['--root', office, 'check', '2024-05'])).code).toBe(0);
    const again = await runCli(['--root', office, 'new-sector', 'thuong-mai']);
    expect([again.code, again.stderr]).toEqual([2, expect.stringContaining('đã có ngành "thuong-mai"')]);
  });

  it('a copy of the shipped office builds with --root exactly as the repository does', async () => {
    const copy = join(tmp, 'than-uyen');
    for (const d of ['data', 'templates', 'schemas']) cpSync(join(ROOT, d), join(copy, d), { recursive: true });
    const out = mkdtempSync(join(tmp, 'out-'));
    const r = await runCli(['--root', copy, 'build', '2021-01', '--format', 'md', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'report-2021-01.md'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'test', 'golden', '2021-01', 'report.md'), 'utf8'),
    );
  });
});
