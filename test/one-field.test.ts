/**
 * One field, everywhere: change one figure (or date) in a copy of the shipped data and rebuild; the new value must
 * appear wherever the field is used (sentences, computed percentages, the appendix table) and the old one nowhere.
 * This is what proves the report's numbers come from typed fields and computations, not from text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isScalar, parseDocument } from 'yaml';
import { buildMarkdown, numberTokens } from './support/seed.js';
import { JANUARY } from './support/sources.js';
import { workspace, type Workspace } from './support/workspace.js';

interface Case {
  readonly name: string;
  /** File under data/. */
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly from: number | string;
  readonly to: number | string;
  /** Texts of the report before the change that must be gone after it. */
  readonly gone: readonly string[];
  /** Texts that must appear after the change (and were not there before). */
  readonly present: readonly string[];
  /**
   * A value whose every occurrence, in any format ("1.680", "1.680,00"), belongs to this field: all of them must
   * become the new value. A number compares by value, a string (a date) as written.
   */
  readonly moves?: readonly [number, number] | readonly [string, string];
}

const CASES: readonly Case[] = [
  {
    name: 'a figure measured against the plan: area and percent of plan follow',
    file: '2021-01/agriculture.yaml',
    path: ['chi_tieu', 'lua_dong_xuan_lam_dat'],
    from: 1680,
    to: 1700,
    gone: ['đã làm đất được 1.680 ha, đạt 84% kế hoạch'],
    present: ['đã làm đất được 1.700 ha, đạt 85% kế hoạch'],
    moves: [1680, 1700],
  },
  {
    name: 'a plan target printed and used: the target and the percent of plan follow',
    file: 'plans/2021.yaml',
    path: ['chi_tieu', 'lua_dong_xuan'],
    from: 1998,
    to: 2100,
    gone: ['kế hoạch 1.998 ha, đã làm đất được 1.680 ha, đạt 84% kế hoạch'],
    present: ['kế hoạch 2.100 ha, đã làm đất được 1.680 ha, đạt 80% kế hoạch'],
    moves: [1998, 2100],
  },
  {
    name: 'a plan target only computed with: the percent with one decimal follows',
    file: 'plans/2021.yaml',
    path: ['chi_tieu', 'thu_ngan_sach'],
    from: 50600,
    to: 30000,
    gone: ['709 triệu đồng đạt 1,4% kế hoạch'],
    present: ['709 triệu đồng đạt 2,4% kế hoạch'],
    moves: [50600, 30000],
  },
  {
    name: 'a zero-padded count stays padded',
    file: '2021-01/forestry.yaml',
    path: ['chi_tieu', 'lam_nghiep_vu_vi_pham'],
    from: 1,
    to: 3,
    gone: ['phát hiện 01 vụ vi phạm'],
    present: ['phát hiện 03 vụ vi phạm'],
  },
  {
    name: 'a padded count in section 4 loses its padding at ten and above',
    file: '2021-01/inspection-justice.yaml',
    path: ['chi_tieu', 'hoa_giai_vu'],
    from: 1,
    to: 12,
    gone: ['hòa giải 01 vụ mâu thuẫn'],
    present: ['hòa giải 12 vụ mâu thuẫn'],
  },
  {
    name: 'a figure in section 4 with a thousands separator',
    file: '2021-01/inspection-justice.yaml',
    path: ['chi_tieu', 'pho_bien_phap_luat_luot_nguoi'],
    from: 2139,
    to: 2240,
    gone: ['27 buổi với 2.139 lượt người nghe'],
    present: ['27 buổi với 2.240 lượt người nghe'],
    moves: [2139, 2240],
  },
  {
    name: 'the cut-off date, used by two sentences',
    file: '2021-01/report.yaml',
    path: ['ngay_chot_so_lieu'],
    from: '2021-01-15',
    to: '2021-01-20',
    gone: [],
    present: ['Tính đến ngày 20/01/2021, thu ngân sách', 'Tính đến ngày 20/01/2021, Ngân hàng Nông nghiệp'],
    moves: ['15/01/2021', '20/01/2021'],
  },
  {
    name: 'the date of the anniversary: its age and its date are computed',
    file: '2021-01/priorities.yaml',
    path: ['noi_dung', 'ky_niem_ngay'],
    from: '1930-02-03',
    to: '1945-09-02',
    gone: ['kỷ niệm 91 năm ngày thành lập Đảng cộng sản Việt Nam (03/02/1930 - 03/02/2021)'],
    present: ['kỷ niệm 76 năm ngày thành lập Đảng cộng sản Việt Nam (02/09/1945 - 02/09/2021)'],
  },
];

/** "1.680" and "1.680,00" → 1680; "01" → 1. */
const parseVietnamese = (token: string): number => Number(token.replace(/%$/, '').replace(/\./g, '').replace(',', '.'));

/**
 * How often a value occurs as a number token, in any format. From 1.000 up only grouped tokens count:
 * figures are always grouped ("1.998 ha"), years never ("năm 1998").
 */
function occurrences(md: string, value: number | string): number {
  let n = 0;
  for (const [token, count] of numberTokens(md)) {
    if (typeof value === 'string' ? token === value : parseVietnamese(token) === value && (value < 1000 || token.includes('.'))) n += count;
  }
  return n;
}

let ws: Workspace;
let baseline = '';
const build = () => buildMarkdown({ period: JANUARY, dataDir: ws.data });

beforeAll(async () => {
  ws = workspace();
  baseline = await build();
});
afterAll(() => ws.remove());

describe('one field, everywhere', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const file = join(ws.data, c.file);
    const original = readFileSync(file, 'utf8');
    const doc = parseDocument(original);
    const node = doc.getIn(c.path, true);
    if (!isScalar(node) || node.value !== c.from)
      throw new Error(`${c.file} ${c.path.join('.')} is not ${String(c.from)} any more: update this case`);

    for (const text of c.gone) expect(baseline).toContain(text);
    for (const text of c.present) expect(baseline).not.toContain(text);
    const moved = c.moves ? occurrences(baseline, c.moves[0]) : 0;
    if (c.moves) {
      expect(moved).toBeGreaterThan(0);
      expect(occurrences(baseline, c.moves[1])).toBe(0);
    }

    node.value = c.to;
    writeFileSync(file, doc.toString());
    let md: string;
    try {
      md = await build();
    } finally {
      writeFileSync(file, original);
    }

    for (const text of c.gone) expect(md).not.toContain(text);
    for (const text of c.present) expect(md).toContain(text);
    if (c.moves) {
      expect(occurrences(md, c.moves[0])).toBe(0);
      expect(occurrences(md, c.moves[1])).toBe(moved);
    }
  });
});
