/** An office's house style as unit tests use it: Than Uyên's words (schemas/office.yaml), for tests of the engine's mechanics. */
import type { ReportStyle } from '../../src/model.js';

export const STYLE: ReportStyle = {
  numbering: ['roman', 'decimal', 'nested', 'letter'],
  padSmallNumbers: true,
  placeholders: { noData: '(chưa có số liệu)', noPlan: '(chưa có kế hoạch)' },
  partNames: ['Phần thứ nhất', 'Phần thứ hai', 'Phần thứ ba'],
  appendixName: 'Phụ lục',
  comparison: { increase: 'tăng', decrease: 'giảm', unchanged: 'không đổi', against: { cung_ky: 'so với cùng kỳ năm trước' } },
};
