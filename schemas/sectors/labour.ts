import { defineSector } from '../indicator.js';

/** Lao động, việc làm và thực hiện các chính sách xã hội (I.2.4): poverty, social relief, rehabilitation. */
export const labour = defineSector({
  id: 'labour',
  title: 'Lao động, việc làm và thực hiện các chính sách xã hội',
  department: 'labour',
  indicators: {
    giam_ngheo_ho_ngheo: { label: 'Hộ nghèo', unit: 'hộ', kind: 'count', accumulate: 'stock', appendix: true },
    // The rates are stated by the annual poverty review, on its own household base; they stand as published (stock)
    // rather than being recomputed, and the rate rules below warn when they do not follow from the district total.
    giam_ngheo_ty_le_ho_ngheo: {
      label: 'Tỷ lệ hộ nghèo', unit: '%', kind: 'amount', decimals: 2, fixed: true, accumulate: 'stock', appendix: true,
    },
    giam_ngheo_ho_can_ngheo: { label: 'Hộ cận nghèo', unit: 'hộ', kind: 'count', accumulate: 'stock', appendix: true },
    giam_ngheo_ty_le_ho_can_ngheo: {
      label: 'Tỷ lệ hộ cận nghèo', unit: '%', kind: 'amount', decimals: 2, fixed: true, accumulate: 'stock', appendix: true,
    },
    giam_ngheo_muc_giam_ty_le: { label: 'Mức giảm tỷ lệ hộ nghèo', unit: '%', kind: 'amount', decimals: 2, accumulate: 'stock', appendix: true },
    thieu_doi_ho: { label: 'Hộ thiếu đói không có khả năng ăn Tết', unit: 'hộ', kind: 'count', accumulate: 'stock' },
    thieu_doi_khau: { label: 'Khẩu thiếu đói không có khả năng ăn Tết', unit: 'khẩu', kind: 'count', accumulate: 'stock' },
    thieu_doi_kinh_phi: { label: 'Kinh phí dự kiến hỗ trợ hộ thiếu đói dịp Tết', unit: 'triệu đồng', kind: 'amount', decimals: 1, accumulate: 'stock' },
    cuu_doi_ho: { label: 'Hộ đề nghị cứu đói giáp hạt', unit: 'hộ', kind: 'count', accumulate: 'stock' },
    cuu_doi_khau: { label: 'Khẩu đề nghị cứu đói giáp hạt', unit: 'khẩu', kind: 'count', accumulate: 'stock' },
    cuu_doi_luong_thuc: { label: 'Lương thực đề nghị cứu đói giáp hạt', unit: 'tấn', kind: 'amount', decimals: 3, accumulate: 'stock' },
    cai_nghien_ho_so: { label: 'Hồ sơ cai nghiện bắt buộc chuyển Tòa án', unit: 'hồ sơ', kind: 'count', accumulate: 'flow' },
  },
  texts: {
    chinh_sach_chung: 'Câu dẫn về các chính sách xã hội (kết thúc bằng dấu hai chấm)',
    ra_soat_ho_ngheo: 'Câu dẫn kết quả điều tra, rà soát hộ nghèo (trước số hộ nghèo)',
    nguoi_co_cong: 'Chính sách người có công, thăm hỏi, hỗ trợ dịp Tết',
    thieu_doi_ra_soat: 'Việc rà soát hộ, khẩu thiếu đói (trước số hộ thiếu đói)',
    lao_dong_viec_lam: 'Công tác lao động, việc làm',
    cai_nghien: 'Kế hoạch cai nghiện ma túy (trước số hồ sơ trong tháng)',
  },
  rules: [
    // the base is the district's household total reported under Y tế - Dân số
    { kind: 'rate', rate: 'giam_ngheo_ty_le_ho_ngheo', numerator: 'giam_ngheo_ho_ngheo', denominator: 'dan_so_ho' },
    { kind: 'rate', rate: 'giam_ngheo_ty_le_ho_can_ngheo', numerator: 'giam_ngheo_ho_can_ngheo', denominator: 'dan_so_ho' },
  ],
});
