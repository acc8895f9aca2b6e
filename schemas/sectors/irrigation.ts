import { defineSector } from '../indicator.js';

/** Thủy lợi, phòng chống lụt bão (1.1.b); this month's text carries no figure. */
export const irrigation = defineSector({
  id: 'irrigation',
  title: 'Thủy lợi, phòng chống lụt bão',
  department: 'irrigation',
  indicators: {},
  texts: {
    thuy_loi: 'Quản lý, bảo vệ công trình thủy lợi, kênh mương',
    phong_chong_lut_bao: 'Công tác phòng chống lụt bão, khắc phục hậu quả thiên tai',
  },
});
