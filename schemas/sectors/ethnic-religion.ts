import { defineSector } from '../indicator.js';

/** Công tác dân tộc, tôn giáo (I.2.5). January has no figures. */
export const ethnicReligion = defineSector({
  id: 'ethnic-religion',
  title: 'Công tác dân tộc, tôn giáo',
  department: 'ethnic-religion',
  indicators: {},
  texts: {
    dan_toc: 'Công tác dân tộc',
    ton_giao: 'Công tác tôn giáo',
  },
});
