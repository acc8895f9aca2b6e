import { defineSector } from '../indicator.js';

/** Xây dựng nông thôn mới (1.1.a "- Nông thôn mới:"); this month's text carries no figure. */
export const ruralDevelopment = defineSector({
  id: 'rural-development',
  title: 'Nông thôn mới',
  department: 'rural-development',
  indicators: {},
  texts: {
    chi_dao: 'Chỉ đạo thực hiện Chương trình xây dựng nông thôn mới',
  },
});
