import { defineSector } from '../indicator.js';

/** Đánh giá chung (Phần thứ nhất, II.): strengths, shortcomings and their causes; narrative only. */
export const assessment = defineSector({
  id: 'assessment',
  title: 'Đánh giá chung',
  department: 'assessment',
  indicators: {},
  texts: {
    uu_diem_mo_dau: 'Câu dẫn mục Ưu điểm (trước các gạch đầu dòng)',
  },
  lists: {
    uu_diem: 'Ưu điểm (mỗi dòng một gạch đầu dòng)',
    ton_tai_han_che: 'Tồn tại, hạn chế (mỗi dòng một gạch đầu dòng)',
    nguyen_nhan: 'Nguyên nhân (mỗi dòng một gạch đầu dòng)',
  },
});
