import { defineSector } from '../indicator.js';

/**
 * Nhiệm vụ trọng tâm tháng sau (Phần thứ hai): one numbered item per field, each a list of paragraphs
 * (the first carries the item number, the others continue it). The culture item opens with the month's anniversary,
 * whose age is computed from its date, so no count of years is ever typed.
 */
export const priorities = defineSector({
  id: 'priorities',
  title: 'Nhiệm vụ trọng tâm tháng sau',
  department: 'priorities',
  indicators: {},
  texts: {
    ky_niem_su_kien: 'Sự kiện được kỷ niệm (sau "kỷ niệm … năm"), ví dụ: ngày thành lập Đảng cộng sản Việt Nam',
  },
  dates: {
    ky_niem_ngay: 'Ngày diễn ra sự kiện được kỷ niệm (YYYY-MM-DD); số năm kỷ niệm tính theo năm của tháng sau',
  },
  lists: {
    nong_nghiep: 'Nông, lâm nghiệp, thủy sản, nông thôn mới',
    dat_dai: 'Đất đai, tài nguyên, khoáng sản',
    cong_nghiep: 'Công nghiệp, đô thị, thị trường',
    tai_chinh: 'Tài chính, tín dụng, tái định cư',
    giao_duc: 'Giáo dục - Đào tạo',
    y_te: 'Y tế - Dân số',
    van_hoa: 'Văn hóa, thông tin, thể thao (nối sau câu kỷ niệm)',
    lao_dong: 'Lao động, chính sách xã hội',
    quoc_phong: 'Quốc phòng',
    an_ninh: 'An ninh, trật tự',
    chinh_quyen: 'Xây dựng chính quyền, cải cách hành chính',
    thanh_tra_tu_phap: 'Tiếp công dân, thanh tra, tư pháp',
  },
});
