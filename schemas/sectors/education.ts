import { defineSector } from '../indicator.js';

/** Giáo dục - Đào tạo (I.2.1). January has no figures: only the department's direction of the school term. */
export const education = defineSector({
  id: 'education',
  title: 'Giáo dục - Đào tạo',
  department: 'education',
  indicators: {},
  texts: {
    chi_dao: 'Chỉ đạo công tác giáo dục, đào tạo trong tháng',
  },
});
