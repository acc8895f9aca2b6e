/**
 * Sections I.2-I.4 of Phần thứ nhất (education … inspection-justice): the published January 2021 data passes their
 * rules except the two poverty rates, and renders the report's sentences and numbered headings.
 */
import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/rules.js';
import { januaryPlainText } from '../support/shipped.js';
import { shippedMonth } from '../support/sources.js';
import { registry } from '../support/office.js';

/** The January report as searchable text. */
const markdown = await januaryPlainText();
const SECTORS = ['education', 'health', 'culture', 'labour', 'ethnic-religion', 'defence', 'security', 'government', 'inspection-justice'];

describe('rules of sections I.2-I.4 on the published data', () => {
  it('warn only that 10,81% and 10,50% do not follow from 1.548 and 1.503 out of 14.408 households', () => {
    const { month, sources } = shippedMonth(SECTORS);
    const problems = checkRules(registry, month, sources, null).filter((p) => SECTORS.some((id) => p.file === `data/2021-01/${id}.yaml`));
    expect(problems.map((p) => [p.code, p.severity, p.dataPath.join('.'), p.params['computed']])).toEqual([
      ['VALIDATE_RATE_MISMATCH', 'warning', 'chi_tieu.giam_ngheo_ty_le_ho_ngheo', '10,74%'],
      ['VALIDATE_RATE_MISMATCH', 'warning', 'chi_tieu.giam_ngheo_ty_le_ho_can_ngheo', '10,43%'],
    ]);
  });
});

describe('sentences of sections I.2-I.4', () => {
  it.each([
    'tiếp tục bồi dưỡng chương trình giáo dục phổ thông mới (modun 2) đối với cán bộ quản lý, giáo viên đại trà.',
    'trong tháng có 07 công dân cư trú trên địa bàn huyện Than Uyên đi lao động nhập cảnh trái phép qua đường tiểu ngạch và được được cách ly y tế',
    'Tổ chức khám bệnh cho 10.084 lượt người (trong đó 5.502 lượt người nghèo; 1.569 lượt trẻ em dưới 6 tuổi, và các loại hình khám bệnh khác).',
    'Tính đến ngày 31/12/2020, toàn huyện có 14.408 hộ, 68.807 người. Trong tháng, có 15/109 trẻ sinh ra là con thứ 3 trở lên; vi phạm Luật hôn nhân và gia đình, có 01 cặp tảo hôn.',
    'Trong tháng có 3.900 lượt khách lưu trú tại huyện.',
    'tiếp sóng Truyền hình Việt Nam từ Trung ương, địa phương 8.122 giờ; tiếp sóng FM 1.054 giờ, số giờ địa phương 24 giờ (bao gồm cả truyền thanh, truyền hình).',
    'Sản xuất được 10 chương trình truyền thanh, truyền hình của huyện: 03 bản tin truyền hình trang địa phương; \
05 bản tin phát thanh tiếng Việt; 02 bản tin phát thanh tiếng dân tộc Thái tuyên truyền',
    'phòng chống tệ nạn xã hội: Kết quả điều tra, rà soát hộ nghèo',
    'Hộ nghèo 1.548 hộ chiếm tỷ lệ 10,81%; hộ cận nghèo 1.503 hộ chiếm tỷ lệ 10,50%. Mức giảm tỷ lệ hộ nghèo 3,17%.',
    'có tổng số 389 hộ/1.709 khẩu thiếu đói không có khả năng ăn Tết, dự kiến kinh phí hỗ trợ 341,8 triệu đồng; 452 hộ/2.045 khẩu đề nghị cứu đói giáp hạt, số lương thực 30,675 tấn.',
    'trong tháng 01 đã chuyển 01 hồ sơ cai nghiện bắt buộc sang Tòa án huyện xử lý.',
    'Thực hiện tốt công tác quản lý nhà nước về tôn giáo.',
    'Chỉ đạo tổ chức thâm nhập và hoàn thiện hồ sơ thanh niên nhập ngũ năm 2021.',
    'Vào ngày 03/01/2021 xảy ra 01 vụ án đặc biệt nghiêm trọng về giết người cướp tài sản trên địa bàn xã Mường Than,',
    'Trong tháng số vụ phạm pháp hình sự xảy ra 05 vụ, 10 đối tượng; bắt, tiếp nhận 15 vụ, 16 đối tượng về mua \
bán, tàng trữ trái phép chất ma túy; phát hiện, xử phạt vi phạm hành chính 04 vụ, 04 đối tượng về hành vi vi phạm \
quy định về nhãn hàng hóa, thu nộp ngân sách nhà nước 04 triệu đồng.',
    'phát hiện, lập biên bản 54 trường hợp vi phạm; tạm giữ 23 xe mô tô, 31 giấy tờ các loại; tiến hành xử phạt hành chính 49 trường hợp, thu nộp Kho bạc Nhà nước 39,2 triệu đồng.',
    'Trong kỳ báo cáo xảy ra một vụ tự gây tai nạn, làm hư hỏng 01 xe ô tô, một góc nhà sàn trên địa bàn xã Mường Kim, huyện Than Uyên.',
    'Tổ chức 35 buổi tuyên truyền về phong trào toàn dân bảo vệ an ninh tổ quốc với 2.903 lượt người tham gia.',
    'Trong tháng, bổ nhiệm lại 01 cán bộ quản lý phòng chuyên môn; biệt phái 01 viên chức; thôi việc 01 viên chức; \
nghỉ tự túc không hưởng lương 01 công chức, 01 viên chức; thông báo nghỉ hưu hưởng chế độ BHXH 02 viên chức.',
    'theo Kết luận 71-KL/TW ngày 24/3/2020 của Ban bí thư cho cán bộ, công chức cấp xã.',
    'Chỉ đạo thực hiện tốt các công tác khác như: văn thư - lưu trữ, thi đua - khen thưởng, công tác thanh niên,…',
    'Trong tháng, tiếp 08 lượt công dân (04 vụ việc với 08 người), nội dung tập trung chủ yếu',
    'tiếp nhận 08 đơn kiến nghị phản ánh, đã tiến hành giải quyết lần đầu 03 đơn, 05 đơn đang trong quá trình xem xét giải quyết.',
    'đã tổ chức tuyên truyền, phổ biến được 27 buổi với 2.139 lượt người nghe về các văn bản luật.',
    'Triển khai thực hiện tốt công tác đăng ký hộ tịch, chứng thực, thu nộp ngân sách nhà nước 25 triệu đồng. Duy \
trì hoạt động hòa giải ở cơ sở, đã tiến hành hòa giải 01 vụ mâu thuẫn tranh chấp đất đai.',
  ])('%s', (sentence) => {
    expect(markdown).toContain(sentence);
  });

  it('number the headings of I.2 to I.4 in report order', () => {
    const headings = [
      '2. Văn hóa - Xã hội',
      '2.1. Giáo dục - Đào tạo',
      '2.2. Y tế - Dân số',
      '2.3. Công tác Văn hoá - Thể thao, Du lịch và Thông tin truyền thông',
      '2.4. Lao động, việc làm và thực hiện các chính sách xã hội',
      '2.5. Công tác dân tộc, tôn giáo',
      '3. Lĩnh vực Quốc phòng - An ninh',
      '3.1. Lĩnh vực Quốc phòng',
      '3.2. An ninh chính trị, trật tự an toàn xã hội',
      '4. Công tác xây dựng chính quyền, thanh tra, giải quyết khiếu nại, tố cáo; phòng chống tham nhũng; tư pháp',
      '4.1. Công tác xây dựng chính quyền; cải cách hành chính',
      '4.2. Công tác thanh tra và giải quyết khiếu nại, tố cáo, phòng chống tham nhũng; tư pháp',
    ].map((h) => `# ${h} `);
    const at = headings.map((h) => markdown.indexOf(h));
    expect(
      at.every((i) => i >= 0),
      headings.filter((_, k) => at[k]! < 0).join(' | '),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
