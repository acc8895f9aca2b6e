/** `report build --all [--check]` and `build --allow-missing` placeholders, run as CI and the secretariat run them. */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMonths, listReportMonths } from '../../src/load.js';
import { periodId } from '../../src/period.js';
import { runCli } from '../support/cli.js';
import { workspace, type Workspace } from '../support/workspace.js';

/** Every file under `dir` with its modification time, to prove a run wrote nothing. */
const snapshot = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .sort()
        .map((f) => `${f}@${statSync(join(dir, f)).mtimeMs}`)
    : [];

describe('report build --all', () => {
  let ws: Workspace;
  let reports: string[];
  beforeEach(() => {
    ws = workspace();
    // a data-only month (no report.yaml), outside 2021-01's comparisons: history, not a report
    mkdirSync(join(ws.data, '2020-06'));
    cpSync(join(ws.data, '2021-01', 'forestry.yaml'), join(ws.data, '2020-06', 'forestry.yaml'));
    reports = listReportMonths(ws.data).map(periodId);
  });
  afterEach(() => ws.remove());

  it('fails (exit 1, nothing written) when a month the reports compare with is invalid, naming it', async () => {
    const file = join(ws.data, '2020-01', 'agriculture.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2}[a-z_]+: )\d+(\.\d+)?/m, '$1"abc"'));
    const r = await runCli([...ws.args, 'build', '--all', '--out', ws.out, '--format', 'md']);
    expect(r.code).toBe(1);
    for (const month of ['2021-01', '2021-02'])
      expect(r.stderr).toContain(`BUILD_COMPARED_MONTH_INVALID: Không dựng báo cáo tháng ${month}: số liệu tháng 2020-01 `);
    expect(snapshot(ws.out)).toEqual([]);
    // one month alone still builds, the invalid data left out with a warning
    expect((await runCli([...ws.args, 'build', '2021-01', '--out', join(ws.out, 'one'), '--format', 'md'])).code).toBe(0);
  });

  it('finds the report months and leaves data-only months out', () => {
    expect(reports).toContain('2021-01');
    expect(reports).not.toContain('2020-06');
    expect(listMonths(ws.data).map(periodId)).toContain('2020-06');
  });

  it('builds every report month into <out>/<YYYY-MM>, no progress when stderr is not a terminal', async () => {
    const r = await runCli([...ws.args, 'build', '--all', '--out', ws.out, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(reports.map((m) => `${ws.out}/${m}/report-${m}.md`));
    expect(readdirSync(ws.out).sort()).toEqual(reports);
    expect(r.stderr).toContain(`Đã dựng ${reports.length} tháng: ${reports.join(', ')}; bỏ qua (chỉ có số liệu, không có report.yaml): `);
    expect(r.stderr).toContain('2020-06');
    expect(r.stderr).not.toMatch(/^\[1\//m);
  });

  it('shows progress on a terminal', async () => {
    const { stderr } = await runCli([...ws.args, 'build', '--all', '--out', ws.out, '--format', 'md'], { NO_COLOR: '1' }, { tty: true });
    expect(stderr).toMatch(new RegExp(`^\\[1/${reports.length}\\] dựng ${reports[0]}$`, 'm'));
  });

  it('--check: up to date exits 0; a changed or deleted output exits 1 and is named; nothing is written', async () => {
    expect((await runCli([...ws.args, 'build', '--all', '--out', ws.out])).code).toBe(0);
    const before = snapshot(ws.out);
    const fresh = await runCli([...ws.args, 'build', '--all', '--check', '--out', ws.out]);
    expect(fresh.stderr).not.toContain('BUILD_OUTPUT');
    expect(fresh.code).toBe(0); // DOCX included: the build is reproducible
    expect(fresh.stdout).toBe('');
    expect(fresh.stderr).toContain('Mọi kết quả đều khớp với số liệu hiện tại.');

    const md = join(ws.out, '2021-01', 'report-2021-01.md');
    const docx = join(ws.out, '2021-01', 'report-2021-01.docx');
    const built = { md: readFileSync(md), docx: readFileSync(docx) };
    writeFileSync(md, `${readFileSync(md, 'utf8')}sửa tay\n`);
    rmSync(docx);
    const after = snapshot(ws.out);
    const stale = await runCli([...ws.args, 'build', '--all', '--check', '--out', ws.out]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`lỗi BUILD_OUTPUT_STALE: Tệp kết quả ${ws.out}/2021-01/report-2021-01.md đã cũ`);
    expect(stale.stderr).toContain(`lỗi BUILD_OUTPUT_MISSING: Chưa có tệp kết quả ${ws.out}/2021-01/report-2021-01.docx.`);
    expect(snapshot(ws.out)).toEqual(after);
    expect(before).not.toEqual(after);

    // the outputs as built again (put back rather than rebuilt), then the data changes: one month's outputs are
    // stale, and the single-month form says the same
    writeFileSync(md, built.md);
    writeFileSync(docx, built.docx);
    const forestry = join(ws.data, '2021-01', 'forestry.yaml');
    writeFileSync(forestry, readFileSync(forestry, 'utf8').replace(/lam_nghiep_vu_vi_pham: \d+/, 'lam_nghiep_vu_vi_pham: 7'));
    const byData = await runCli([...ws.args, 'build', '--all', '--check', '--out', ws.out]);
    expect(byData.code).toBe(1);
    expect(byData.stderr.match(/BUILD_OUTPUT_STALE: Tệp kết quả [^ ]*\/2021-01\/report-2021-01\.(md|docx) /g)).toHaveLength(2);
    const one = await runCli([...ws.args, 'build', '2021-01', '--check', '--out', join(ws.out, '2021-01'), '--format', 'md']);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('BUILD_OUTPUT_STALE');
  });

  it('--check into an empty folder lists everything missing and creates nothing', async () => {
    const r = await runCli([...ws.args, 'build', '--all', '--check', '--out', ws.out, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/BUILD_OUTPUT_MISSING/g)).toHaveLength(reports.length);
    expect(existsSync(ws.out)).toBe(false);
  });

  it('--check on a checkout that commits no reports (no reports/ folder): builds every month in memory, exits 0, says so', async () => {
    const office = workspace({ copySchemas: true });
    try {
      const r = await runCli([...office.args, 'build', '--all', '--check', '--format', 'md']);
      expect(r.code).toBe(0);
      expect(r.stderr.trimEnd().split('\n').pop()).toBe(
        `Chưa có báo cáo nào được commit trong ${office.root}/reports: đã dựng thử trong bộ nhớ, không có tệp để so sánh.`,
      );
      expect(existsSync(join(office.root, 'reports'))).toBe(false);
      // committed with --out reports, they are what --check compares with
      expect((await runCli([...office.args, 'build', '--all', '--out', join(office.root, 'reports'), '--format', 'md'])).code).toBe(0);
      const committed = await runCli([...office.args, 'build', '--all', '--check', '--format', 'md']);
      expect([committed.code, committed.stderr.trimEnd().split('\n').pop()]).toEqual([0, 'Mọi kết quả đều khớp với số liệu hiện tại.']);
    } finally {
      office.remove();
    }
  });

  it('wants a month or --all, not both', async () => {
    expect((await runCli([...ws.args, 'build'])).code).toBe(2);
    const both = await runCli([...ws.args, 'build', '2021-01', '--all', '--out', ws.out]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('CLI_BAD_ARGUMENT: Tham số không hợp lệ: dùng <month> hoặc --all, không dùng cả hai');
  });
});

describe('report build --allow-missing', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = workspace();
    rmSync(join(ws.data, '2021-01', 'forestry.yaml'));
  });
  afterEach(() => ws.remove());

  it('fails without the flag, naming the missing file', async () => {
    const r = await runCli([...ws.args, 'build', '2021-01', '--out', ws.out, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('lỗi LOAD_FILE_MISSING: Thiếu tệp forestry.yaml (Lâm nghiệp).');
    expect(existsSync(ws.out)).toBe(false);
  });

  it('renders "(chưa có số liệu)" and lists each placeholder with the department that owes the file', async () => {
    const r = await runCli([...ws.args, 'build', '2021-01', '--out', ws.out, '--format', 'md', '--allow-missing']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `${ws.data}/2021-01/forestry.yaml  -  cảnh báo BUILD_PLACEHOLDER: Mục "Lâm nghiệp" được dựng với "(chưa có số liệu)" vì chưa có tệp forestry.yaml.`,
    );
    expect(r.stderr).toContain('gợi ý: Bổ sung tệp rồi dựng lại; phụ trách: Hạt Kiểm lâm huyện.');
    expect(r.stderr.match(/BUILD_PLACEHOLDER/g)).toHaveLength(1);
    expect(r.stderr).not.toContain('LOAD_FILE_MISSING');
    expect(readFileSync(join(ws.out, 'report-2021-01.md'), 'utf8')).toContain('(chưa có số liệu)');
  });
});
