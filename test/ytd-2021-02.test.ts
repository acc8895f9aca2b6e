/**
 * The February 2021 report recomputed by hand: year to date, % of plan and same period, from the YAML of 2021-01,
 * 2021-02, 2020-01, 2020-02 and the 2021 plan (read here with the yaml package, summed here), against the
 * appendix table and the sentences of the built Markdown.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { shippedReport } from './support/shipped.js';
import { registry } from './support/office.js';

type Figures = Record<string, number>;
const figuresOf = (month: string, sector: string): Figures | null => {
  const file = `data/${month}/${sector}.yaml`;
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as { chi_tieu?: Figures }).chi_tieu ?? {}) : null;
};
const plan = (parse(readFileSync('data/plans/2021.yaml', 'utf8')) as { chi_tieu: Figures }).chi_tieu;
/** "1.998,00" → 1998; "-" → null. */
// a cell of a figure made of illustrative or inferred values ends with its marker, "(\*)" or "(\*\*)" in Markdown
const cellNumber = (text: string): number | null =>
  text === '-'
    ? null
    : Number(
        text
          .replace(/ \([\\*]+\)$/, '')
          .replace(/\./g, '')
          .replace(',', '.'),
      );
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

const value = (month: string, key: string) => figuresOf(month, registry.indicators.get(key)!.sector)?.[key] ?? null;

/** By hand: a month's own figure; for a rate, its numerator over its denominator that month. */
function monthValue(id: string, month: string): number | null {
  const def = registry.indicators.get(id)!;
  if (def.accumulate !== 'rate') return value(month, id);
  const [num, den] = [value(month, def.ratio!.numerator), value(month, def.ratio!.denominator)];
  return num === null || den === null || den === 0 ? null : (num / den) * 100;
}

/** By hand: a flow sums January and February, a stock is February's, a rate divides the sums of its parts. */
function yearToDate(id: string, jan: string, feb: string): number | null {
  const def = registry.indicators.get(id)!;
  const sum = (key: string) => {
    const [a, b] = [value(jan, key), value(feb, key)];
    return a === null || b === null ? null : a + b;
  };
  if (def.accumulate === 'stock') return value(feb, id);
  if (def.accumulate === 'flow') return sum(id);
  const [num, den] = [sum(def.ratio!.numerator), sum(def.ratio!.denominator)];
  return num === null || den === null || den === 0 ? null : (num / den) * 100;
}

let markdown = '';
let docx: Uint8Array;
beforeAll(async () => {
  ({ md: markdown, docx } = await shippedReport({ year: 2021, month: 2 }));
});

describe('the report of 2021-02', () => {
  const rows = () => {
    const appendix = markdown.slice(markdown.indexOf('# Phụ lục'));
    return appendix
      .split('\n')
      .filter((l) => /^\| \d+ \|/.test(l))
      .map((l) => l.slice(2, -2).split(' | '));
  };

  it('prints, for every appendix row, the year to date, % of plan and same period computed from the YAML', () => {
    const byLabel = new Map([...registry.indicators].filter(([, d]) => d.appendix).map(([id, d]) => [d.label, id]));
    const table = rows();
    expect(table.length).toBe(byLabel.size);
    let checked = 0;
    for (const [, label, , planCell, monthCell, ytdCell, sameCell, pctPlanCell, pctSameCell] of table) {
      const id = byLabel.get(label!.replace(/\\(.)/g, '$1'))!;
      const def = registry.indicators.get(id)!;
      const d = def.decimals ?? 0;
      const ytd = yearToDate(id, '2021-01', '2021-02');
      const same = yearToDate(id, '2020-01', '2020-02');
      const target = def.plan ? (plan[def.plan] ?? null) : null;
      const month = monthValue(id, '2021-02');
      expect(cellNumber(ytdCell!), `${id} ytd`).toBe(ytd === null ? null : round(ytd, d));
      expect(cellNumber(sameCell!), `${id} same period`).toBe(same === null ? null : round(same, d));
      expect(cellNumber(planCell!), `${id} plan`).toBe(target);
      expect(cellNumber(monthCell!), `${id} month`).toBe(month === null ? null : round(month, d));
      expect(cellNumber(pctPlanCell!), `${id} % plan`).toBe(ytd === null || target === null ? null : round((ytd / target) * 100, 1));
      expect(cellNumber(pctSameCell!), `${id} % same period`).toBe(ytd === null || !same ? null : round((ytd / same) * 100, 1));
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('sums the flows of January and February (not February alone)', () => {
    const slaughter = rows().find((r) => r[1] === 'Gia súc được kiểm soát giết mổ')!;
    const [jan, feb] = [figuresOf('2021-01', 'agriculture')!['giet_mo_gia_suc']!, figuresOf('2021-02', 'agriculture')!['giet_mo_gia_suc']!];
    expect([cellNumber(slaughter[4]!), cellNumber(slaughter[5]!)]).toEqual([feb, jan + feb]);
    expect(jan + feb).not.toBe(feb);
  });

  it('writes the plan percentages of the text with their declared rounding', () => {
    const finance = figuresOf('2021-02', 'finance')!['thu_ngan_sach']!;
    const budget = round((finance / plan['thu_ngan_sach']!) * 100, 1)
      .toString()
      .replace('.', ',');
    expect(markdown).toContain(`thu ngân sách trên địa bàn huyện 4.185 triệu đồng đạt ${budget}% kế hoạch`);
    const land = figuresOf('2021-02', 'agriculture')!['lua_dong_xuan_lam_dat']!;
    expect(markdown).toContain(`đạt ${round((land / plan['lua_dong_xuan']!) * 100, 0)}% kế hoạch`);
  });

  it('puts the same appendix cells in the DOCX as in the Markdown', () => {
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    const unescapeXml = (t: string) =>
      t
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
    const docxRows = tables[tables.length - 1]!.split('</w:tr>')
      .slice(0, -1)
      .map((tr) =>
        tr
          .split('</w:tc>')
          .slice(0, -1)
          .map((tc) => unescapeXml([...tc.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))),
      );
    const appendix = markdown.slice(markdown.indexOf('# Phụ lục'));
    const mdRows = appendix
      .split('\n')
      .filter((l) => l.startsWith('| ') && !/^\| [-:]+ \|/.test(l))
      .map((l) =>
        l
          .slice(2, -2)
          .split(' | ')
          .map((c) => c.replace(/\*\*/g, '').replace(/\\(.)/g, '$1')),
      );
    expect(mdRows.length).toBeGreaterThan(50);
    expect(docxRows.length).toBe(mdRows.length);
    expect(docxRows).toEqual(mdRows);
  });
});
