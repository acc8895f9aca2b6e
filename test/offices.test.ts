/**
 * The engine on offices other than Than Uyên: two fixture offices (a province with two sectors and 1. → 1.1. → a.
 * numbering, unpadded; a department with one sector, I. → 1. → a) and "05"), and `report new` / `new-sector`.
 * Their reports are goldens beside them (test/fixtures/offices/<office>/expected/).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    expect(md).toContain('ghi nhận 3 người mắc sốt xuất huyết');
    expect(md).toContain('**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**');
    expect(md).toContain('| **II** | **VĂN HÓA - XÃ HỘI** |');
  });

  it('a department: one sector of its own, numbering I. → 1., small figures zero-padded, a parent agency', async () => {
    const md = await buildMay(fixture('so-mau'));
    await expect(md).toMatchFileSnapshot(join(fixture('so-mau'), 'expected', 'report-2024-05.md'));
    expect(headings(md)).toEqual(['Phần thứ nhất', 'I. Sản xuất công nghiệp', '1. Kết quả trong tháng', 'Phụ lục']);
    expect(md).toContain('Trong tháng có 05 cơ sở thành lập mới');
    expect(md).toContain('UBND TỈNH MẪU<br>**SỞ CÔNG THƯƠNG**');
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
