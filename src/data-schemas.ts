/** Schemas of the files that are not sector data: district metadata, the month's report metadata, the annual plan. */
import { z } from 'zod';
import type { PlanTargetDef } from './definitions.js';
import { figureSchema, narrativeSchema } from './sector-schema.js';
import { sourceMarkSchema, type SourceMarks } from './provenance.js';

const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Ngày phải có dạng YYYY-MM-DD, ví dụ 2021-01-15')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'Ngày không tồn tại',
  });

/** data/district.yaml: who issues the report, who signs it, who receives it, which department owns each file. */
export const DistrictSchema = z
  .strictObject({
    co_quan_cap_tren: z.string().min(1).optional().describe('Tên cơ quan chủ quản (dòng trên tên cơ quan), nếu có'),
    co_quan: z.array(z.string().min(1)).min(1).describe('Tên cơ quan ban hành, mỗi dòng một phần tử (chữ in hoa)'),
    ten_huyen: z.string().min(1).describe('Tên huyện, ví dụ "Than Uyên"'),
    tinh: z.string().min(1).describe('Tên tỉnh, ví dụ "Lai Châu"'),
    dia_danh: z.string().min(1).describe('Địa danh ghi ở dòng ngày tháng'),
    ky_hieu: z
      .string()
      .regex(/^[A-ZĐ0-9-]+$/, 'Ký hiệu chỉ gồm chữ in hoa, chữ số và dấu gạch nối, ví dụ BC-UBND')
      .describe('Ký hiệu văn bản, ví dụ BC-UBND'),
    nguoi_ky: z
      .strictObject({
        tham_quyen: z.string().min(1).describe('Thẩm quyền ký, ví dụ "TM. ỦY BAN NHÂN DÂN"'),
        chuc_vu: z
          .array(z.string().min(1))
          .min(1)
          .describe('Chức vụ người ký, mỗi dòng một phần tử, ví dụ ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]'),
        ho_ten: z.string().min(1).describe('Họ và tên người ký'),
      })
      .describe('Người ký'),
    noi_nhan: z.array(z.string().min(1)).min(1).describe('Nơi nhận, không gồm dòng "Lưu"'),
    luu: z.string().min(1).describe('Phần sau "Lưu:", ví dụ "VT, VP"'),
    phong_ban: z.record(z.string(), z.string().min(1)).describe('Phòng, ban phụ trách từng tệp số liệu'),
  })
  .describe('Thông tin huyện');
export type District = z.infer<typeof DistrictSchema>;

/** data/<YYYY-MM>/report.yaml: the issued number and dates of this month's report and its opening paragraph. */
export const ReportMetaSchema = z
  .strictObject({
    so: z.int().min(1).nullable().describe('Số văn bản; để null khi chưa cấp số'),
    ngay_ban_hanh: IsoDate.nullable().describe('Ngày ký ban hành (YYYY-MM-DD); để null khi chưa ký'),
    ngay_chot_so_lieu: IsoDate.describe('Ngày chốt số liệu (YYYY-MM-DD), ví dụ 2021-01-15'),
    mo_dau: narrativeSchema('Đoạn mở đầu Phần thứ nhất'),
    du_lieu_minh_hoa: z
      .boolean()
      .optional()
      .describe('true khi số liệu chỉ để minh họa, không phải số liệu đã công bố: báo cáo in rõ điều đó ở đầu văn bản'),
  })
  .describe('Thông tin báo cáo tháng');
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

/** data/plans/<YYYY>.yaml: annual targets, keyed by the target ids the sectors declare. */
export function planSchema(planTargets: ReadonlyMap<string, PlanTargetDef>) {
  const targets = Object.fromEntries([...planTargets].map(([id, def]) => [id, figureSchema(def).optional()]));
  return z
    .strictObject({
      nam: z.int().min(2000).max(2100).describe('Năm kế hoạch'),
      chi_tieu: z.strictObject(targets).describe('Chỉ tiêu kế hoạch năm'),
      ...sourceMarkSchema(Object.keys(targets)),
    })
    .describe('Kế hoạch năm');
}
export type Plan = SourceMarks & { nam: number; chi_tieu: Record<string, number | undefined> };
