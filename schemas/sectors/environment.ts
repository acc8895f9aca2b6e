import { defineSector } from '../indicator.js';

/** Quản lý đất đai, môi trường, khoáng sản (1.2 "Tài nguyên - môi trường"). */
export const environment = defineSector({
  id: 'environment',
  title: 'Tài nguyên - môi trường',
  department: 'environment',
  indicators: {
    chuyen_muc_dich_so_ho: {
      label: 'Hộ gia đình, cá nhân được cho phép chuyển mục đích sử dụng đất', unit: 'hộ', kind: 'count', accumulate: 'flow', appendix: true,
    },
    chuyen_muc_dich_dien_tich: {
      label: 'Diện tích được cho phép chuyển mục đích sử dụng đất', unit: 'ha', kind: 'amount', decimals: 2, accumulate: 'flow', appendix: true,
    },
    // a household may receive several certificates (one per parcel): 46 certificates for 43 households
    gcn_qsdd_so_giay: {
      label: 'Giấy chứng nhận quyền sử dụng đất được cấp', unit: 'giấy chứng nhận', kind: 'count', accumulate: 'flow', appendix: true,
    },
    gcn_qsdd_so_ho: { label: 'Hộ gia đình, cá nhân được cấp giấy chứng nhận quyền sử dụng đất', unit: 'hộ', kind: 'count', accumulate: 'flow' },
    gcn_qsdd_dien_tich: {
      label: 'Diện tích được cấp giấy chứng nhận quyền sử dụng đất', unit: 'm2', kind: 'amount', decimals: 1, accumulate: 'flow',
    },
    chinh_ly_bien_dong_so_ho: { label: 'Hộ gia đình, cá nhân được chỉnh lý biến động đất', unit: 'hộ', kind: 'count', accumulate: 'flow', appendix: true },
    // the petitions the working group is handling: a standing caseload, not new filings of the month
    don_kien_nghi_dang_giai_quyet: { label: 'Đơn kiến nghị tổ công tác đang giải quyết', unit: 'đơn', kind: 'count', accumulate: 'stock' },
  },
  texts: {
    van_ban_chi_dao: 'Văn bản chỉ đạo công tác quản lý tài nguyên - môi trường (trước số hộ chuyển mục đích)',
    moi_truong_khoang_san: 'Kiểm tra, kiểm soát ô nhiễm môi trường, khoáng sản; vệ sinh môi trường',
    kien_nghi: 'Nội dung đơn kiến nghị và việc giải quyết (sau số đơn, ví dụ "kiến nghị của các hộ dân thuộc xã …")',
  },
});
