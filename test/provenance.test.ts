/**
 * Provenance (issue #15 §1): every figure carries the file, line, column and status (published, illustrative,
 * inferred) of the values it is made of; a report that prints a figure made of an illustrative or inferred value
 * says so under the title and marks the appendix cell; --published-only leaves those figures out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APPENDIX_COLUMNS } from '../src/appendix.js';
import { shippedModel, januaryReport } from './support/shipped.js';
import { runCli } from './support/cli.js';
import { DATA, ROOT, workspace } from './support/workspace.js';
import { uncoveredNumbers, wrongSources } from './support/sources-check.js';
import type { SourcesMap } from '../src/sources-map.js';

/** 1-based line and column of a key in a shipped data file, read from the text itself. */
function at(file: string, pattern: RegExp): { line: number; column: number } {
  const lines = readFileSync(join(DATA, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => pattern.test(l));
  expect(line, `${file} ${pattern}`).toBeGreaterThanOrEqual(0);
  return { line: line + 1, column: lines[line]!.search(/\S/) + 1 };
}
const appendixCells = (md: string) =>
  md
    .slice(md.indexOf('# Phụ lục'))
    .split('\n')
    .filter((l) => /^\| \d/.test(l))
    .flatMap((l) => l.slice(2, -2).split(' | '));

describe('the sources of January 2021', () => {
  const model = shippedModel();

  it('locates each value a figure is made of, with its status', () => {
    const land = model.sources['lua_dong_xuan_lam_dat']!;
    expect(land.value).toEqual([
      {
        file: `${DATA}/2021-01/agriculture.yaml`,
        ...at('2021-01/agriculture.yaml', /^ {2}lua_dong_xuan_lam_dat:/),
        status: 'published',
        id: 'lua_dong_xuan_lam_dat',
        value: 1680,
      },
    ]);
    expect(land.samePeriod).toEqual([
      {
        file: `${DATA}/2020-01/agriculture.yaml`,
        ...at('2020-01/agriculture.yaml', /^ {2}lua_dong_xuan_lam_dat:/),
        status: 'illustrative',
        id: 'lua_dong_xuan_lam_dat',
        value: 1610,
      },
    ]);
    expect(land.plan.map((s) => [s.file, s.line, s.status])).toEqual([
      [`${DATA}/plans/2021.yaml`, at('plans/2021.yaml', /^ {2}lua_dong_xuan:/).line, 'published'],
    ]);
    // the revenue plan is inferred from the published 1,4% (marked per value in the plan file)
    const revenue = model.sources['thu_ngan_sach']!.plan;
    expect(revenue.map((s) => [s.line, s.column, s.status, s.value])).toEqual([
      [at('plans/2021.yaml', /^ {2}thu_ngan_sach:/).line, 3, 'inferred', 50600],
    ]);
  });

  it('gives every printed appendix figure at least one source', () => {
    for (const { ids } of model.appendix) {
      for (const id of ids) {
        const f = model.c[id]!;
        for (const field of ['value', 'ytd', 'plan', 'samePeriod'] as const) {
          if (f[field] !== null) expect(model.sources[id]![field].length, `${id}.${field}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('a report printing illustrative or inferred figures', () => {
  it('says so under the title, naming how many and which columns, and marks each such cell', async () => {
    const { md } = await januaryReport();
    const notice = md.split('\n').find((l) => l.startsWith('(NGUỒN SỐ LIỆU'))!;
    expect(md.indexOf(notice)).toBeGreaterThan(md.indexOf('# Phần thứ nhất'));
    expect(md.indexOf(notice)).toBeLessThan(md.indexOf('## I.'));
    // the count: 30 same-period values and 29 percentages of them from 2020, the revenue plan and its share in
    // the appendix; in the text, the revenue's share of its inferred plan (1,4%)
    expect(notice).toContain('báo cáo có 62 số liệu không phải số liệu đã công bố. Biểu phụ lục có 61: ');
    expect(notice).toContain('Phần nội dung có 1: 1,4% (Thu ngân sách trên địa bàn, tính từ số liệu suy ra).');
    expect(notice).toContain('1 số suy ra ở cột (4); 30 số minh họa ở cột (7); 1 số suy ra ở cột (8); 29 số minh họa ở cột (9)');
    const cells = appendixCells(md);
    expect(cells.filter((c) => c.endsWith(' (\\*)'))).toHaveLength(59);
    expect(cells.filter((c) => c.endsWith(' (\\*\\*)'))).toHaveLength(2);
    expect(md).toContain('(\\*) Số liệu minh họa');
    expect(md).toContain('(\\*\\*) Số liệu suy ra');
    // the header row keeps its words: only figures are marked
    expect(APPENDIX_COLUMNS).toHaveLength(10);
  });
});

describe('report build --published-only, and the marks in the data files', () => {
  const ws = workspace();
  afterAll(() => ws.remove());

  it('leaves out every figure made of an illustrative or inferred value, so nothing needs a notice', async () => {
    const r = await runCli([...ws.args, 'build', '2021-01', '--published-only', '--format', 'md', '--out', ws.out]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(ws.out, 'report-2021-01.md'), 'utf8');
    expect(md).not.toContain('NGUỒN SỐ LIỆU');
    expect(md).not.toMatch(/\(\\\*/);
    const revenue = md.split('\n').find((l) => l.includes('| Thu ngân sách trên địa bàn |'))!;
    expect(revenue).toBe('| 23 | Thu ngân sách trên địa bàn | triệu đồng | - | 709 | 709 | - | - | - | Số tại thời điểm |');
  });

  it('are checked like any field: a wrong status or an unknown figure is located at its line', async () => {
    const file = join(ws.data, '2020-01', 'agriculture.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('nguon: minh_hoa', 'nguon: minh_hoaa\nnguon_chi_tieu: { lua_dong_xuan_lam_da: suy_ra }'));
    try {
      const r = await runCli([...ws.args, 'check', '2020-01', '--format', 'json']);
      expect(r.code).toBe(1);
      const list = JSON.parse(r.stdout) as { code: string; file: string; line: number; message: string }[];
      expect(list.map((d) => [d.code, d.line])).toEqual([
        ['VALIDATE_CHOICE', 3],
        ['VALIDATE_UNKNOWN_KEY', 4],
      ]);
      expect(list[0]!.message).toContain('"minh_hoaa" không phải một trong các giá trị cong_bo, minh_hoa, suy_ra');
      expect(list[1]!.message).toContain('"lua_dong_xuan_lam_dat"');
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe('report build --provenance: every number of the January Markdown mapped to its source', () => {
  const ws = workspace();
  afterAll(() => ws.remove());
  const built = (async () => {
    const r = await runCli([...ws.args, 'build', '2021-01', '--provenance', '--format', 'md', '--out', ws.out]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(ws.out, 'report-2021-01.md'), 'utf8');
    const json = readFileSync(join(ws.out, 'report-2021-01.sources.json'), 'utf8');
    return { md, json, map: JSON.parse(json) as SourcesMap };
  })();

  it('writes the same Markdown as a plain build, and the map beside it', async () => {
    const { md, json } = await built;
    expect(md).toBe(readFileSync(join(ROOT, 'test/golden/2021-01/report.md'), 'utf8'));
    // no absolute path, no time: the map reads the same on every machine, and a second build gives the same bytes
    expect(json).not.toContain(ROOT);
    expect(json).not.toContain(ws.root);
    const again = join(ws.root, 'again');
    const r = await runCli([...ws.args, 'build', '2021-01', '--provenance', '--format', 'md', '--out', again]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(again, 'report-2021-01.sources.json'), 'utf8')).toBe(json);
  });

  it('puts each digit run inside exactly one entry', async () => {
    const { md, map } = await built;
    expect(uncoveredNumbers(md, map)).toEqual([]);
    expect(map.numbers.length).toBeGreaterThan(400);
  });

  it('points each entry at a file, line and column that holds it', async () => {
    const { map } = await built;
    expect(wrongSources(map, ROOT)).toEqual([]);
    const kinds = new Set(map.numbers.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['computed', 'data-text', 'figure', 'numbering', 'template-text', 'template-value']);
  });

  it('maps February, the illustrative sample month, as fully (every number, every source)', async () => {
    const out = join(ws.root, 'february');
    const r = await runCli([...ws.args, 'build', '2021-02', '--provenance', '--format', 'md', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const map = JSON.parse(readFileSync(join(out, 'report-2021-02.sources.json'), 'utf8')) as SourcesMap;
    expect(uncoveredNumbers(readFileSync(join(out, 'report-2021-02.md'), 'utf8'), map)).toEqual([]);
    expect(wrongSources(map, ROOT)).toEqual([]);
  });

  it("explains 84% of the rice land as the issue asks: 1.680 / 1.998, the two files' lines", async () => {
    const { map } = await built;
    const e = map.numbers.find((n) => n.text === '84%' && n.figure?.id === 'lua_dong_xuan_lam_dat')!;
    expect(e.computation).toBe('84% = 1.680 / 1.998 × 100');
    expect(e.status).toBe('published');
    expect(e.sources.map((s) => s.at)).toEqual([
      `data/2021-01/agriculture.yaml:${at('2021-01/agriculture.yaml', /^ {2}lua_dong_xuan_lam_dat:/).line}:3`,
      `data/plans/2021.yaml:${at('plans/2021.yaml', /^ {2}lua_dong_xuan:/).line}:3`,
    ]);
    // an appendix cell of the same period last year is illustrative
    const same = map.numbers.find((n) => n.figure?.id === 'lua_dong_xuan_lam_dat' && n.figure.part === 'samePeriod')!;
    expect([same.status, same.sources[0]!.at.startsWith('data/2020-01/agriculture.yaml:')]).toEqual(['illustrative', true]);
  });

  it('is caught when an entry is missing, or points at the wrong line (mutations of the map)', async () => {
    const { md, map } = await built;
    const figure = map.numbers.findIndex((e) => e.kind === 'figure' && e.figure?.part === 'value');
    const dropped = { ...map, numbers: map.numbers.filter((_, i) => i !== figure) };
    expect(uncoveredNumbers(md, dropped)).toHaveLength(map.numbers[figure]!.text.match(/\d+/g)!.length);
    const moved = (kind: string) => {
      const i = map.numbers.findIndex((e) => e.kind === kind);
      const e = map.numbers[i]!;
      const sources = e.sources.map((s) => ({ ...s, at: s.at.replace(/:(\d+):/, (_, l: string) => `:${Number(l) + 1}:`) }));
      return { map: { ...map, numbers: map.numbers.map((x, j) => (j === i ? { ...e, sources } : x)) }, count: sources.length };
    };
    for (const kind of ['figure', 'data-text', 'template-text', 'template-value', 'computed']) {
      const { map: broken, count } = moved(kind);
      expect(wrongSources(broken, ROOT), kind).toHaveLength(count);
    }
  });
});

describe('report explain', () => {
  const ws = workspace();
  afterAll(() => ws.remove());
  const explain = (...args: string[]) => runCli([...ws.args, ...args]);

  it('tells where 84% comes from, in Vietnamese and in English', async () => {
    const vi = await explain('explain', '2021-01', '84%');
    expect(vi.code, vi.stderr).toBe(0);
    expect(vi.stdout).toContain('cách tính: 84% = 1.680 / 1.998 × 100');
    expect(vi.stdout).toMatch(/- data\/2021-01\/agriculture\.yaml:\d+:3 lua_dong_xuan_lam_dat = 1\.680 \(đã công bố\)/);
    const en = await explain('--lang', 'en', 'explain', '2021-01', '84%');
    expect(en.stdout).toContain('computed: 84% = 1.680 / 1.998 × 100');
    expect(en.stdout).toContain('source: published');
  });

  it('finds the numbers of the sentence a phrase is in, and a number typed without its dots', async () => {
    const phrase = await explain('explain', '2021-01', 'đã làm đất được');
    expect(phrase.code, phrase.stderr).toBe(0);
    expect(phrase.stdout).toContain('«1.680 ha»');
    expect(phrase.stdout).toContain('«84%»');
    const plain = await explain('explain', '2021-01', '47899,8');
    expect(plain.stdout).toContain('«47.899,8 m2»');
  });

  it('says an unpublished figure is one: the same period of 2020 is illustrative', async () => {
    const r = await explain('explain', '2021-01', '1.610');
    expect(r.stdout).toContain('nguồn: minh họa');
    expect(r.stdout).toMatch(/data\/2020-01\/agriculture\.yaml:\d+:3 lua_dong_xuan_lam_dat = 1\.610 \(minh họa\)/);
  });

  it('exits 1 naming the query when nothing matches, 2 on a usage error', async () => {
    const none = await explain('explain', '2021-01', 'không có trong báo cáo');
    expect([none.code, none.stdout]).toEqual([1, '']);
    expect(none.stderr).toContain('EXPLAIN_NO_MATCH');
    expect(none.stderr).toContain('"không có trong báo cáo"');
    expect((await explain('explain', '2021-13', '84%')).code).toBe(2);
    expect((await explain('explain', '2021-01')).code).toBe(2);
    expect((await explain('build', '2021-01', '--provenance', '--format', 'docx', '--out', ws.out)).code).toBe(2);
  });
});

describe('the sources map over narrative references (texts with {id.modifier})', () => {
  const ws = workspace();
  afterAll(() => ws.remove());

  // a line of the first paragraph of agriculture.yaml (a folded block), with a sentence added that names a figure and a year
  const PREFIX = '      {lua_dong_xuan_lam_dat.pctPlan.0} kế hoạch, đạt {lua_dong_xuan_lam_dat.pctPlan.0} kế hoạch vụ Đông Xuân ';
  it('maps a figure a narrative text names, and the numbers typed around it, each to its own place', async () => {
    const file = join(ws.data, '2021-01', 'agriculture.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      original.replace('      {lua_dong_xuan_lam_dat.pctPlan.0} kế hoạch, chỉ đạo sát sao', `${PREFIX}2020 - 2021,\n      chỉ đạo sát sao`),
    );
    const r = await runCli([...ws.args, 'build', '2021-01', '--provenance', '--format', 'md', '--out', ws.out]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(ws.out, 'report-2021-01.md'), 'utf8');
    const map = JSON.parse(readFileSync(join(ws.out, 'report-2021-01.sources.json'), 'utf8')) as SourcesMap;
    expect(md).toContain('đạt 84% kế hoạch, đạt 84% kế hoạch vụ Đông Xuân 2020 - 2021, chỉ đạo sát sao');
    expect(uncoveredNumbers(md, map)).toEqual([]);
    // the sources hold what the entries say: read from the workspace's own data
    const root = ws.root;
    const inWorkspace = { ...map, numbers: map.numbers.filter((e) => e.sources.every((s) => s.at.startsWith('data/'))) };
    expect(wrongSources(inWorkspace, root)).toEqual([]);
    const line = (text: string) =>
      original.split('\n').length &&
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(text)) + 1;
    const named = map.numbers.filter((e) => e.text === '84%' && e.figure?.id === 'lua_dong_xuan_lam_dat');
    expect(named).toHaveLength(2);
    const block = md.split('\n\n').findIndex((b) => b.includes('vụ Đông Xuân 2020 - 2021, chỉ đạo'));
    const year = map.numbers.find((e) => e.block === block && e.kind === 'data-text' && e.text === '2020')!;
    expect(year.sources[0]!.at).toBe(`data/2021-01/agriculture.yaml:${line('vụ Đông Xuân 2020')}:${PREFIX.length + 1}`);
  });
});
