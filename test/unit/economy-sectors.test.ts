/**
 * The economic sectors of Phần thứ nhất, I.1 (1.1 forestry … 1.4 trade): their consistency rules on the
 * published January 2021 data and on broken copies of it, and the sentences they render.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../schemas/documents.js';
import type { RuleDef } from '../../schemas/indicator.js';
import type { SectorData } from '../../schemas/sector.js';
import { INDICATORS, PLAN_TARGETS, sectorById } from '../../schemas/sectors/index.js';
import { aggregateMonth } from '../../src/aggregate.js';
import { loadInputs } from '../../src/load.js';
import type { Month } from '../../src/model.js';
import { writeMarkdown } from '../../src/render-markdown.js';
import { checkRules } from '../../src/rules.js';
import { loadRenderer } from '../../src/templates.js';
import { validateInputs } from '../../src/validate.js';
import { parseSource, type SourceFile } from '../../src/yaml-source.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SECTORS = [
  'forestry', 'fisheries', 'rural-development', 'irrigation', 'environment',
  'industry', 'construction', 'public-investment', 'resettlement', 'trade',
] as const;
type Edits = Partial<Record<(typeof SECTORS)[number] | 'plan', readonly [string, string]>>;

/** A data file as published, or with one line changed ("key: old" → "key: new"). */
function source(file: string, edit?: readonly [string, string]): SourceFile {
  let text = readFileSync(`${ROOT}${file}`, 'utf8');
  if (edit) {
    expect(text).toContain(edit[0]);
    text = text.replace(edit[0], edit[1]);
  }
  const parsed = parseSource(file, new TextEncoder().encode(text));
  if (!parsed.source) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.source;
}

/** The rule diagnostics of these sectors' January files and the 2021 plan. */
function check(edits: Edits = {}) {
  const sources = new Map(SECTORS.map((id) => [id as string, source(`data/2021-01/${id}.yaml`, edits[id])]));
  const month: Month = {
    period: { year: 2021, month: 1 },
    report: null,
    sectors: Object.fromEntries([...sources].map(([id, s]) => [id, s.data as SectorData])),
  };
  const plan = source('data/plans/2021.yaml', edits.plan);
  return checkRules(month, sources, { value: plan.data as Plan, source: plan })
    .filter((p) => p.file === plan.file || SECTORS.some((id) => p.file === `data/2021-01/${id}.yaml`))
    .map((p) => ({ code: p.code, severity: p.severity, file: p.file, path: p.dataPath?.join('.') }));
}

describe('rules of the economic sectors', () => {
  it('accept the published data except the overall disbursement rate, which lies outside its parts (a warning)', () => {
    expect(check()).toEqual([{
      code: 'VALIDATE_RATE_OUTSIDE_PARTS', severity: 'warning',
      file: 'data/2021-01/public-investment.yaml', path: 'chi_tieu.giai_ngan_ngan_sach_huyen',
    }]);
  });

  it('accept an overall disbursement rate between the rates of its sources, warn above them', () => {
    expect(check({ 'public-investment': ['giai_ngan_ngan_sach_huyen: 82', 'giai_ngan_ngan_sach_huyen: 86'] })).toEqual([]);
    expect(check({ 'public-investment': ['giai_ngan_ngan_sach_huyen: 82', 'giai_ngan_ngan_sach_huyen: 91'] }).map((p) => p.code))
      .toEqual(['VALIDATE_RATE_OUTSIDE_PARTS']);
  });

  it('reject industrial output whose branches do not add up to the total', () => {
    expect(check({ industry: ['cap_nuoc_xu_ly_rac_nuoc_thai: 0.6', 'cap_nuoc_xu_ly_rac_nuoc_thai: 0.7'] })).toContainEqual({
      code: 'VALIDATE_SUM_MISMATCH', severity: 'error', file: 'data/2021-01/industry.yaml', path: 'chi_tieu.gia_tri_cong_nghiep',
    });
  });

  it('reject a capital plan whose sources do not add up, located in the plan file', () => {
    expect(check({ plan: ['von_xo_so_kien_thiet: 650', 'von_xo_so_kien_thiet: 600'] })).toContainEqual({
      code: 'VALIDATE_SUM_MISMATCH', severity: 'error', file: 'data/plans/2021.yaml', path: 'chi_tieu.von_dau_tu_cong',
    });
    // the province-managed capital is itself split in two
    const split = check({ plan: ['von_can_doi_tinh_quyet_toan: 915.5', 'von_can_doi_tinh_quyet_toan: 900'] });
    expect(split.filter((p) => p.severity === 'error')).toEqual([{
      code: 'VALIDATE_SUM_MISMATCH', severity: 'error', file: 'data/plans/2021.yaml', path: 'chi_tieu.von_can_doi_tinh_quan_ly',
    }]);
  });

  it('reject resettlement projects that do not add up or exceed what contains them', () => {
    expect(check({ resettlement: ['tdc_chua_quyet_toan: 2', 'tdc_chua_quyet_toan: 3'] })).toContainEqual({
      code: 'VALIDATE_SUM_MISMATCH', severity: 'error', file: 'data/2021-01/resettlement.yaml', path: 'chi_tieu.tdc_tong_du_an',
    });
    expect(check({ resettlement: ['tdc_quyet_toan_nam_truoc: 10', 'tdc_quyet_toan_nam_truoc: 230'] })).toContainEqual({
      code: 'VALIDATE_PART_EXCEEDS_WHOLE', severity: 'error', file: 'data/2021-01/resettlement.yaml', path: 'chi_tieu.tdc_quyet_toan_nam_truoc',
    });
  });

  it('reject more communes reached by the forestry campaign than villages', () => {
    expect(check({ forestry: ['lam_nghiep_tuyen_truyen_xa: 11', 'lam_nghiep_tuyen_truyen_xa: 23'] })).toContainEqual({
      code: 'VALIDATE_PART_EXCEEDS_WHOLE', severity: 'error', file: 'data/2021-01/forestry.yaml', path: 'chi_tieu.lam_nghiep_tuyen_truyen_xa',
    });
  });

  it('read a sum over plan targets from the plan, even for an id that is also a month figure', () => {
    // thu_ngan_sach is both the finance figure of the month (709) and its plan target (50.600)
    const finance = source('data/2021-01/finance.yaml');
    const plan = source('data/plans/2021.yaml');
    const month: Month = { period: { year: 2021, month: 1 }, report: null, sectors: { finance: finance.data as SectorData } };
    const run = (rule: RuleDef) =>
      checkRules(month, new Map([['finance', finance]]), { value: plan.data as Plan, source: plan }, [rule]).map((p) => p.file);
    const parts = ['lua_dong_xuan'];
    expect(run({ kind: 'sum', source: 'plan', total: 'thu_ngan_sach', parts })).toEqual(['data/plans/2021.yaml']);
    expect(run({ kind: 'sum', total: 'thu_ngan_sach', parts })).toEqual(['data/2021-01/finance.yaml']);
    expect(run({ kind: 'sum', source: 'month', total: 'thu_ngan_sach', parts })).toEqual([]);
  });

  it('name only declared figures (an unknown id would make a rule pass silently)', () => {
    for (const id of SECTORS) {
      for (const rule of sectorById(id)?.rules ?? []) {
        const ids = rule.kind === 'sum' ? [rule.total, ...rule.parts]
          : rule.kind === 'atMost' ? [rule.part, rule.whole]
          : rule.kind === 'between' ? [rule.value, ...rule.bounds]
          : rule.kind === 'rate' ? [rule.rate, rule.numerator, rule.denominator] : [];
        const known = rule.kind === 'sum' && rule.source === 'plan' ? PLAN_TARGETS : INDICATORS;
        for (const ref of ids) expect(known.has(ref), `${id}: ${ref}`).toBe(true);
      }
    }
  });
});

describe('sentences of the economic sectors', () => {
  const markdown = (() => {
    const validated = validateInputs(loadInputs(`${ROOT}data`, { year: 2021, month: 1 }), { allowMissing: true });
    if (!validated.ok) throw new Error(validated.errors.map((e) => e.message).join('\n'));
    const text = writeMarkdown(loadRenderer(`${ROOT}templates`, { allowMissing: true })(aggregateMonth(validated.value)));
    return text.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');
  })();

  it.each([
    // zero-padded small counts, thousands and decimal commas as the report writes them
    'tuyên truyền Luật Lâm nghiệp cho 1.705 lượt người tại 22 bản của 11 xã, thị trấn;',
    'trong tháng phát hiện 01 vụ vi phạm về tàng trữ lâm sản trái phép, thu nộp ngân sách nhà nước 75 triệu đồng.',
    'Diện tích ao, hồ nuôi trồng thủy sản hiện có 186,3 ha. Tổng số lồng cá trên lòng hồ thủy điện 390 lồng,',
    'Cho phép 19 hộ gia đình, cá nhân chuyển mục đích sử dụng đất với tổng diện tích là 0,5 ha.',
    'Cấp 46 giấy chứng nhận quyền sử dụng đất cho 43 hộ gia đình, cá nhân với tổng diện tích 47.899,8 m2.',
    'Chỉ đạo tổ công tác giải quyết 81 đơn kiến nghị của các hộ dân thuộc xã Mường Kim',
    'trong tháng đạt 5,8 tỷ đồng, trong đó: công nghiệp khai thác 0,2 tỷ đồng; công nghiệp chế biến 0,5 tỷ đồng;',
    'Kết quả giải ngân đến 31/12/2020 ngân sách huyện đạt 82%, trong đó: nguồn vốn đầu tư 84%, nguồn vốn sự nghiệp 90%.',
    'về việc giao kế hoạch vốn đầu tư năm 2021 với tổng vốn 45.989,5 triệu đồng, cụ thể:',
    '- Nguồn vốn cân đối ngân sách địa phương do tỉnh quản lý, kế hoạch vốn 11.625,5 triệu đồng, trong đó: 10.710 triệu đồng',
    '- Thu xổ số kiến thiết (thực hiện các nhiệm vụ thuộc Chương trình MTQG xây dựng Nông thôn mới) tỉnh bổ sung ngân sách huyện 650 triệu đồng.',
    '229/231 dự án đã quyết toán, trong đó có 10 dự án quyết toán trong năm 2020; 02 dự án cấp tỉnh chưa quyết toán.',
    'Trong tháng 01 hoạt động thương mại trên địa bàn huyện cơ bản ổn định,',
    'Tổng doanh thu thương mại, dịch vụ đạt 04 tỷ đồng. Số thuê bao viễn thông: Viettel 1.450 thuê bao; Viễn Thông 131 thuê bao.',
  ])('%s', (sentence) => {
    expect(markdown).toContain(sentence);
  });

  it('number the headings of 1.1 to 1.4 and leave the telecom figures out of 1.5', () => {
    for (const heading of [
      '- Lâm nghiệp:', '- Thủy sản:', '- Nông thôn mới:', 'b) Công tác thủy lợi, phòng chống lụt bão, khắc phục hậu quả thiên tai',
      '1.2. Tài nguyên - môi trường',
      '1.3. Lĩnh vực sản xuất công nghiệp, tiểu thủ công nghiệp, quản lý xây dựng và đô thị; quản lý sau tái định cư các công trình thủy điện',
      'a) Công nghiệp, tiểu thủ công nghiệp', 'b) Quản lý xây dựng và đô thị', 'c) Quản lý đầu tư công',
      'd) Tái định cư sau các công trình thuỷ điện', '1.4. Thương mại, dịch vụ', '1.5. Tài chính, ngân hàng',
    ]) expect(markdown).toContain(`# ${heading}`);
  });
});
