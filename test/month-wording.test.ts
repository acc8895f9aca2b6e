/**
 * Each month in its own words (issue #13): February's paragraphs are not January's, and they come from February's data
 * through the same templates: the sectors have no template of their own, only the shared paragraphs partial.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './support/cli.js';
import { DATA, TEMPLATES, workspace, type Workspace } from './support/workspace.js';

/** A month's agriculture paragraphs as its department wrote them. */
const paragraphs = (month: string): string[] =>
  (parse(readFileSync(join(DATA, month, 'agriculture.yaml'), 'utf8')) as { noi_dung: { doan_van: string[] } }).noi_dung.doan_van;
/** The sentence frames of some paragraphs: each sentence with its references and any figure left out. */
const frames = (texts: readonly string[]): Set<string> =>
  new Set(texts.flatMap((t) => t.split(/(?<=\.)\s+/)).map((s) => s.replace(/\{[^}]*\}/g, '{}').trim()));

let ws: Workspace;
const md: Record<string, string> = {};
beforeAll(async () => {
  ws = workspace();
  for (const month of ['2021-01', '2021-02']) {
    const r = await runCli([...ws.args, 'build', month, '--format', 'md', '--out', join(ws.out, month)]);
    expect(r.code, r.stderr).toBe(0);
    md[month] = readFileSync(join(ws.out, month, `report-${month}.md`), 'utf8');
  }
});
afterAll(() => ws.remove());

describe('a month says new things with no template change', () => {
  it('only the sections with a fixed structure have a template; every other sector prints its paragraphs from its data', () => {
    expect(readdirSync(join(TEMPLATES, 'sections')).sort()).toEqual(['assessment.hbs', 'priorities.hbs']);
    const report = readFileSync(join(TEMPLATES, 'report.hbs'), 'utf8');
    expect(report.match(/\{\{> doan-van\}\}/g)).toHaveLength(21);
  });

  it('February (Tết) writes other sentences than January, from the same templates', () => {
    const [jan, feb] = [frames(paragraphs('2021-01')), frames(paragraphs('2021-02'))];
    expect([...feb].filter((f) => jan.has(f))).toEqual([]);
    // January prepares the land; February sows, around Tết
    expect(md['2021-01']).toContain('Cây lúa vụ Đông Xuân, kế hoạch 1.998 ha, đã làm đất được 1.680 ha, đạt 84% kế hoạch');
    expect(md['2021-02']).not.toContain('đã làm đất được');
    expect(md['2021-02']).toContain(
      'các xã, thị trấn tập trung gieo cấy lúa vụ Đông Xuân: đã hoàn thành làm đất 1.998 ha, đạt 100% kế hoạch (1.998 ha)',
    );
    expect(md['2021-01']).not.toContain('gieo cấy lúa vụ Đông Xuân');
    // events of the month: Tết security, the Tết market, the tree-planting festival
    expect(md['2021-02']).toContain('kiểm soát nồng độ cồn trên các tuyến đường dịp Tết: lập biên bản 61 trường hợp vi phạm');
    expect(md['2021-02']).toContain('Tổng doanh thu thương mại, dịch vụ tháng 02 đạt 5,2 tỷ đồng, tăng 30% so với tháng trước.');
    expect(md['2021-02']).toContain('Phát động Tết trồng cây "Đời đời nhớ ơn Bác Hồ" Xuân Tân Sửu');
    // still marked as illustrative data
    expect(md['2021-02']).toContain('DỮ LIỆU MINH HỌA');
  });
});

describe('check 2021-01 on the migrated January', () => {
  it('reports the three real inconsistencies of the published report, and no figure typed by hand (data/README.md)', async () => {
    const r = await runCli([...ws.args, 'check', '2021-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const found = (JSON.parse(r.stdout) as { code: string; file: string; line: number }[])
      .filter((d) => !d.code.startsWith('PROOF_'))
      .map((d) => `${d.code} ${d.file.replace(/^.*\/data\//, 'data/')}:${d.line}`);
    expect(found).toEqual([
      'VALIDATE_RATE_MISMATCH data/2021-01/labour.yaml:5',
      'VALIDATE_RATE_MISMATCH data/2021-01/labour.yaml:7',
      'VALIDATE_RATE_OUTSIDE_PARTS data/2021-01/public-investment.yaml:7',
    ]);
    // the README's list of what VALIDATE_NUMBER_IN_TEXT finds on the shipped data: none
    expect(readFileSync(join(DATA, 'README.md'), 'utf8')).toContain('On the shipped data, `check 2021-01` reports none');
  });
});
