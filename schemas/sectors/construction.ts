import { defineSector } from '../indicator.js';

/** Trật tự xây dựng, đô thị, hành lang giao thông (1.3.b); this month's text carries no figure. */
export const construction = defineSector({
  id: 'construction',
  title: 'Quản lý xây dựng và đô thị',
  department: 'construction',
  indicators: {},
  texts: {
    trat_tu_do_thi: 'Công tác quản lý trật tự đô thị, hành lang giao thông, quy hoạch',
  },
});
