import { defineSector } from '../indicator.js';

/** An ninh chính trị, trật tự an toàn xã hội (I.3.2): crime, drugs, administrative fines, traffic order, propaganda. */
export const security = defineSector({
  id: 'security',
  title: 'An ninh chính trị, trật tự an toàn xã hội',
  department: 'security',
  indicators: {
    an_ninh_vu_an_dac_biet_nghiem_trong: { label: 'Vụ án đặc biệt nghiêm trọng', unit: 'vụ án', kind: 'count', accumulate: 'flow' },
    an_ninh_pham_phap_hinh_su_vu: { label: 'Vụ phạm pháp hình sự', unit: 'vụ', kind: 'count', accumulate: 'flow', appendix: true },
    an_ninh_pham_phap_hinh_su_doi_tuong: { label: 'Đối tượng phạm pháp hình sự', unit: 'đối tượng', kind: 'count', accumulate: 'flow' },
    an_ninh_ma_tuy_vu: { label: 'Vụ mua bán, tàng trữ trái phép chất ma túy bị bắt, tiếp nhận', unit: 'vụ', kind: 'count', accumulate: 'flow', appendix: true },
    an_ninh_ma_tuy_doi_tuong: { label: 'Đối tượng mua bán, tàng trữ trái phép chất ma túy bị bắt, tiếp nhận', unit: 'đối tượng', kind: 'count', accumulate: 'flow' },
    an_ninh_xu_phat_hanh_chinh_vu: { label: 'Vụ vi phạm hành chính bị xử phạt', unit: 'vụ', kind: 'count', accumulate: 'flow' },
    an_ninh_xu_phat_hanh_chinh_doi_tuong: { label: 'Đối tượng vi phạm hành chính bị xử phạt', unit: 'đối tượng', kind: 'count', accumulate: 'flow' },
    an_ninh_xu_phat_hanh_chinh_tien: { label: 'Tiền xử phạt vi phạm hành chính nộp ngân sách', unit: 'triệu đồng', kind: 'amount', decimals: 1, accumulate: 'flow' },
    giao_thong_vi_pham: { label: 'Trường hợp vi phạm trật tự an toàn giao thông lập biên bản', unit: 'trường hợp', kind: 'count', accumulate: 'flow', appendix: true },
    giao_thong_tam_giu_xe_mo_to: { label: 'Xe mô tô bị tạm giữ', unit: 'xe', kind: 'count', accumulate: 'flow' },
    giao_thong_tam_giu_giay_to: { label: 'Giấy tờ bị tạm giữ', unit: 'giấy tờ', kind: 'count', accumulate: 'flow' },
    giao_thong_xu_phat: { label: 'Trường hợp vi phạm giao thông bị xử phạt hành chính', unit: 'trường hợp', kind: 'count', accumulate: 'flow' },
    giao_thong_tien_phat: { label: 'Tiền phạt giao thông nộp Kho bạc Nhà nước', unit: 'triệu đồng', kind: 'amount', decimals: 1, accumulate: 'flow', appendix: true },
    giao_thong_tai_nan_vu: { label: 'Vụ tai nạn giao thông', unit: 'vụ', kind: 'count', accumulate: 'flow', appendix: true },
    giao_thong_tai_nan_xe_o_to_hu_hong: { label: 'Xe ô tô hư hỏng do tai nạn', unit: 'xe', kind: 'count', accumulate: 'flow' },
    an_ninh_tuyen_truyen_buoi: { label: 'Buổi tuyên truyền phong trào toàn dân bảo vệ an ninh tổ quốc', unit: 'buổi', kind: 'count', accumulate: 'flow' },
    an_ninh_tuyen_truyen_luot_nguoi: { label: 'Lượt người tham gia tuyên truyền phong trào toàn dân bảo vệ an ninh tổ quốc', unit: 'lượt người', kind: 'count', accumulate: 'flow' },
  },
  texts: {
    tinh_hinh: 'Tổng kết các Ban Chỉ đạo, tình hình an ninh trật tự chung',
    vu_an_thoi_diem: 'Thời điểm xảy ra vụ án (trước số vụ án)',
    vu_an_dien_bien: 'Tính chất, địa bàn vụ án và kết quả điều tra (nối sau số vụ án)',
    xu_phat_hanh_chinh_hanh_vi: 'Hành vi vi phạm hành chính bị xử phạt (nối sau số đối tượng)',
    giao_thong_chi_dao: 'Chỉ đạo tuần tra, kiểm soát trật tự an toàn giao thông (trước số trường hợp vi phạm)',
    tai_nan_thiet_hai_khac: 'Thiệt hại khác và địa bàn vụ tai nạn (nối sau số xe ô tô hư hỏng)',
  },
  rules: [{ kind: 'atMost', part: 'giao_thong_xu_phat', whole: 'giao_thong_vi_pham' }],
});
