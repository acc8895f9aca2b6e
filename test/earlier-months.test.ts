/**
 * Earlier months as a later month sees them: every shipped month checks clean (data-only months included), a data-only
 * month gets a validation of its own, and an invalid field of January drops only that figure's year to date in
 * February, named at January's line, never "the file is missing".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMonths } from '../src/load.js';
import { periodId } from '../src/period.js';
import { modelMonth } from '../src/pipeline.js';
import { runCli } from './support/cli.js';
import { runContext } from './support/office.js';
import { DATA, workspace, type Workspace } from './support/workspace.js';

describe('every shipped month', () => {
  for (const period of listMonths(DATA)) {
    const month = periodId(period);
    it(`${month}: check exits 0`, async () => {
      const r = await runCli(['check', month]);
      expect(r.code, r.stderr).toBe(0);
    });
  }
});

describe('a month without report.yaml', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = workspace();
  });
  afterAll(() => ws.remove());

  it('is checked as comparison data: no missing files, no plan needed, said so', async () => {
    const r = await runCli([...ws.args, 'check', '2020-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Tháng 2020-01 không có report.yaml');
    expect(r.stderr).not.toMatch(/LOAD_FILE_MISSING|VALIDATE_PLAN_MISSING/);
  });

  it('still has its figures validated, located at the line', async () => {
    const file = join(ws.data, '2020-01', 'agriculture.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^ {2}dan_gia_suc: 40250$/m, '  dan_gia_suc: 40.250'));
    try {
      const r = await runCli([...ws.args, 'check', '2020-01', '--format', 'json']);
      expect(r.code).toBe(1);
      const list = JSON.parse(r.stdout) as { code: string; file: string; line: number }[];
      expect(list.map((d) => [d.code, d.file, d.line])).toEqual([
        ['VALIDATE_THOUSANDS_SEPARATOR', `${ws.data}/2020-01/agriculture.yaml`, 9],
      ]);
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe('an invalid field in January, as February sees it', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = workspace();
    const file = join(ws.data, '2021-01', 'forestry.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2}lam_nghiep_tuyen_truyen_ban:) 22 /m, '$1 2.200'));
  });
  afterAll(() => ws.remove());

  it("drops only that figure's year to date, and names it at January's line", () => {
    const model = modelMonth(runContext({ dataDir: ws.data }), { year: 2021, month: 2 });
    if (!model.ok) throw new Error(model.errors.map((e) => e.code).join(', '));
    expect(model.value.c['lam_nghiep_tuyen_truyen_ban']?.ytd).toBeNull();
    // the same sector's other flows, and every other sector, keep their year to date
    expect(model.value.c['lam_nghiep_tuyen_truyen_luot_nguoi']?.ytd).toBeTypeOf('number');
    expect(model.value.c['thu_ngan_sach']?.ytd).toBeTypeOf('number');
    const named = model.warnings.filter((w) => w.code.startsWith('VALIDATE_HISTORY'));
    expect(named.map((w) => [w.code, w.file, w.line, w.params.label])).toEqual([
      ['VALIDATE_HISTORY_FIGURE_INVALID', `${ws.data}/2021-01/forestry.yaml`, 5, 'Tuyên truyền Luật Lâm nghiệp: số bản'],
    ]);
    // the file is there: nothing may say it is missing
    expect(model.warnings.map((w) => w.code)).not.toContain('VALIDATE_YTD_INCOMPLETE');
  });
});
