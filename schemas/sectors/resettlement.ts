import { defineSector } from '../indicator.js';

/** Quyết toán dự án di dân tái định cư thủy điện (1.3.d "Tái định cư sau các công trình thuỷ điện"). */
export const resettlement = defineSector({
  id: 'resettlement',
  title: 'Tái định cư sau các công trình thuỷ điện',
  department: 'resettlement',
  indicators: {
    tdc_tong_du_an: { label: 'Tổng số dự án di dân tái định cư', unit: 'dự án', kind: 'count', accumulate: 'stock', appendix: true },
    tdc_da_chuyen_ho_so: { label: 'Dự án tái định cư đã chuyển hồ sơ quyết toán', unit: 'dự án', kind: 'count', accumulate: 'stock' },
    tdc_da_quyet_toan: { label: 'Dự án tái định cư đã quyết toán', unit: 'dự án', kind: 'count', accumulate: 'stock', appendix: true },
    tdc_quyet_toan_nam_truoc: { label: 'Dự án tái định cư quyết toán trong năm trước', unit: 'dự án', kind: 'count', accumulate: 'stock' },
    tdc_chua_quyet_toan: { label: 'Dự án tái định cư cấp tỉnh chưa quyết toán', unit: 'dự án', kind: 'count', accumulate: 'stock' },
  },
  texts: {
    tuyen_truyen: 'Tuyên truyền, vận động Nhân dân tái định cư ổn định đời sống',
    nguon_von: 'Tên nguồn vốn di dân tái định cư (trước tổng số dự án)',
  },
  rules: [
    { kind: 'sum', total: 'tdc_tong_du_an', parts: ['tdc_da_quyet_toan', 'tdc_chua_quyet_toan'] },
    { kind: 'atMost', part: 'tdc_da_chuyen_ho_so', whole: 'tdc_tong_du_an' },
    { kind: 'atMost', part: 'tdc_quyet_toan_nam_truoc', whole: 'tdc_da_quyet_toan' },
  ],
});
