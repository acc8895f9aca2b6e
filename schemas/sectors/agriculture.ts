import { defineSector } from '../indicator.js';

/** Trồng trọt, chăn nuôi (1.1.a "- Nông nghiệp:"), with the opening paragraph of 1.1. */
export const agriculture = defineSector({
  id: 'agriculture',
  title: 'Nông nghiệp',
  department: 'agriculture',
  planTargets: {
    lua_dong_xuan: { label: 'Kế hoạch diện tích lúa vụ Đông Xuân', unit: 'ha', kind: 'amount', decimals: 2 },
  },
  indicators: {
    lua_dong_xuan_lam_dat: {
      label: 'Diện tích làm đất lúa vụ Đông Xuân', unit: 'ha', kind: 'amount', decimals: 2,
      accumulate: 'stock', plan: 'lua_dong_xuan', appendix: true,
    },
    ngo_gieo_trong: { label: 'Diện tích gieo trồng ngô', unit: 'ha', kind: 'amount', decimals: 2, accumulate: 'stock', appendix: true },
    che_hien_co: { label: 'Diện tích chè hiện có', unit: 'ha', kind: 'amount', decimals: 2, accumulate: 'stock', appendix: true },
    cao_su: { label: 'Diện tích cây cao su', unit: 'ha', kind: 'amount', decimals: 2, accumulate: 'stock', appendix: true },
    dan_gia_suc: { label: 'Tổng đàn gia súc', unit: 'con', kind: 'count', accumulate: 'stock', appendix: true },
    dan_gia_cam: { label: 'Tổng đàn gia cầm', unit: 'con', kind: 'count', accumulate: 'stock', appendix: true },
    ty_le_ho_co_chuong_trai: {
      label: 'Tỷ lệ hộ chăn nuôi gia súc có chuồng trại chống rét', unit: '%', kind: 'amount', decimals: 2, accumulate: 'stock',
    },
    gia_suc_chet_ret: { label: 'Gia súc chết rét', unit: 'con', kind: 'count', accumulate: 'flow', appendix: true },
    trau_chet_ret: { label: 'Trâu chết rét', unit: 'con', kind: 'count', accumulate: 'flow' },
    nghe_chet_ret: { label: 'Nghé chết rét', unit: 'con', kind: 'count', accumulate: 'flow' },
    bo_chet_ret: { label: 'Bò chết rét', unit: 'con', kind: 'count', accumulate: 'flow' },
    be_chet_ret: { label: 'Bê chết rét', unit: 'con', kind: 'count', accumulate: 'flow' },
    giet_mo_gia_suc: { label: 'Gia súc được kiểm soát giết mổ', unit: 'gia súc', kind: 'count', accumulate: 'flow', appendix: true },
    giet_mo_lon: { label: 'Lợn được kiểm soát giết mổ', unit: 'con', kind: 'count', accumulate: 'flow' },
    giet_mo_trau_bo_ngua: { label: 'Trâu, bò, ngựa được kiểm soát giết mổ', unit: 'con', kind: 'count', accumulate: 'flow' },
  },
  texts: {
    chi_dao_chung: 'Đoạn mở đầu mục 1.1 (chỉ đạo chung sản xuất nông - lâm nghiệp)',
    lua_chi_dao: 'Chỉ đạo sản xuất lúa (nối sau tỷ lệ làm đất)',
    ngo_chi_dao: 'Chỉ đạo chăm sóc ngô (nối sau diện tích ngô)',
    cay_trong_khac: 'Cây trồng khác',
    che_chi_dao: 'Chỉ đạo chăm sóc, trồng mới chè (nối sau diện tích chè)',
    bao_ve_thuc_vat: 'Công tác bảo vệ thực vật',
    chan_nuoi_tinh_hinh: 'Tình hình đàn vật nuôi',
    phong_chong_doi_ret: 'Công tác phòng chống đói, rét, dịch bệnh cho gia súc (trước tỷ lệ hộ có chuồng trại)',
    dich_benh: 'Tình hình dịch bệnh trên đàn gia súc, gia cầm trong tháng',
    kiem_dich: 'Công tác kiểm dịch (nối sau số giết mổ)',
    mo_hinh: 'Mô hình, dự án',
  },
  rules: [
    { kind: 'sum', total: 'gia_suc_chet_ret', parts: ['trau_chet_ret', 'nghe_chet_ret', 'bo_chet_ret', 'be_chet_ret'] },
    { kind: 'sum', total: 'giet_mo_gia_suc', parts: ['giet_mo_lon', 'giet_mo_trau_bo_ngua'] },
    { kind: 'atMost', part: 'lua_dong_xuan_lam_dat', whole: 'lua_dong_xuan' },
  ],
});
