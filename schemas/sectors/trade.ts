import { defineSector } from '../indicator.js';

/** Thương mại, dịch vụ, viễn thông (1.4 "Thương mại, dịch vụ"). */
export const trade = defineSector({
  id: 'trade',
  title: 'Thương mại, dịch vụ',
  department: 'trade',
  indicators: {
    doanh_thu_thuong_mai_dich_vu: {
      label: 'Tổng doanh thu thương mại, dịch vụ', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'flow', appendix: true,
    },
    // The source does not say whether these are new or total subscriptions (its heading 1.5 carries them garbled):
    // stock keeps them from being summed over months; the template words them neutrally.
    thue_bao_viettel: { label: 'Số thuê bao viễn thông Viettel', unit: 'thuê bao', kind: 'count', accumulate: 'stock' },
    thue_bao_vien_thong: { label: 'Số thuê bao Viễn Thông', unit: 'thuê bao', kind: 'count', accumulate: 'stock' },
  },
  texts: {
    kiem_tra_thi_truong: 'Chỉ đạo kiểm tra, chống buôn lậu, gian lận thương mại',
    tinh_hinh_thuong_mai: 'Tình hình hoạt động thương mại, giá cả trong tháng (sau "Trong tháng …")',
  },
});
