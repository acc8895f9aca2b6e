import { defineSector } from '../indicator.js';

/** Công tác Văn hoá - Thể thao, Du lịch và Thông tin truyền thông (I.2.3). */
export const culture = defineSector({
  id: 'culture',
  title: 'Công tác Văn hoá - Thể thao, Du lịch và Thông tin truyền thông',
  department: 'culture',
  indicators: {
    du_lich_luot_khach: { label: 'Lượt khách lưu trú tại huyện', unit: 'lượt khách', kind: 'count', accumulate: 'flow', appendix: true },
    truyen_hinh_tiep_song: { label: 'Giờ tiếp sóng Truyền hình Việt Nam từ Trung ương, địa phương', unit: 'giờ', kind: 'count', accumulate: 'flow' },
    truyen_thanh_tiep_song_fm: { label: 'Giờ tiếp sóng FM', unit: 'giờ', kind: 'count', accumulate: 'flow' },
    truyen_thanh_gio_dia_phuong: { label: 'Giờ phát sóng địa phương (truyền thanh, truyền hình)', unit: 'giờ', kind: 'count', accumulate: 'flow' },
    // the bulletins are programmes too: one unit, so the parts add up to the total
    chuong_trinh_phat_thanh_truyen_hinh: {
      label: 'Chương trình truyền thanh, truyền hình của huyện', unit: 'chương trình', kind: 'count', accumulate: 'flow', appendix: true,
    },
    ban_tin_truyen_hinh: { label: 'Bản tin truyền hình trang địa phương', unit: 'chương trình', kind: 'count', accumulate: 'flow' },
    ban_tin_phat_thanh_tieng_viet: { label: 'Bản tin phát thanh tiếng Việt', unit: 'chương trình', kind: 'count', accumulate: 'flow' },
    ban_tin_phat_thanh_tieng_thai: { label: 'Bản tin phát thanh tiếng dân tộc Thái', unit: 'chương trình', kind: 'count', accumulate: 'flow' },
  },
  texts: {
    van_hoa_the_thao: 'Công tác văn hóa, thể thao, gia đình, kiểm tra dịch vụ văn hóa và cơ sở lưu trú',
    truyen_thanh_truyen_hinh: 'Nhận xét chung công tác truyền thanh - truyền hình (trước số giờ tiếp sóng)',
    ban_tin_noi_dung: 'Nội dung tuyên truyền của các bản tin (nối sau số bản tin)',
  },
  rules: [
    {
      kind: 'sum', total: 'chuong_trinh_phat_thanh_truyen_hinh',
      parts: ['ban_tin_truyen_hinh', 'ban_tin_phat_thanh_tieng_viet', 'ban_tin_phat_thanh_tieng_thai'],
    },
  ],
});
