/** `report fix-text`: shows the converted lines and writes nothing; with --write the files come back as shipped. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTree, DATA, TEMPLATES } from '../support/workspace.js';
import { CASES_DIR } from '../support/cases.js';
import { runCli } from '../support/cli.js';

// broken copies of shipped files, from the corpus: VNI text, a Windows-1258 template, invisible characters; each data
// case adds its broken paragraph after the department's, so the fixed file is the shipped one and that paragraph
const shippedWith = (file: string, paragraph: string) => Buffer.from(`${readFileSync(file, 'utf8')}    - ${paragraph}\n`);
const FILES = [
  {
    name: 'agriculture.yaml',
    broken: 'text-legacy-vni/data/2021-01/agriculture.yaml',
    fixed: () =>
      shippedWith(
        join(DATA, '2021-01', 'agriculture.yaml'),
        'chỉ đạo sát sao các xã, thị trấn hướng dẫn Nhân dân phòng, chống rét cho mạ.',
      ),
  },
  {
    name: 'assessment.hbs',
    broken: 'template-windows-1258/templates/sections/assessment.hbs',
    fixed: () => readFileSync(join(TEMPLATES, 'sections', 'assessment.hbs')),
  },
  {
    name: 'finance.yaml',
    broken: 'text-invisible-stripped/data/2021-01/finance.yaml',
    fixed: () => shippedWith(join(DATA, '2021-01', 'finance.yaml'), 'Nhìn chung hoạt động ngân hàng cơ bản ổn định.'),
  },
];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-fix-'));
  for (const f of FILES) cpSync(join(CASES_DIR, f.broken), join(dir, f.name));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const paths = () => FILES.map((f) => join(dir, f.name));

describe('report fix-text', () => {
  it('without --write shows each changed line and changes nothing', async () => {
    const before = fileTree(dir);
    const r = await runCli(['fix-text', ...paths()]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('52+     - chỉ đạo sát sao các xã, thị trấn hướng dẫn Nhân dân phòng, chống rét cho mạ.');
    expect(r.stdout).toContain('assessment.hbs: đọc bằng bảng mã Windows-1258, ghi lại bằng UTF-8');
    expect(r.stdout).toContain('22-     - Nhìn⟨U+200B⟩ chung hoạt⟨U+00AD⟩ động ⟨U+202E⟩ngân hàng⟨U+202C⟩ cơ bản ổn định.');
    expect(r.stderr).toContain('3 tệp sẽ được sửa như trên; chưa ghi gì.');
    expect(fileTree(dir)).toEqual(before);
  });

  it('with --write gives back the shipped files byte for byte, and a second run finds nothing to fix', async () => {
    const r = await runCli(['fix-text', ...paths(), '--write']);
    expect(r.code, r.stderr).toBe(0);
    for (const f of FILES) expect(readFileSync(join(dir, f.name)).equals(f.fixed()), f.name).toBe(true);
    const again = await runCli(['--lang', 'en', 'fix-text', ...paths()]);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('agriculture.yaml: nothing to fix.');
  });

  it('a file it cannot read as text is a located diagnostic, exit 1', async () => {
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    const r = await runCli(['fix-text', join(dir, 'binary.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('binary.yaml:1:1  -  lỗi LOAD_FILE_BINARY');
  });
});
