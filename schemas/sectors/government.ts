import { defineSector } from '../indicator.js';

/** Công tác xây dựng chính quyền; cải cách hành chính (I.4.1): personnel changes, evaluation, administrative reform. */
export const government = defineSector({
  id: 'government',
  title: 'Công tác xây dựng chính quyền; cải cách hành chính',
  department: 'government',
  indicators: {
    nhan_su_bo_nhiem_lai_can_bo: { label: 'Cán bộ quản lý phòng chuyên môn được bổ nhiệm lại', unit: 'cán bộ', kind: 'count', accumulate: 'flow' },
    nhan_su_biet_phai_vien_chuc: { label: 'Viên chức biệt phái', unit: 'viên chức', kind: 'count', accumulate: 'flow' },
    nhan_su_thoi_viec_vien_chuc: { label: 'Viên chức thôi việc', unit: 'viên chức', kind: 'count', accumulate: 'flow' },
    nhan_su_nghi_khong_luong_cong_chuc: { label: 'Công chức nghỉ tự túc không hưởng lương', unit: 'công chức', kind: 'count', accumulate: 'flow' },
    nhan_su_nghi_khong_luong_vien_chuc: { label: 'Viên chức nghỉ tự túc không hưởng lương', unit: 'viên chức', kind: 'count', accumulate: 'flow' },
    nhan_su_nghi_huu_vien_chuc: { label: 'Viên chức được thông báo nghỉ hưu hưởng chế độ BHXH', unit: 'viên chức', kind: 'count', accumulate: 'flow' },
  },
  texts: {
    danh_gia_xep_loai: 'Đánh giá, xếp loại chất lượng cán bộ, khắc phục sai phạm tuyển dụng',
    cai_cach_hanh_chinh: 'Cải cách hành chính và các công tác khác',
  },
});
