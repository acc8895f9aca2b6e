/**
 * The office's definitions, as its files declare them: schemas/office.yaml (sectors in report order, appendix groups,
 * units) and schemas/sectors/<id>.yaml (every figure of a sector, declared once with its unit, label and how it
 * accumulates). Schemas of the files, and the types inferred from them; the engine knows no office's ids. Pure.
 */
import './zod-config.js';
import * as z from 'zod';
import { PERIOD_PLACEHOLDERS, unknownPlaceholders } from './period-text.js';

/** An id the data files use as a key (lua_dong_xuan) or a file name (public-investment). */
const Id = z.string().regex(/^[a-z][a-z0-9_-]*$/, 'Mã chỉ gồm chữ thường không dấu, chữ số, "_" và "-", bắt đầu bằng chữ');
const Label = z.string().min(1);

/**
 * How a figure accumulates over a year:
 * - flow: sums over months (hectares planted, cases, revenue);
 * - stock: the latest value stands (herd size, households, cumulative progress);
 * - rate: computed from its `ratio` (numerator / denominator × 100) for the month and for the year to date, never
 *   averaged and never entered in a data file. A share stated in the source without its base is a stock.
 */
const Accumulation = z
  .enum(['flow', 'stock', 'rate'])
  .describe('Cách cộng dồn trong năm: flow (cộng các tháng), stock (lấy số mới nhất), rate (tính từ ratio)');
const FigureKind = z.enum(['count', 'amount']).describe('count: số nguyên; amount: được có phần thập phân');
/**
 * An indicator is a count, an amount, or a change stated directly by its source ("so với cùng kỳ năm trước giảm
 * 15,31%"): the stated size and direction of a change against a baseline it names (`against`), not a value to add up or
 * compare again.
 */
const IndicatorKind = z
  .enum(['count', 'amount', 'change'])
  .describe('count: số nguyên; amount: được có phần thập phân; change: mức tăng, giảm nêu sẵn so với một mốc (against)');
const Decimals = z.int().min(0).max(4).describe('Số chữ số thập phân tối đa được ghi và in (0-4); "1.347" có 3 chữ số thập phân');
/** A declared bound replaces the one that follows from the unit (0-100 for %, 0 to 10^12 otherwise); never beyond 10^12. */
const Bound = z.number().min(-1e12).max(1e12);
const Min = Bound.describe('Giá trị nhỏ nhất được phép (mặc định 0; với signed: -10^12)');
const Max = Bound.describe('Giá trị lớn nhất được phép (mặc định 100 với đơn vị %, 10^12 với đơn vị khác)');
/** How a figure is written, shared by indicators and plan targets: whole or decimal, its places, its range. */
const FigureForm = { kind: FigureKind, decimals: Decimals.optional(), min: Min.optional(), max: Max.optional() };

const IndicatorDefSchema = z
  .strictObject({
    label: Label.describe('Tên chỉ tiêu (tiếng Việt), dùng trong biểu, diff và thông báo lỗi'),
    unit: z.string().min(1).describe('Đơn vị tính, một trong units của schemas/office.yaml'),
    ...FigureForm,
    kind: IndicatorKind,
    /** Write exactly `decimals` digits (10,50%). */
    fixed: z.boolean().optional().describe('Luôn in đủ số chữ số thập phân (10,50%)'),
    accumulate: Accumulation,
    /** For rates (required): the indicators the rate is computed from; neither may be a rate itself. */
    ratio: z.strictObject({ numerator: Id, denominator: Id }).optional().describe('Với chỉ tiêu rate: tử số và mẫu số (mã chỉ tiêu)'),
    /** Id of the plan target in data/plans/<YYYY>.yaml this figure is measured against. */
    plan: Id.optional().describe('Mã chỉ tiêu kế hoạch năm (planTargets) mà số liệu này được so sánh'),
    /** Allowed to be negative (a change, a balance). Default: not. */
    signed: z.boolean().optional().describe('Được phép âm (một mức thay đổi, một số dư)'),
    /** Listed in the appendix table of main indicators. */
    appendix: z.boolean().optional().describe('Có trong biểu phụ lục các chỉ tiêu chủ yếu'),
    /** A stated change's baseline: an id of comparison.against in schemas/office.yaml ("so với cùng kỳ năm trước"). */
    against: Id.optional().describe('Với kind: change: mốc so sánh, một mã trong comparison.against của schemas/office.yaml'),
    /**
     * A stated change whose label already names its direction ("Mức giảm tỷ lệ hộ nghèo"): the value is the size of
     * that change, never negative. Without it the value is signed: negative is a decrease.
     */
    direction: z
      .enum(['increase', 'decrease'])
      .optional()
      .describe(
        'Với kind: change khi tên chỉ tiêu đã nói tăng hay giảm ("Mức giảm…"): số liệu là độ lớn, không âm; bỏ trống: số âm là giảm',
      ),
  })
  .describe('Một chỉ tiêu');
export type IndicatorDef = z.infer<typeof IndicatorDefSchema>;

const PlanTargetDefSchema = z
  .strictObject({
    label: Label.describe('Tên chỉ tiêu kế hoạch'),
    unit: z.string().min(1).describe('Đơn vị tính'),
    ...FigureForm,
  })
  .describe('Một chỉ tiêu kế hoạch năm (data/plans/<YYYY>.yaml)');
export type PlanTargetDef = z.infer<typeof PlanTargetDefSchema>;

/** Consistency rules between figures of one month (and the plan). */
const RuleDefSchema = z
  .discriminatedUnion('kind', [
    /**
     * Parts that must add up to their total: an error when they don't. `open`: the parts are only some of the total
     * (the rest is not itemised, "và các loại khác"), so the error is only when they exceed it.
     */
    z
      .strictObject({
        kind: z.literal('sum'),
        total: Id,
        parts: z.array(Id).min(1),
        source: z.enum(['month', 'plan']).optional(),
        open: z.boolean().optional(),
      })
      .describe('Tổng bằng tổng các thành phần (open: các thành phần chỉ là một phần của tổng)'),
    /** A stated rate (in %) that must follow from its count and base, rounded as stated: a warning when it doesn't. */
    z.strictObject({ kind: z.literal('rate'), rate: Id, numerator: Id, denominator: Id }).describe('Tỷ lệ đã ghi phải khớp tử số / mẫu số'),
    /** A part that cannot exceed its whole: an error when it does. */
    z.strictObject({ kind: z.literal('atMost'), part: Id, whole: Id }).describe('Một phần không lớn hơn tổng'),
    /** An overall rate that must lie between the rates of its parts (any weighted mean does): a warning when it doesn't. */
    z
      .strictObject({ kind: z.literal('between'), value: Id, bounds: z.array(Id).min(2) })
      .describe('Tỷ lệ chung nằm giữa tỷ lệ các thành phần'),
  ])
  .describe('Quy tắc kiểm tra số liệu');
export type RuleDef = z.infer<typeof RuleDefSchema>;

/** schemas/sectors/<id>.yaml; the id is the file name, as for the sector's data file data/<YYYY-MM>/<id>.yaml. */
export const SectorFileSchema = z
  .strictObject({
    title: Label.describe('Tên ngành (tiếng Việt)'),
    /** Key of the responsible department in data/district.yaml. */
    department: Id.describe('Mã phòng, ban phụ trách trong phong_ban của data/district.yaml'),
    /** The appendix group (a report field) the sector's appendix rows go under; none for sectors without figures. */
    group: Id.optional().describe('Lĩnh vực của biểu phụ lục (một trong groups của schemas/office.yaml)'),
    planTargets: z.record(Id, PlanTargetDefSchema).optional().describe('Chỉ tiêu kế hoạch năm do ngành khai báo'),
    indicators: z.record(Id, IndicatorDefSchema).optional().describe('Các chỉ tiêu (số liệu) của ngành'),
    /** Narrative fields (one paragraph or clause of text without figures) and their Vietnamese labels. */
    texts: z.record(Id, Label).optional().describe('Các đoạn văn bản (không chứa số liệu) và mô tả của chúng'),
    /** Narrative lists (several paragraphs or bullet points) and their Vietnamese labels. */
    lists: z.record(Id, Label).optional().describe('Các danh sách đoạn văn bản và mô tả của chúng'),
    /** Dates (YYYY-MM-DD) kept in noi_dung next to the texts, so templates can format them and compute from them. */
    dates: z.record(Id, Label).optional().describe('Các ngày (YYYY-MM-DD) và mô tả của chúng'),
    rules: z.array(RuleDefSchema).optional().describe('Quy tắc kiểm tra số liệu của ngành'),
  })
  .describe('Định nghĩa một ngành');
export type SectorFile = z.infer<typeof SectorFileSchema>;

export interface SectorDef extends Omit<SectorFile, 'indicators' | 'texts'> {
  /** File name without .yaml, under schemas/sectors/ and data/<YYYY-MM>/. */
  readonly id: string;
  readonly indicators: Readonly<Record<string, IndicatorDef>>;
  readonly texts: Readonly<Record<string, string>>;
}

/**
 * How the headings under a part are numbered, level by level (deeper levels take the last style): roman "I.",
 * decimal "1.", nested "1.1." (after a decimal or nested level), letter "a)", letter-dot "a.".
 */
const NUMBERING_STYLES = ['roman', 'decimal', 'nested', 'letter', 'letter-dot'] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];
/** Than Uyên's scheme, and the engine's default (NĐ 30's usual one): I. → 1. → 1.1. → a). */
const DEFAULT_NUMBERING: readonly NumberingStyle[] = ['roman', 'decimal', 'nested', 'letter'];
const Numbering = z
  .array(z.enum(NUMBERING_STYLES))
  .min(1)
  .refine((levels) => levels.every((l, i) => l !== 'nested' || levels[i - 1] === 'decimal' || levels[i - 1] === 'nested'), {
    message: 'nested (1.1.) chỉ đứng sau decimal (1.) hoặc nested',
  })
  .describe('Cách đánh số đề mục dưới mỗi phần, từng cấp: roman (I.), decimal (1.), nested (1.1.), letter (a)), letter-dot (a.)');

/** A text of the office with period placeholders ({thang}, {nam}…), every placeholder one the engine fills. */
export const periodText = (what: string) =>
  z
    .string()
    .min(1)
    .refine((s) => unknownPlaceholders(s).length === 0, {
      error: (issue) =>
        `Chỗ điền không có: ${unknownPlaceholders(String(issue.input)).join(', ')} (có: ${PERIOD_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`,
    })
    .describe(`${what}; chỗ điền: ${PERIOD_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);

/** schemas/office.yaml: what is the office's own, not the engine's (its words included: the scaffold writes a new office's). */
export const OfficeFileSchema = z
  .strictObject({
    sectors: z.array(Id).min(1).describe('Các ngành của báo cáo theo thứ tự; mỗi ngành có tệp schemas/sectors/<mã>.yaml'),
    groups: z.array(Id).describe('Các lĩnh vực của biểu phụ lục, theo thứ tự (I, II, III…)'),
    units: z.array(z.string().min(1)).min(1).describe('Đơn vị tính được dùng'),
    numbering: Numbering.default([...DEFAULT_NUMBERING]),
    padSmallNumbers: z.boolean().default(false).describe('Viết số nguyên 1-9 có số 0 đứng trước ("01 vụ")'),
    placeholders: z
      .strictObject({
        noData: z.string().min(1).describe('Ghi khi thiếu số liệu'),
        noPlan: z.string().min(1).describe('Ghi khi chưa có kế hoạch'),
      })
      .describe('Chữ ghi thay cho số không tính được'),
    /**
     * The sectors every month folder must have, a report month or a data-only one (last year's); a report month without
     * another sector prints its placeholder. Unset: a report month needs every sector, a data-only month none.
     */
    requiredSectors: z
      .array(Id)
      .optional()
      .describe('Các ngành mà tháng nào cũng phải có tệp số liệu (cả tháng chỉ có số liệu); bỏ trống: tháng báo cáo cần mọi ngành'),
    /** Indicators a sector file may leave out: the figure is missing, its comparisons are dropped with a warning naming it. */
    optionalIndicators: z
      .array(Id)
      .optional()
      .describe('Các chỉ tiêu được phép không có trong tệp số liệu (ví dụ số liệu năm trước không đủ); so sánh của chúng bỏ trống'),
    /** The trích yếu under "BÁO CÁO"; report.yaml's tieu_de replaces it for one month. */
    title: periodText('Tên (trích yếu) của báo cáo, in dưới chữ BÁO CÁO; report.yaml ghi tieu_de để thay cho một tháng').optional(),
    /** Paragraphs between the title and the first part ("Kính gửi…", "Thực hiện Công văn số…"); report.yaml's loi_dau replaces them. */
    preamble: z
      .array(z.string().min(1))
      .optional()
      .describe('Các đoạn văn trước đề mục đầu tiên (không bắt buộc); report.yaml ghi loi_dau để thay cho một tháng'),
    /** How the parts are numbered, in order: "Phần thứ nhất", "Phần thứ hai"… or "PHẦN I", "A." */
    partNames: z.array(z.string().min(1)).min(1).describe('Tên số thứ tự của các phần, theo thứ tự: Phần thứ nhất, Phần thứ hai…'),
    /** The heading of the appendix; several appendices add a roman number ("Phụ lục I"). */
    appendixName: z.string().min(1).describe('Tiêu đề phụ lục ("Phụ lục"); nhiều phụ lục thì thêm số La Mã: Phụ lục I, Phụ lục II'),
    /**
     * The words of a comparison: the direction of a change ("tăng 12,5%", "giảm 3%", "không đổi") and, by id, what a
     * stated change (kind: change) compares against ("so với cùng kỳ năm trước").
     */
    comparison: z
      .strictObject({
        increase: z.string().min(1).describe('Từ chỉ tăng: "tăng"'),
        decrease: z.string().min(1).describe('Từ chỉ giảm: "giảm"'),
        unchanged: z.string().min(1).describe('Khi không đổi: "không đổi"'),
        against: z
          .record(Id, z.string().min(1))
          .default({})
          .describe('Mốc so sánh của chỉ tiêu kind: change, theo mã: cung_ky: so với cùng kỳ năm trước'),
      })
      .describe('Lời so sánh: tăng, giảm, không đổi và các mốc so sánh'),
  })
  .describe('Cài đặt của đơn vị');
export type OfficeSettings = z.infer<typeof OfficeFileSchema>;
