/** Schemas of the files that are not sector data: district metadata, the month's report metadata, the annual plan. */
import './zod-config.js';
import * as z from 'zod';
import { periodText, type PlanTargetDef } from './definitions.js';
import { figureSchema, narrativeSchema } from './sector-schema.js';
import { sourceMarkSchema, type SourceMarks } from './provenance.js';

/** zod's messages of a date that is not one: validate.ts makes them VALIDATE_DATE, in the user's language. */
export const DATE_SHAPE_MESSAGE = 'Ngày phải có dạng YYYY-MM-DD, ví dụ 2021-01-15';
export const NO_SUCH_DATE_MESSAGE = 'Ngày không tồn tại';
const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, DATE_SHAPE_MESSAGE)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: NO_SUCH_DATE_MESSAGE,
  });

/** The kinds of agency a report is issued by: a People's Committee of a commune, district or province, a department… */
const AGENCY_KINDS = ['ubnd_xa', 'ubnd_huyen', 'ubnd_tinh', 'so', 'phong', 'khac'] as const;

/** data/district.yaml: who issues the report, who signs it, who receives it, which department owns each file. */
export const DistrictSchema = z
  .strictObject({
    loai_co_quan: z.enum(AGENCY_KINDS).describe('Loại cơ quan: ubnd_xa, ubnd_huyen, ubnd_tinh, so (sở, ngành), phong (phòng, ban), khac'),
    ten_co_quan: z.string().min(1).describe('Tên cơ quan như viết trong câu, ví dụ "UBND huyện Than Uyên", "Sở Công Thương"'),
    co_quan_cap_tren: z.string().min(1).optional().describe('Tên cơ quan chủ quản (dòng trên tên cơ quan), nếu có'),
    co_quan: z.array(z.string().min(1)).min(1).describe('Tên cơ quan ban hành ở đầu văn bản, mỗi dòng một phần tử (chữ in hoa)'),
    dia_ban: z.string().min(1).describe('Địa bàn báo cáo, ví dụ "huyện Than Uyên, tỉnh Lai Châu"'),
    dia_danh: z.string().min(1).describe('Địa danh ghi ở dòng ngày tháng'),
    ky_hieu: z
      .string()
      .regex(/^[A-ZĐ0-9-]+$/, 'Ký hiệu chỉ gồm chữ in hoa, chữ số và dấu gạch nối, ví dụ BC-UBND')
      .describe('Ký hiệu văn bản, ví dụ BC-UBND'),
    nguoi_ky: z
      .strictObject({
        thay_mat: z
          .string()
          .min(1)
          .optional()
          .describe('Ký thay mặt tập thể ("TM." + tên tập thể), ví dụ "ỦY BAN NHÂN DÂN"; bỏ trống khi không ký thay mặt'),
        ky_thay: z
          .string()
          .min(1)
          .optional()
          .describe('Cấp phó ký thay người đứng đầu ("KT." + chức danh), ví dụ "CHỦ TỊCH", "GIÁM ĐỐC"; bỏ trống khi người đứng đầu ký'),
        chuc_vu: z.array(z.string().min(1)).min(1).describe('Chức vụ người ký, mỗi dòng một phần tử, ví dụ ["PHÓ CHỦ TỊCH"]'),
        ho_ten: z.string().min(1).describe('Họ và tên người ký'),
      })
      .describe('Người ký'),
    noi_nhan: z.array(z.string().min(1)).min(1).describe('Nơi nhận, không gồm dòng "Lưu"'),
    luu: z.string().min(1).describe('Phần sau "Lưu:", ví dụ "VT, VP"'),
    phong_ban: z.record(z.string(), z.string().min(1)).describe('Phòng, ban phụ trách từng tệp số liệu'),
  })
  .describe('Thông tin cơ quan ban hành');
export type District = z.infer<typeof DistrictSchema>;

/**
 * Keys of a file's schema that other keys replaced, and what replaces them: an old file's key is named with its
 * replacement (VALIDATE_UNKNOWN_KEY's suggestion), never only "unknown". district.yaml named a district and its province
 * before it named any agency and its place, and wrote the signer's authority with its "TM."/"KT." as one text.
 */
export const FORMER_KEYS: ReadonlyMap<z.ZodType, Readonly<Record<string, string>>> = new Map([
  [DistrictSchema, { ten_huyen: 'ten_co_quan', tinh: 'dia_ban', tham_quyen: 'thay_mat' }],
]);

/** data/<YYYY-MM>/report.yaml: the issued number and dates of this month's report and its opening paragraph. */
export const ReportMetaSchema = z
  .strictObject({
    so: z.int().min(1).nullable().describe('Số văn bản; để null khi chưa cấp số'),
    ngay_ban_hanh: IsoDate.nullable().describe('Ngày ký ban hành (YYYY-MM-DD); để null khi chưa ký'),
    ngay_chot_so_lieu: IsoDate.describe('Ngày chốt số liệu (YYYY-MM-DD), ví dụ 2021-01-15'),
    tieu_de: periodText('Tên báo cáo của tháng này, thay cho title của schemas/office.yaml').optional(),
    loi_dau: z
      .array(narrativeSchema('Một đoạn trước đề mục đầu tiên'))
      .min(1)
      .optional()
      .describe('Các đoạn văn trước đề mục đầu tiên của tháng này, thay cho preamble của schemas/office.yaml'),
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
