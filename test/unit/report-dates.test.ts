import { describe, expect, it } from 'vitest';
import { checkReportDates } from '../../src/report-dates.js';
import { sourceOf } from '../support/sources.js';

/** The date codes of a report.yaml with these dates, for the report of `month` (YYYY-MM). */
function codes(month: string, cutoff: string, signed: string | null): string[] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const text = `so: null\nngay_ban_hanh: ${signed === null ? 'null' : `"${signed}"`}\nngay_chot_so_lieu: "${cutoff}"\nmo_dau: x\n`;
  const source = sourceOf(`data/${month}/report.yaml`, text);
  const report = { so: null, ngay_ban_hanh: signed, ngay_chot_so_lieu: cutoff, mo_dau: 'x' };
  return checkReportDates(report, { year, month: m }, source).map(
    (p) => `${p.code}@${p.line}${p.params.reason ? `:${p.params.reason}` : ''}`,
  );
}

describe('the dates of a report belong to its month', () => {
  it('takes a cut-off from the first day of the month to ten days after its end', () => {
    expect(codes('2021-01', '2021-01-01', null)).toEqual([]);
    expect(codes('2021-01', '2021-02-10', null)).toEqual([]);
    expect(codes('2021-01', '2020-12-31', null)).toEqual(['VALIDATE_CUTOFF_OUTSIDE_MONTH@3']);
    expect(codes('2021-01', '2021-02-11', null)).toEqual(['VALIDATE_CUTOFF_OUTSIDE_MONTH@3']);
    expect(codes('2021-01', '2020-01-15', null)).toEqual(['VALIDATE_CUTOFF_OUTSIDE_MONTH@3']);
  });

  it('takes a signing date from the cut-off to four weeks after the month, across a year end', () => {
    expect(codes('2021-01', '2021-01-15', '2021-01-15')).toEqual([]);
    expect(codes('2021-01', '2021-01-15', '2021-01-14')).toEqual(['VALIDATE_SIGNING_DATE@2:beforeCutoff']);
    expect(codes('2020-12', '2020-12-15', '2021-01-28')).toEqual([]);
    expect(codes('2020-12', '2020-12-15', '2021-01-29')).toEqual(['VALIDATE_SIGNING_DATE@2:tooLate']);
    expect(codes('2021-01', '2021-01-15', '2022-01-20')).toEqual(['VALIDATE_SIGNING_DATE@2:tooLate']);
  });

  it('leaves an unsigned report (null) alone', () => {
    expect(codes('2021-02', '2021-02-15', null)).toEqual([]);
  });
});
