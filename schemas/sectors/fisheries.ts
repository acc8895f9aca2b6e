import { defineSector } from '../indicator.js';

/** Nuôi trồng thủy sản (1.1.a "- Thủy sản:"). */
export const fisheries = defineSector({
  id: 'fisheries',
  title: 'Thủy sản',
  department: 'fisheries',
  indicators: {
    thuy_san_dien_tich_ao_ho: {
      label: 'Diện tích ao, hồ nuôi trồng thủy sản hiện có', unit: 'ha', kind: 'amount', decimals: 2, accumulate: 'stock', appendix: true,
    },
    thuy_san_long_ca: { label: 'Số lồng cá trên lòng hồ thủy điện', unit: 'lồng', kind: 'count', accumulate: 'stock', appendix: true },
  },
  texts: {
    tinh_hinh: 'Tình hình nuôi trồng, dịch bệnh thủy sản (nối sau số lồng cá)',
  },
});
