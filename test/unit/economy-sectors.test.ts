/**
 * The economic sectors of Phần thứ nhất, I.1 (1.1 forestry … 1.4 trade): their consistency rules on the
 * published January 2021 data and on broken copies of it, and the sentences they render.
 */
import { describe, expect, it } from 'vitest';
import type { RuleDef } from '../../src/definitions.js';
import { checkRules } from '../../src/rules.js';
import { januaryPlainText } from '../support/shipped.js';
import { planOf, shippedMonth, shippedSource } from '../support/sources.js';
import { registry } from '../support/office.js';

/** The January report as searchable text. */
const markdown = await januaryPlainText();
const SECTORS = [
  'forestry',
  'fisheries',
  'rural-development',
  'irrigation',
  'environment',
  'industry',
  'construction',
  'public-investment',
  'resettlement',
  'trade',
] as const;
type Edits = Partial<Record<(typeof SECTORS)[number] | 'plan', readonly [string, string]>>;

/** The rule diagnostics of these sectors' January files and the 2021 plan. */
function check(edits: Edits = {}) {
  const { month, sources } = shippedMonth(SECTORS, edits);
  const plan = shippedSource('data/plans/2021.yaml', edits.plan);
  return checkRules(registry, month, sources, planOf(plan))
    .filter((p) => p.file === plan.file || SECTORS.some((id) => p.file === `data/2021-01/${id}.yaml`))
    .map((p) => ({ code: p.code, severity: p.severity, file: p.file, path: p.dataPath?.join('.') }));
}

describe('rules of the economic sectors', () => {
  it('accept the published data except the overall disbursement rate, which lies outside its parts (a warning)', () => {
    expect(check()).toEqual([
      {
        code: 'VALIDATE_RATE_OUTSIDE_PARTS',
        severity: 'warning',
        file: 'data/2021-01/public-investment.yaml',
        path: 'chi_tieu.giai_ngan_ngan_sach_huyen',
      },
    ]);
  });

  it('accept an overall disbursement rate between the rates of its sources, warn above them', () => {
    expect(check({ 'public-investment': ['giai_ngan_ngan_sach_huyen: 82', 'giai_ngan_ngan_sach_huyen: 86'] })).toEqual([]);
    expect(check({ 'public-investment': ['giai_ngan_ngan_sach_huyen: 82', 'giai_ngan_ngan_sach_huyen: 91'] }).map((p) => p.code)).toEqual([
      'VALIDATE_RATE_OUTSIDE_PARTS',
    ]);
  });

  it('reject industrial output whose branches do not add up to the total', () => {
    expect(check({ industry: ['cap_nuoc_xu_ly_rac_nuoc_thai: 0.6', 'cap_nuoc_xu_ly_rac_nuoc_thai: 0.7'] })).toContainEqual({
      code: 'VALIDATE_SUM_MISMATCH',
      severity: 'error',
      file: 'data/2021-01/industry.yaml',
      path: 'chi_tieu.gia_tri_cong_nghiep',
    });
  });

  it('reject a capital plan whose sources do not add up, located in the plan file', () => {
    expect(check({ plan: ['von_xo_so_kien_thiet: 650', 'von_xo_so_kien_thiet: 600'] })).toContainEqual({
      code: 'VALIDATE_SUM_MISMATCH',
      severity: 'error',
      file: 'data/plans/2021.yaml',
      path: 'chi_tieu.von_dau_tu_cong',
    });
    // the province-managed capital is itself split in two
    const split = check({ plan: ['von_can_doi_tinh_quyet_toan: 915.5', 'von_can_doi_tinh_quyet_toan: 900'] });
    expect(split.filter((p) => p.severity === 'error')).toEqual([
      {
        code: 'VALIDATE_SUM_MISMATCH',
        severity: 'error',
        file: 'data/plans/2021.yaml',
        path: 'chi_tieu.von_can_doi_tinh_quan_ly',
      },
    ]);
  });

  it('reject resettlement projects that do not add up or exceed what contains them', () => {
    expect(check({ resettlement: ['tdc_chua_quyet_toan: 2', 'tdc_chua_quyet_toan: 3'] })).toContainEqual({
      code: 'VALIDATE_SUM_MISMATCH',
      severity: 'error',
      file: 'data/2021-01/resettlement.yaml',
      path: 'chi_tieu.tdc_tong_du_an',
    });
    expect(check({ resettlement: ['tdc_quyet_toan_nam_truoc: 10', 'tdc_quyet_toan_nam_truoc: 230'] })).toContainEqual({
      code: 'VALIDATE_PART_EXCEEDS_WHOLE',
      severity: 'error',
      file: 'data/2021-01/resettlement.yaml',
      path: 'chi_tieu.tdc_quyet_toan_nam_truoc',
    });
  });

  it('reject more communes reached by the forestry campaign than villages', () => {
    expect(check({ forestry: ['lam_nghiep_tuyen_truyen_xa: 11', 'lam_nghiep_tuyen_truyen_xa: 23'] })).toContainEqual({
      code: 'VALIDATE_PART_EXCEEDS_WHOLE',
      severity: 'error',
      file: 'data/2021-01/forestry.yaml',
      path: 'chi_tieu.lam_nghiep_tuyen_truyen_xa',
    });
  });

  it('read a sum over plan targets from the plan, even for an id that is also a month figure', () => {
    // thu_ngan_sach is both the finance figure of the month (709) and its plan target (50.600)
    const { month, sources } = shippedMonth(['finance']);
    const plan = shippedSource('data/plans/2021.yaml');
    const run = (rule: RuleDef) => checkRules(registry, month, sources, planOf(plan), [rule]).map((p) => p.file);
    const parts = ['lua_dong_xuan'];
    expect(run({ kind: 'sum', source: 'plan', total: 'thu_ngan_sach', parts })).toEqual(['data/plans/2021.yaml']);
    expect(run({ kind: 'sum', total: 'thu_ngan_sach', parts })).toEqual(['data/2021-01/finance.yaml']);
    expect(run({ kind: 'sum', source: 'month', total: 'thu_ngan_sach', parts })).toEqual([]);
  });
});

describe('sentences of the economic sectors', () => {
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
      '- Lâm nghiệp:',
      '- Thủy sản:',
      '- Nông thôn mới:',
      'b) Công tác thủy lợi, phòng chống lụt bão, khắc phục hậu quả thiên tai',
      '1.2. Tài nguyên - môi trường',
      '1.3. Lĩnh vực sản xuất công nghiệp, tiểu thủ công nghiệp, quản lý xây dựng và đô thị; quản lý sau tái định cư các công trình thủy điện',
      'a) Công nghiệp, tiểu thủ công nghiệp',
      'b) Quản lý xây dựng và đô thị',
      'c) Quản lý đầu tư công',
      'd) Tái định cư sau các công trình thuỷ điện',
      '1.4. Thương mại, dịch vụ',
      '1.5. Tài chính, ngân hàng',
    ])
      expect(markdown).toContain(`# ${heading}`);
  });
});
