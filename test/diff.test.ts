/** `report diff` end to end, in process: two months of the shipped data, usage errors, bad data, and --against in a temporary git repository. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { MonthDiff } from '../src/compare.js';
import { runCli } from './support/cli.js';
import { requireTools, toolsPresent } from './support/tools.js';
import { workspace, type Workspace } from './support/workspace.js';

const copies: Workspace[] = [];
afterAll(() => {
  for (const ws of copies) ws.remove();
});
/** A throwaway copy of data/ under a fresh folder; returns the folder. */
function copyProject(): string {
  const ws = workspace();
  copies.push(ws);
  return ws.root;
}
const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: no "${from}"`);
  writeFileSync(file, text.replace(from, to));
};
const figures = (month: string, sector: string) =>
  (parse(readFileSync(`data/${month}/${sector}.yaml`, 'utf8')) as { chi_tieu: Record<string, number> }).chi_tieu;

describe('report diff <A> <B>', () => {
  it('lists every indicator of the two months as JSON, with both values and the change', async () => {
    const r = await runCli(['diff', '2021-01', '2021-02', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const diff = JSON.parse(r.stdout) as MonthDiff;
    expect([diff.from, diff.to, diff.sameMonth]).toEqual([
      { month: '2021-01', revision: null },
      { month: '2021-02', revision: null },
      false,
    ]);
    expect(diff.indicators.length).toBeGreaterThan(100);
    // every value entered in both months' files is there, with the change computed from them
    for (const sector of ['agriculture', 'finance', 'security', 'inspection-justice']) {
      const [a, b] = [figures('2021-01', sector), figures('2021-02', sector)];
      for (const id of Object.keys(a)) {
        const row = diff.indicators.find((i) => i.id === id)!;
        expect([row.from, row.to], id).toEqual([a[id], b[id]]);
        expect(row.change!, id).toBeCloseTo(b[id]! - a[id]!, 6);
      }
    }
    const land = diff.indicators.find((i) => i.id === 'lua_dong_xuan_lam_dat')!;
    expect([land.planCrossing, land.toPctPlan]).toEqual(['reached', 100]);
    expect(diff.sections.some((s) => s.sector === 'agriculture' && s.key === 'doan_van' && s.status === 'changed')).toBe(true);
  });

  it('prints aligned text without colour when the output is not a terminal, and a Markdown table', async () => {
    const text = await runCli(['diff', '2021-01', '2021-02']);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/\u001b\[/);
    expect(text.stdout).toMatch(/^Thu ngân sách trên địa bàn +triệu đồng +709 +4\.185 +\+3\.476 +\+490,3%$/m);
    const md = await runCli(['diff', '2021-01', '2021-02', '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| Thu ngân sách trên địa bàn | triệu đồng | 709 | 4.185 | +3.476 | +490,3% |  |');
  });

  it.each([
    [['diff', '2021-01'], 'CLI_BAD_ARGUMENT'],
    [['diff', '2021-01', '2021-02', '--against', 'HEAD'], 'CLI_BAD_ARGUMENT'],
    [['diff', '2021-13', '2021-02'], 'CLI_BAD_PERIOD'],
    [['diff', '2021-01', '2021-02', '--format', 'xml'], 'CLI_BAD_ARGUMENT'],
    [['diff', '2021-01', '2021-07'], 'LOAD_NO_DATA_FOR_MONTH'],
  ])('is a usage error (exit 2): %j', async (args, code) => {
    const r = await runCli(args);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(code);
  });

  it('refuses invalid data with exit 1 and the located diagnostic', async () => {
    const root = copyProject();
    edit(join(root, 'data/2021-02/finance.yaml'), 'thu_ngan_sach: 4185', 'thu_ngan_sach: "4.185 triệu"');
    const r = await runCli(['--data', join(root, 'data'), 'diff', '2021-01', '2021-02']);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/2021-02\/finance\.yaml:4:3 +chi_tieu\.thu_ngan_sach/);
  });
});

describe('report diff <A> --against <rev>', () => {
  let root = '';
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  beforeAll(() => {
    if (!toolsPresent(['git'])) return; // each test says so (and fails under CI)
    root = copyProject();
    git('init', '-q');
    // January as issued: number 15
    edit(join(root, 'data/2021-01/report.yaml'), 'so: null', 'so: 15');
    git('add', '.');
    git('commit', '-qm', 'January issued');
    // then revised in the working tree: two slaughter figures and a text
    edit(join(root, 'data/2021-01/agriculture.yaml'), 'giet_mo_gia_suc: 512', 'giet_mo_gia_suc: 520');
    edit(join(root, 'data/2021-01/agriculture.yaml'), 'giet_mo_lon: 440', 'giet_mo_lon: 448');
    edit(
      join(root, 'data/2021-01/agriculture.yaml'),
      'làm tốt công tác kiểm dịch vận chuyển.',
      'làm tốt công tác kiểm dịch vận chuyển, giết mổ.',
    );
  });

  it('reports the revised values and sections of a month already issued, without touching the working tree or the index', async (ctx) => {
    requireTools(ctx, ['git']);
    const before = { status: git('status', '--porcelain'), head: git('rev-parse', 'HEAD'), index: git('ls-files', '-s') };
    const r = await runCli(['--data', join(root, 'data'), 'diff', '2021-01', '--against', 'HEAD', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const diff = JSON.parse(r.stdout) as MonthDiff;
    expect([diff.from, diff.to, diff.sameMonth, diff.issued]).toEqual([
      { month: '2021-01', revision: 'HEAD' },
      { month: '2021-01', revision: null },
      true,
      true,
    ]);
    expect(diff.indicators.filter((i) => i.revised).map((i) => [i.id, i.from, i.to])).toEqual([
      ['giet_mo_gia_suc', 512, 520],
      ['giet_mo_lon', 440, 448],
    ]);
    expect(diff.sections.map((s) => [s.sector, s.key, s.status])).toEqual([['agriculture', 'doan_van', 'changed']]);
    // the department's paragraphs, one per line: the words around the change are the rest of them
    const [before1, added, after1] = diff.sections[0]!.words ?? [];
    expect(diff.sections[0]!.words).toHaveLength(3);
    expect([before1!.op, added, after1!.op]).toEqual(['same', { op: 'added', text: ', giết mổ' }, 'same']);
    expect(before1!.text).toMatch(/^Cây lúa vụ Đông Xuân, [\s\S]*; làm tốt công tác kiểm dịch vận chuyển$/);
    expect(after1!.text).toMatch(/^\.\nTiếp tục theo dõi và nhân rộng các mô hình/);
    expect({ status: git('status', '--porcelain'), head: git('rev-parse', 'HEAD'), index: git('ls-files', '-s') }).toEqual(before);

    const text = await runCli(['--data', join(root, 'data'), 'diff', '2021-01', '--against', 'HEAD']);
    expect(text.stdout).toContain('2021-01 @ HEAD → 2021-01');
    expect(text.stdout).toContain('Báo cáo tháng này đã ban hành');
    expect(text.stdout).toMatch(/^Gia súc được kiểm soát giết mổ .* 512 +520 +\+8 .*sửa số liệu$/m);
    // the narrative word by word: git's word-diff markers in text, <ins>/<del> in Markdown
    expect(text.stdout).toContain('\n      … công tác kiểm dịch vận chuyển{+, giết mổ+}. ¶ Tiếp tục theo dõi …\n');
    const md = await runCli(['--data', join(root, 'data'), 'diff', '2021-01', '--against', 'HEAD', '--format', 'md']);
    expect(md.stdout).toContain('\n  … công tác kiểm dịch vận chuyển<ins>, giết mổ</ins>. ¶ Tiếp tục theo dõi …\n');
  });

  it('shows problems of the revision at <rev>:<path>', async (ctx) => {
    requireTools(ctx, ['git']);
    edit(join(root, 'data/2021-01/finance.yaml'), 'thu_ngan_sach: 709', 'thu_ngan_sach: -709');
    git('commit', '-qam', 'broken');
    edit(join(root, 'data/2021-01/finance.yaml'), 'thu_ngan_sach: -709', 'thu_ngan_sach: 709');
    const r = await runCli(['--data', join(root, 'data'), 'diff', '2021-01', '--against', 'HEAD']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^HEAD:data\/2021-01\/finance\.yaml:4:3 +chi_tieu\.thu_ngan_sach .*VALIDATE_NEGATIVE/m);
  });

  it('is a usage error for an unknown revision, an option-like revision, or data outside a git repository', async (ctx) => {
    requireTools(ctx, ['git']);
    for (const rev of ['no-such-branch', '--output=/tmp/x', 'HEAD~99']) {
      const r = await runCli(['--data', join(root, 'data'), 'diff', '2021-01', `--against=${rev}`]);
      expect([r.code, r.stdout], rev).toEqual([2, '']);
      expect(r.stderr, rev).toContain('DIFF_UNKNOWN_REVISION');
    }
    // git stops looking for a repository at the copy's own folder, wherever the temporary folder lies
    const plain = copyProject();
    const ceiling = process.env['GIT_CEILING_DIRECTORIES'];
    process.env['GIT_CEILING_DIRECTORIES'] = plain;
    try {
      const r = await runCli(['--data', join(plain, 'data'), 'diff', '2021-01', '--against', 'HEAD']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('DIFF_NOT_GIT_REPO');
    } finally {
      if (ceiling === undefined) delete process.env['GIT_CEILING_DIRECTORIES'];
      else process.env['GIT_CEILING_DIRECTORIES'] = ceiling;
    }
  });
});
