/** src/next-month.ts: next month's file from last month's text, figures emptied, comments and narrative kept. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nextMonthText } from '../../src/next-month.js';
import { DATA } from '../support/workspace.js';

const JAN = { year: 2021, month: 1 };
const FEB = { year: 2021, month: 2 };
const comments = (text: string) =>
  text
    .split('\n')
    .map((l) => /#.*$/.exec(l)?.[0])
    .filter(Boolean);

describe('nextMonthText', () => {
  it('empties every figure, keeps the narrative, the comments and their columns', () => {
    const jan = readFileSync(join(DATA, '2021-01', 'forestry.yaml'), 'utf8');
    const feb = nextMonthText(jan, 'sector', JAN, FEB)!;
    const a = parse(jan);
    const b = parse(feb);
    expect(Object.keys(b.chi_tieu)).toEqual(Object.keys(a.chi_tieu));
    expect(Object.values(b.chi_tieu).every((v) => v === null)).toBe(true);
    expect(b.noi_dung).toEqual(a.noi_dung);
    expect(comments(feb)).toEqual(comments(jan).map((c) => c!.replace('tháng 01/2021', 'tháng 02/2021')));
    // trailing comments stay in their column: only the value between key and comment changed
    const col = (text: string, key: string) =>
      text
        .split('\n')
        .find((l) => l.includes(`${key}:`))!
        .indexOf('#');
    expect(col(feb, 'lam_nghiep_tuyen_truyen_ban')).toBe(col(jan, 'lam_nghiep_tuyen_truyen_ban'));
    // lines outside chi_tieu are byte for byte the same (folded narrative is not re-wrapped)
    const tail = (t: string) => t.slice(t.indexOf('noi_dung:'));
    expect(tail(feb)).toBe(tail(jan));
  });

  it('moves the cut-off date to the same day of the new month, clamped, across a year end; clears number and signing date', () => {
    const report = 'so: 12      # số\nngay_ban_hanh: "2021-01-20"\nngay_chot_so_lieu: "2021-01-31"\nmo_dau: Mở đầu\n';
    const feb = parse(nextMonthText(report, 'report', JAN, FEB)!);
    expect(feb).toEqual({ so: null, ngay_ban_hanh: null, ngay_chot_so_lieu: '2021-02-28', mo_dau: 'Mở đầu' });
    const jan = parse(nextMonthText(report.replace('2021-01-31', '2020-12-15'), 'report', { year: 2020, month: 12 }, JAN)!);
    expect(jan.ngay_chot_so_lieu).toBe('2021-01-15');
    expect(nextMonthText(report, 'report', JAN, FEB)).toContain('so: null    # số');
  });

  it('gives null, for init to copy the file unchanged, when the text is not one YAML mapping', () => {
    for (const text of ['- a\n- b\n', 'a: 1\n---\nb: 2\n', 'a: [\n', 'chỉ một dòng chữ\n', ''])
      expect(nextMonthText(text, 'sector', JAN, FEB), JSON.stringify(text)).toBeNull();
  });
});
