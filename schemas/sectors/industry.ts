import { defineSector } from '../indicator.js';

/** Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp (1.3.a). */
export const industry = defineSector({
  id: 'industry',
  title: 'Công nghiệp, tiểu thủ công nghiệp',
  department: 'industry',
  indicators: {
    gia_tri_cong_nghiep: {
      label: 'Tổng giá trị công nghiệp, tiểu thủ công nghiệp', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'flow', appendix: true,
    },
    cong_nghiep_khai_thac: { label: 'Giá trị công nghiệp khai thác', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'flow' },
    cong_nghiep_che_bien: { label: 'Giá trị công nghiệp chế biến', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'flow' },
    san_xuat_phan_phoi_dien_nuoc: { label: 'Giá trị sản xuất và phân phối điện nước', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'flow' },
    cap_nuoc_xu_ly_rac_nuoc_thai: {
      label: 'Giá trị cung cấp nước, quản lý và xử lý rác, nước thải', unit: 'tỷ đồng', kind: 'amount', decimals: 1, accumulate: 'flow',
    },
  },
  texts: {},
  rules: [
    {
      kind: 'sum', total: 'gia_tri_cong_nghiep',
      parts: ['cong_nghiep_khai_thac', 'cong_nghiep_che_bien', 'san_xuat_phan_phoi_dien_nuoc', 'cap_nuoc_xu_ly_rac_nuoc_thai'],
    },
  ],
});
