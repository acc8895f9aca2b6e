import { defineSector } from '../indicator.js';

/** Thu ngân sách, hoạt động ngân hàng (1.5 "Tài chính, ngân hàng"). */
export const finance = defineSector({
  id: 'finance',
  title: 'Tài chính, ngân hàng',
  department: 'finance',
  planTargets: {
    thu_ngan_sach: { label: 'Dự toán thu ngân sách trên địa bàn', unit: 'triệu đồng', kind: 'amount', decimals: 1 },
  },
  indicators: {
    thu_ngan_sach: {
      label: 'Thu ngân sách trên địa bàn', unit: 'triệu đồng', kind: 'amount', decimals: 1,
      accumulate: 'stock', plan: 'thu_ngan_sach', appendix: true,
    },
    agribank_huy_dong: { label: 'Ngân hàng Nông nghiệp & PTNT: huy động vốn', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'stock', appendix: true },
    agribank_du_no: { label: 'Ngân hàng Nông nghiệp & PTNT: tổng dư nợ', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'stock', appendix: true },
    nhcsxh_huy_dong: { label: 'Ngân hàng Chính sách Xã hội: huy động vốn', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'stock', appendix: true },
    nhcsxh_du_no: { label: 'Ngân hàng Chính sách Xã hội: tổng dư nợ', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'stock', appendix: true },
    vietinbank_huy_dong: { label: 'Ngân hàng Công thương: huy động vốn', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'stock', appendix: true },
    vietinbank_huy_dong_dan_cu: { label: 'Ngân hàng Công thương: huy động từ dân cư', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'stock' },
    vietinbank_du_no: { label: 'Ngân hàng Công thương: tổng dư nợ', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'stock', appendix: true },
  },
  texts: {
    ngan_hang_danh_gia: 'Nhận xét chung về hoạt động ngân hàng',
  },
  rules: [{ kind: 'atMost', part: 'vietinbank_huy_dong_dan_cu', whole: 'vietinbank_huy_dong' }],
});
