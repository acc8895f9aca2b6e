/** Indicator vocabulary: every figure of the report is declared once here, with its unit, label and how it accumulates. */

/** Units the report writes after a figure ("1.680 ha", "5,8 tỷ đồng"). */
export const UNITS = [
  'ha', 'm2', 'tấn', 'con', 'hộ', 'khẩu', 'người', 'lượt', 'lượt người', 'lượt khách', 'vụ', 'vụ án', 'vụ việc',
  'đối tượng', 'trường hợp', 'triệu đồng', 'tỷ đồng', '%', 'giờ', 'lồng', 'dự án', 'giấy chứng nhận', 'đơn',
  'buổi', 'chương trình', 'bản tin', 'cặp', 'trẻ', 'xe', 'giấy tờ', 'cán bộ', 'công chức', 'viên chức',
  'hồ sơ', 'thuê bao', 'bản', 'xã', 'xã, thị trấn', 'công dân', 'gia súc',
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * How a figure accumulates over a year:
 * - flow: sums over months (hectares planted, cases, revenue);
 * - stock: the latest value stands (herd size, households, cumulative progress);
 * - rate: computed from its `ratio` (numerator / denominator × 100) for the month and for the year to date, never
 *   averaged and never entered in a data file. A share stated in the source without its base is a stock.
 */
export type Accumulation = 'flow' | 'stock' | 'rate';

export interface IndicatorDef {
  /** Vietnamese label used in tables, diffs and error messages. */
  readonly label: string;
  readonly unit: Unit;
  /** count: whole numbers only; amount: decimals allowed. */
  readonly kind: 'count' | 'amount';
  /** Most fraction digits written (amounts); the report keeps the source precision. */
  readonly decimals?: number;
  /** Write exactly `decimals` digits (10,50%). */
  readonly fixed?: boolean;
  readonly accumulate: Accumulation;
  /** For rates (required): the indicators the rate is computed from; neither may be a rate itself. */
  readonly ratio?: { readonly numerator: string; readonly denominator: string };
  /** Id of the plan target in data/plans/<YYYY>.yaml this figure is measured against. */
  readonly plan?: string;
  /** Allowed to be negative (a change, a balance). Default: not. */
  readonly signed?: boolean;
  /** Listed in the appendix table of main indicators. */
  readonly appendix?: boolean;
}

export interface PlanTargetDef {
  readonly label: string;
  readonly unit: Unit;
  readonly kind: 'count' | 'amount';
  readonly decimals?: number;
}

/** Consistency rules between figures of one month (and the plan). */
export type RuleDef =
  /**
   * Parts that must add up to their total: an error when they don't. `open`: the parts are only some of the total
   * (the rest is not itemised, "và các loại khác"), so the error is only when they exceed it.
   */
  | { readonly kind: 'sum'; readonly total: string; readonly parts: readonly string[]; readonly source?: 'month' | 'plan'; readonly open?: boolean }
  /** A stated rate (in %) that must follow from its count and base, rounded as stated: a warning when it doesn't. */
  | { readonly kind: 'rate'; readonly rate: string; readonly numerator: string; readonly denominator: string }
  /** A part that cannot exceed its whole: an error when it does. */
  | { readonly kind: 'atMost'; readonly part: string; readonly whole: string }
  /** An overall rate that must lie between the rates of its parts (any weighted mean does): a warning when it doesn't. */
  | { readonly kind: 'between'; readonly value: string; readonly bounds: readonly string[] };

export interface SectorDef {
  /** File name without .yaml under data/<YYYY-MM>/. */
  readonly id: string;
  /** Vietnamese name of the sector. */
  readonly title: string;
  /** Key of the responsible department in data/district.yaml. */
  readonly department: string;
  readonly indicators: Readonly<Record<string, IndicatorDef>>;
  /** Narrative fields (one paragraph or clause of text without figures) and their Vietnamese labels. */
  readonly texts: Readonly<Record<string, string>>;
  /** Narrative lists (several paragraphs or bullet points) and their Vietnamese labels. */
  readonly lists?: Readonly<Record<string, string>>;
  /** Dates (YYYY-MM-DD) kept in noi_dung next to the texts, so templates can format them and compute from them (anniversaries). */
  readonly dates?: Readonly<Record<string, string>>;
  readonly planTargets?: Readonly<Record<string, PlanTargetDef>>;
  readonly rules?: readonly RuleDef[];
}

/** Identity helper that keeps literal keys while checking the shape. */
export const defineSector = <const S extends SectorDef>(sector: S): S => sector;
