import { defineSector } from '../indicator.js';

/** Y tế - Dân số (I.2.2): disease prevention, medical examinations, population and family planning. */
export const health = defineSector({
  id: 'health',
  title: 'Y tế - Dân số',
  department: 'health',
  indicators: {
    y_te_cong_dan_cach_ly: { label: 'Công dân nhập cảnh trái phép được cách ly y tế', unit: 'công dân', kind: 'count', accumulate: 'flow' },
    y_te_kham_benh: { label: 'Lượt khám bệnh', unit: 'lượt người', kind: 'count', accumulate: 'flow', appendix: true },
    y_te_kham_benh_nguoi_ngheo: { label: 'Lượt khám bệnh cho người nghèo', unit: 'lượt người', kind: 'count', accumulate: 'flow' },
    y_te_kham_benh_tre_em: { label: 'Lượt khám bệnh cho trẻ em dưới 6 tuổi', unit: 'lượt người', kind: 'count', accumulate: 'flow' },
    // Standing totals of the district at the end of the previous year; also the base of the poverty rates (labour).
    dan_so_ho: { label: 'Tổng số hộ toàn huyện', unit: 'hộ', kind: 'count', accumulate: 'stock', appendix: true },
    dan_so_nguoi: { label: 'Dân số toàn huyện', unit: 'người', kind: 'count', accumulate: 'stock', appendix: true },
    dan_so_tre_sinh: { label: 'Trẻ sinh ra', unit: 'trẻ', kind: 'count', accumulate: 'flow' },
    dan_so_tre_sinh_con_thu_ba: { label: 'Trẻ sinh ra là con thứ 3 trở lên', unit: 'trẻ', kind: 'count', accumulate: 'flow', appendix: true },
    // computed, never entered: over several months the share is total third-plus births over total births, not a mean of monthly shares
    dan_so_ty_le_con_thu_ba: {
      label: 'Tỷ lệ trẻ sinh ra là con thứ 3 trở lên', unit: '%', kind: 'amount', decimals: 2, accumulate: 'rate', appendix: true,
      ratio: { numerator: 'dan_so_tre_sinh_con_thu_ba', denominator: 'dan_so_tre_sinh' },
    },
    dan_so_tao_hon: { label: 'Cặp tảo hôn', unit: 'cặp', kind: 'count', accumulate: 'flow' },
  },
  texts: {
    phong_chong_dich: 'Công tác chăm sóc sức khỏe, phòng chống dịch bệnh (trước số công dân được cách ly)',
    cach_ly: 'Hoàn cảnh, nơi cách ly của các công dân (nối sau số công dân)',
    chuong_trinh_y_te: 'Các chương trình y tế, vệ sinh an toàn thực phẩm, ngộ độc',
    kham_benh_tre_em: 'Nhóm trẻ em được khám và các loại hình khám khác (nối sau số lượt trẻ em)',
    tre_sinh_con_thu_ba: 'Trẻ sinh ra là con thứ 3 trở lên (nối sau số trẻ)',
    dan_so_chi_dao: 'Chỉ đạo công tác dân số - KHHGĐ',
  },
  rules: [
    // an open sum: the rest of the examinations ("các loại hình khám bệnh khác") is not itemised
    { kind: 'sum', open: true, total: 'y_te_kham_benh', parts: ['y_te_kham_benh_nguoi_ngheo', 'y_te_kham_benh_tre_em'] },
    { kind: 'atMost', part: 'dan_so_tre_sinh_con_thu_ba', whole: 'dan_so_tre_sinh' },
  ],
});
