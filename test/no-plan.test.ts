/** A figure whose plan target is missing: the sentence says there is no plan, never "đạt (chưa có kế hoạch) kế hoạch". */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { workspace } from './support/workspace.js';

describe('sentences comparing with a missing plan target', () => {
  const ws = workspace();
  afterAll(() => ws.remove());

  it('say the plan is missing, and check says why', async () => {
    const plan = join(ws.data, 'plans', '2021.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^ {2}(lua_dong_xuan|thu_ngan_sach):.*\n/gm, ''));
    const build = await runCli([...ws.args, 'build', '2021-01', '--format', 'md', '--out', ws.out]);
    expect(build.code).toBe(0);
    const md = readFileSync(join(ws.out, 'report-2021-01.md'), 'utf8');
    expect(md).toContain('Cây lúa vụ Đông Xuân, đã làm đất được 1.680 ha (chưa có kế hoạch), ');
    expect(md).toContain('thu ngân sách trên địa bàn huyện 709 triệu đồng (chưa có kế hoạch).');
    expect(md).not.toMatch(/đạt \(chưa có kế hoạch\)|kế hoạch \(chưa có số liệu\)/);
    const check = await runCli([...ws.args, 'check', '2021-01']);
    expect(check.stderr).toMatch(/VALIDATE_PLAN_TARGET_MISSING/);
  });
});
