/**
 * A figure whose plan target is missing: a sentence that names the plan cannot be printed ("đạt (chưa có kế hoạch) kế
 * hoạch" never reaches the report): check and build refuse it at the reference; the department's sentence without the
 * plan builds, and check still says the plan target is missing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { workspace } from './support/workspace.js';

describe('sentences comparing with a missing plan target', () => {
  const ws = workspace();
  afterAll(() => ws.remove());

  it('are refused at their reference, and the sentence written without the plan builds', async () => {
    const plan = join(ws.data, 'plans', '2021.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^ {2}(lua_dong_xuan|thu_ngan_sach):.*\n/gm, ''));
    const refused = await runCli([...ws.args, 'build', '2021-01', '--format', 'md', '--out', ws.out]);
    expect(refused.code).toBe(1);
    expect(existsSync(join(ws.out, 'report-2021-01.md'))).toBe(false);
    const located = [...refused.stderr.matchAll(/^(\S+:\d+:\d+) {2}\S+ {2}\S+ VALIDATE_REFERENCE_NO_PLAN: (\{[^}]+\})/gm)].map((m) => m[2]);
    expect(located).toEqual(['{lua_dong_xuan}', '{lua_dong_xuan_lam_dat.pctPlan.0}', '{thu_ngan_sach.pctPlan.1}']);

    // the departments write what they know this month
    const edit = (file: string, from: string, to: string) => {
      const path = join(ws.data, '2021-01', file);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(from);
      writeFileSync(path, text.replace(from, to));
    };
    edit(
      'agriculture.yaml',
      'kế hoạch {lua_dong_xuan}, đã làm đất được {lua_dong_xuan_lam_dat}, đạt\n      {lua_dong_xuan_lam_dat.pctPlan.0} kế hoạch,',
      'đã làm đất được {lua_dong_xuan_lam_dat} (chưa có kế hoạch),',
    );
    edit('finance.yaml', '{thu_ngan_sach} đạt\n      {thu_ngan_sach.pctPlan.1} kế hoạch.', '{thu_ngan_sach} (chưa có kế hoạch).');
    const build = await runCli([...ws.args, 'build', '2021-01', '--format', 'md', '--out', ws.out]);
    expect(build.code, build.stderr).toBe(0);
    const md = readFileSync(join(ws.out, 'report-2021-01.md'), 'utf8');
    expect(md).toContain('Cây lúa vụ Đông Xuân, đã làm đất được 1.680 ha (chưa có kế hoạch), ');
    expect(md).toContain('thu ngân sách trên địa bàn huyện 709 triệu đồng (chưa có kế hoạch).');
    expect(md).not.toMatch(/đạt \(chưa có kế hoạch\)|kế hoạch \(chưa có số liệu\)/);
    const check = await runCli([...ws.args, 'check', '2021-01']);
    expect(check.stderr).toMatch(/VALIDATE_PLAN_TARGET_MISSING/);
  });
});
