import { defineSector } from '../indicator.js';

/** Giải ngân vốn và kế hoạch vốn đầu tư công của huyện (1.3.c "Quản lý đầu tư công"). */
export const publicInvestment = defineSector({
  id: 'public-investment',
  title: 'Quản lý đầu tư công',
  department: 'public-investment',
  // the year's capital plan as assigned by the district's decision (data/plans/<YYYY>.yaml cites it)
  planTargets: {
    von_dau_tu_cong: { label: 'Tổng kế hoạch vốn đầu tư công được giao', unit: 'triệu đồng', kind: 'amount', decimals: 1 },
    von_can_doi_tinh_quan_ly: {
      label: 'Kế hoạch vốn cân đối ngân sách địa phương do tỉnh quản lý', unit: 'triệu đồng', kind: 'amount', decimals: 1,
    },
    von_can_doi_tinh_chuyen_tiep: {
      label: 'Vốn cân đối do tỉnh quản lý: bố trí cho công trình chuyển tiếp', unit: 'triệu đồng', kind: 'amount', decimals: 1,
    },
    von_can_doi_tinh_quyet_toan: {
      label: 'Vốn cân đối do tỉnh quản lý: bố trí cho công trình đã phê duyệt quyết toán', unit: 'triệu đồng', kind: 'amount', decimals: 1,
    },
    von_can_doi_huyen_quan_ly: {
      label: 'Kế hoạch vốn cân đối ngân sách địa phương do huyện quản lý', unit: 'triệu đồng', kind: 'amount', decimals: 1,
    },
    von_tien_su_dung_dat: { label: 'Kế hoạch vốn thu từ tiền sử dụng đất', unit: 'triệu đồng', kind: 'amount', decimals: 1 },
    von_xo_so_kien_thiet: { label: 'Kế hoạch vốn thu xổ số kiến thiết tỉnh bổ sung', unit: 'triệu đồng', kind: 'amount', decimals: 1 },
  },
  indicators: {
    // rates as the report states them (cumulative disbursement of last year's capital): not recomputable from its figures
    giai_ngan_ngan_sach_huyen: {
      label: 'Tỷ lệ giải ngân vốn ngân sách huyện', unit: '%', kind: 'amount', decimals: 2, accumulate: 'stock', appendix: true,
    },
    giai_ngan_von_dau_tu: { label: 'Tỷ lệ giải ngân nguồn vốn đầu tư', unit: '%', kind: 'amount', decimals: 2, accumulate: 'stock' },
    giai_ngan_von_su_nghiep: { label: 'Tỷ lệ giải ngân nguồn vốn sự nghiệp', unit: '%', kind: 'amount', decimals: 2, accumulate: 'stock' },
  },
  texts: {
    giai_ngan_thoi_diem: 'Thời điểm tính kết quả giải ngân (ví dụ "đến 31/12/2020")',
    quyet_dinh_giao_von: 'Quyết định giao kế hoạch vốn đầu tư (số, ngày; ví dụ "Quyết định số 2773/QĐ-UBND ngày 18/12/2020")',
    tien_su_dung_dat_ghi_chu: 'Ghi chú phân bổ nguồn thu tiền sử dụng đất (sau số vốn)',
  },
  rules: [
    // the overall rate is a weighted mean of the two sources' rates, so it must lie between them
    { kind: 'between', value: 'giai_ngan_ngan_sach_huyen', bounds: ['giai_ngan_von_dau_tu', 'giai_ngan_von_su_nghiep'] },
    {
      kind: 'sum', source: 'plan', total: 'von_dau_tu_cong',
      parts: ['von_can_doi_tinh_quan_ly', 'von_can_doi_huyen_quan_ly', 'von_tien_su_dung_dat', 'von_xo_so_kien_thiet'],
    },
    { kind: 'sum', source: 'plan', total: 'von_can_doi_tinh_quan_ly', parts: ['von_can_doi_tinh_chuyen_tiep', 'von_can_doi_tinh_quyet_toan'] },
  ],
});
