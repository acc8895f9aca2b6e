import { defineSector } from '../indicator.js';

/** Công tác thanh tra và giải quyết khiếu nại, tố cáo, phòng chống tham nhũng; tư pháp (I.4.2). */
export const inspectionJustice = defineSector({
  id: 'inspection-justice',
  title: 'Công tác thanh tra và giải quyết khiếu nại, tố cáo, phòng chống tham nhũng; tư pháp',
  department: 'inspection-justice',
  indicators: {
    tiep_dan_luot: { label: 'Lượt tiếp công dân', unit: 'lượt', kind: 'count', accumulate: 'flow', appendix: true },
    tiep_dan_vu_viec: { label: 'Vụ việc tiếp công dân', unit: 'vụ việc', kind: 'count', accumulate: 'flow' },
    tiep_dan_nguoi: { label: 'Người được tiếp', unit: 'người', kind: 'count', accumulate: 'flow' },
    don_tiep_nhan: { label: 'Đơn kiến nghị phản ánh tiếp nhận', unit: 'đơn', kind: 'count', accumulate: 'flow', appendix: true },
    don_da_giai_quyet: { label: 'Đơn đã giải quyết lần đầu', unit: 'đơn', kind: 'count', accumulate: 'flow' },
    don_dang_giai_quyet: { label: 'Đơn đang xem xét giải quyết', unit: 'đơn', kind: 'count', accumulate: 'flow' },
    pho_bien_phap_luat_buoi: { label: 'Buổi tuyên truyền, phổ biến pháp luật ở xã, thị trấn', unit: 'buổi', kind: 'count', accumulate: 'flow', appendix: true },
    pho_bien_phap_luat_luot_nguoi: { label: 'Lượt người nghe tuyên truyền, phổ biến pháp luật', unit: 'lượt người', kind: 'count', accumulate: 'flow' },
    tu_phap_thu_ngan_sach: { label: 'Thu nộp ngân sách từ hộ tịch, chứng thực', unit: 'triệu đồng', kind: 'amount', decimals: 1, accumulate: 'flow' },
    hoa_giai_vu: { label: 'Vụ hòa giải ở cơ sở', unit: 'vụ', kind: 'count', accumulate: 'flow' },
  },
  texts: {
    thanh_tra: 'Công tác thanh tra (trước số lượt tiếp công dân)',
    tiep_dan_noi_dung: 'Nội dung công dân trình bày (nối sau số người)',
    pho_bien_phap_luat: 'Chỉ đạo tuyên truyền, phổ biến pháp luật',
    ho_tich: 'Công tác hộ tịch, chứng thực (trước số thu ngân sách)',
    hoa_giai: 'Hoạt động hòa giải ở cơ sở (trước số vụ hòa giải)',
    hoa_giai_noi_dung: 'Nội dung các vụ hòa giải (nối sau số vụ)',
  },
  rules: [{ kind: 'sum', total: 'don_tiep_nhan', parts: ['don_da_giai_quyet', 'don_dang_giai_quyet'] }],
});
