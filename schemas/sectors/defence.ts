import { defineSector } from '../indicator.js';

/** Lĩnh vực Quốc phòng (I.3.1). January has no figures. */
export const defence = defineSector({
  id: 'defence',
  title: 'Lĩnh vực Quốc phòng',
  department: 'defence',
  indicators: {},
  texts: {
    quoc_phong: 'Công tác quân sự - quốc phòng trong tháng',
  },
});
