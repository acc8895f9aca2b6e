/** Types that flow between the stages: the validated month and the report model the templates see. */
import type { District, Plan, ReportMeta } from './data-schemas.js';
import type { IndicatorDef, OfficeSettings, PlanTargetDef } from './definitions.js';
import type { SectorData } from './sector-schema.js';
import type { Period } from './period.js';
import type { FigureSource } from './provenance.js';
import type { SourceFile } from './yaml-source.js';

/** One month of validated data. Sectors absent from the folder are absent here. */
export interface Month {
  readonly period: Period;
  readonly report: ReportMeta | null;
  readonly sectors: Readonly<Record<string, SectorData>>;
  /** The parsed file of each sector, for where each figure comes from (provenance.ts); absent in hand-made months. */
  readonly origins?: Readonly<Record<string, SourceFile>>;
}

/** Everything a build needs, validated. */
export interface Inputs {
  readonly month: Month;
  readonly district: District;
  /** The annual plan of the month's year, when there is one. */
  readonly plan: Plan | null;
  /** Other months with data (earlier months of the year, last year), for year-to-date and comparisons. */
  readonly history: readonly Month[];
  /** The month's files by sector id (and "report"), to locate what is said about them after validation. */
  readonly sources: ReadonlyMap<string, SourceFile>;
  /** The parsed plan file, for where plan figures come from. */
  readonly planSource?: SourceFile;
}

/** A figure as templates and tables see it: the month's value and what the report compares it with. Missing inputs are null. */
export interface FigureView {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: IndicatorDef['kind'];
  readonly decimals: number;
  readonly fixed: boolean;
  /** A stock (a herd, the population, disbursement to a date) or a share of one: a value at a moment, not the month's output. */
  readonly pointInTime: boolean;
  readonly value: number | null;
  /** Year to date ("lũy kế"): flows summed, stocks latest, rates recomputed. */
  readonly ytd: number | null;
  readonly plan: number | null;
  /** Year to date as a percentage of the annual plan. */
  readonly pctPlan: number | null;
  /** Year to date of the same period last year ("cùng kỳ"). */
  readonly samePeriod: number | null;
  readonly pctSamePeriod: number | null;
  /** Last month's value and the change from it. */
  readonly prev: number | null;
  readonly change: number | null;
  /** Year-to-date share of plan trails the share of the year elapsed by more than the pace margin (--pace-margin). */
  readonly lagging: boolean;
  /**
   * A change stated directly (kind: change): what it compares against, in the office's words, and the direction its
   * label names (else the value's sign is the direction). Its comparisons (same period, plan, change) are null.
   */
  readonly stated?: { readonly against: string; readonly direction?: 'increase' | 'decrease' };
}
/** The entered values each field of a figure is made of (a percentage: its two fields'), with file, line, column, status. */
export type FigureSources = Readonly<Record<SourcedField, readonly FigureSource[]>>;
export type SourcedField = 'value' | 'ytd' | 'plan' | 'samePeriod' | 'prev';

export interface PlanView {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: PlanTargetDef['kind'];
  readonly decimals: number;
  readonly fixed: boolean;
  readonly value: number | null;
}

interface PeriodView {
  readonly year: number;
  readonly month: number;
  /** Zero-padded month: "01". */
  readonly mm: string;
  readonly prevYear: number;
  readonly next: { readonly year: number; readonly month: number; readonly mm: string };
}

export interface ReportModel {
  readonly period: PeriodView;
  readonly district: District;
  readonly report: ReportMeta | null;
  /** Every figure of the month by id (ids are unique across sectors). */
  readonly c: Readonly<Record<string, FigureView>>;
  readonly p: Readonly<Record<string, PlanView>>;
  /** Narrative texts per sector as printed (references resolved); null for a sector without data this month. */
  readonly texts: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>> | null>>;
  /** The same texts as the department wrote them, references unresolved: what `diff` compares. */
  readonly written: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>> | null>>;
  /** The narrative texts as rendered, marked with their sources (spans.ts): what the text helper prints as it is. */
  readonly marked?: ReadonlySet<string>;
  /** The figures the month's texts name. */
  readonly referenced: ReadonlySet<string>;
  /** Where each figure (by id, as in `c`) comes from: provenance.ts. */
  readonly sources: Readonly<Record<string, FigureSources>>;
  /** Where each plan target (by id, as in `p`) comes from. */
  readonly planSources: Readonly<Record<string, readonly FigureSource[]>>;
  /** The rows of the appendix table: indicator ids by group (report field), groups without rows left out. */
  readonly appendix: readonly AppendixGroup[];
  /** The report's title (trích yếu): the month's tieu_de or the office's title, period filled in; null when neither says. */
  readonly title: string | null;
  /** Paragraphs before the first part: the month's loi_dau (references resolved) or the office's preamble. */
  readonly preamble: readonly string[];
  /** The office's house style (schemas/office.yaml): heading numbers, small numbers, words for what is missing. */
  readonly style: ReportStyle;
}

export type ReportStyle = Pick<
  OfficeSettings,
  'numbering' | 'padSmallNumbers' | 'placeholders' | 'partNames' | 'appendixName' | 'comparison' | 'requiredSectors'
>;

export interface AppendixGroup {
  readonly group: string;
  readonly ids: readonly string[];
}
