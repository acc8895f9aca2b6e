/** Illustrative sample months say so in the report itself, not only in their YAML comments; published months don't. */
import { describe, expect, it } from 'vitest';
import { shippedReport } from './support/shipped.js';

const NOTICE = 'DỮ LIỆU MINH HỌA';

describe('the illustrative-data notice', () => {
  it('opens the February sample report and is absent from the published January one', async () => {
    const jan = (await shippedReport({ year: 2021, month: 1 })).md;
    const feb = (await shippedReport({ year: 2021, month: 2 })).md;
    expect(jan).not.toContain(NOTICE);
    // but its appendix compares with the illustrative 2020 folders: the provenance notice says so (test/provenance.test.ts)
    expect(jan).toContain('(NGUỒN SỐ LIỆU: báo cáo có');
    // before the body: right under the title of Phần thứ nhất
    expect(feb.indexOf(NOTICE)).toBeGreaterThan(feb.indexOf('# Phần thứ nhất'));
    expect(feb.indexOf(NOTICE)).toBeLessThan(feb.indexOf('## I.'));
  });
});
