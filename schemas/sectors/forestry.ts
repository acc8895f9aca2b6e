import { defineSector } from '../indicator.js';

/** Tuyên truyền, quản lý bảo vệ rừng, lâm sinh (1.1.a "- Lâm nghiệp:"). */
export const forestry = defineSector({
  id: 'forestry',
  title: 'Lâm nghiệp',
  department: 'forestry',
  indicators: {
    lam_nghiep_tuyen_truyen_luot_nguoi: {
      label: 'Tuyên truyền Luật Lâm nghiệp: số lượt người', unit: 'lượt người', kind: 'count', accumulate: 'flow', appendix: true,
    },
    lam_nghiep_tuyen_truyen_ban: { label: 'Tuyên truyền Luật Lâm nghiệp: số bản', unit: 'bản', kind: 'count', accumulate: 'flow' },
    lam_nghiep_tuyen_truyen_xa: { label: 'Tuyên truyền Luật Lâm nghiệp: số xã, thị trấn', unit: 'xã, thị trấn', kind: 'count', accumulate: 'flow' },
    lam_nghiep_vu_vi_pham: { label: 'Vụ vi phạm lâm luật phát hiện', unit: 'vụ', kind: 'count', accumulate: 'flow', appendix: true },
    lam_nghiep_nop_ngan_sach: {
      label: 'Xử lý vi phạm lâm luật: thu nộp ngân sách nhà nước', unit: 'triệu đồng', kind: 'amount', decimals: 1, accumulate: 'flow', appendix: true,
    },
  },
  texts: {
    cam_ket_bao_ve_rung: 'Ký cam kết bảo vệ rừng (nối sau số bản, xã được tuyên truyền)',
    quan_ly_bao_ve_rung: 'Công tác quản lý bảo vệ rừng (trước số vụ vi phạm)',
    vi_pham: 'Loại vi phạm phát hiện trong tháng (sau số vụ, ví dụ "vi phạm về tàng trữ lâm sản trái phép")',
    lam_sinh: 'Công tác lâm sinh, chi trả dịch vụ môi trường rừng',
  },
  rules: [
    // the communes reached cannot outnumber the villages reached in them
    { kind: 'atMost', part: 'lam_nghiep_tuyen_truyen_xa', whole: 'lam_nghiep_tuyen_truyen_ban' },
  ],
});
