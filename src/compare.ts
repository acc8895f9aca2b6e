/**
 * Compare stage: two report models (two months, or one month at two revisions) → a semantic diff per indicator
 * (values, change, plan crossings, revisions) and per narrative section. Pure; the diff command prints it.
 */
import { statedChange } from './figure-text.js';
import { roundTo } from './format.js';
import type { ReportModel } from './model.js';
import { periodId } from './period.js';
import type { Registry } from './registry.js';
import { wordDiff, type WordChange } from './word-diff.js';

/** One side of a diff: a month's model and where it was read from (null: the working tree). */
export interface DiffSide {
  readonly model: ReportModel;
  readonly revision: string | null;
}

type IndicatorStatus = 'added' | 'removed' | 'changed' | 'unchanged';
/** reached: the year to date is now at or above 100% of plan and was not; dropped: the reverse. */
export type PlanCrossing = 'reached' | 'dropped';

export interface IndicatorChange {
  readonly id: string;
  readonly sector: string;
  readonly label: string;
  readonly unit: string;
  /** Decimals the indicator is written with (for printing the values). */
  readonly decimals: number;
  readonly from: number | null;
  readonly to: number | null;
  /** to − from; null when either is missing. */
  readonly change: number | null;
  /** (to − from) / |from| × 100; null when either is missing or from is 0. */
  readonly pctChange: number | null;
  readonly fromYtd: number | null;
  readonly toYtd: number | null;
  readonly fromPctPlan: number | null;
  readonly toPctPlan: number | null;
  readonly planCrossing: PlanCrossing | null;
  readonly status: IndicatorStatus;
  /** The same month's figure changed between two revisions. */
  readonly revised: boolean;
  /**
   * A change stated directly (kind: change), each side as the report words it ("giảm 3,17% so với năm trước"); null
   * for other figures. Its change and percent change are null: a change of a stated change is no value jump.
   */
  readonly fromStatement: string | null;
  readonly toStatement: string | null;
}

interface SectionChange {
  readonly sector: string;
  readonly sectorTitle: string;
  readonly key: string;
  readonly label: string;
  readonly status: 'added' | 'removed' | 'changed';
  /** A changed text word by word, as written (references unresolved); null for a section added or removed. */
  readonly words: readonly WordChange[] | null;
}

export interface MonthDiff {
  readonly from: { readonly month: string; readonly revision: string | null };
  readonly to: { readonly month: string; readonly revision: string | null };
  /** One month at two revisions: every changed value is a revision. */
  readonly sameMonth: boolean;
  /** One month at two revisions, whose older side was already issued (a number or a signing date): revisions change a published report. */
  readonly issued: boolean;
  readonly indicators: readonly IndicatorChange[];
  readonly sections: readonly SectionChange[];
  readonly summary: {
    readonly changed: number;
    readonly unchanged: number;
    readonly added: number;
    readonly removed: number;
    readonly revised: number;
    readonly planCrossings: number;
    readonly sectionsChanged: number;
  };
}

// float noise (35.6 − 30.1 = 5.500000000000004) must not reach a stable JSON
const clean = (v: number | null, digits: number): number | null => (v === null ? null : roundTo(v, digits));
const reached = (pct: number | null): boolean => pct !== null && pct >= 100;

/** Compare two sides indicator by indicator (registry order) and section by section. */
export function compareMonths(registry: Registry, a: DiffSide, b: DiffSide): MonthDiff {
  const month = (s: DiffSide) => periodId(s.model.period);
  const sameMonth = month(a) === month(b);
  const indicators: IndicatorChange[] = [];
  for (const [id, def] of registry.indicators) {
    const fa = a.model.c[id];
    const fb = b.model.c[id];
    const from = fa?.value ?? null;
    const to = fb?.value ?? null;
    if (from === null && to === null) continue;
    const stated = def.kind === 'change';
    const difference = from === null || to === null ? null : to - from;
    const status: IndicatorStatus = from === null ? 'added' : to === null ? 'removed' : difference === 0 ? 'unchanged' : 'changed';
    const change = stated ? null : difference;
    const statement = (side: DiffSide, v: number | null) =>
      stated && v !== null ? statedChange(side.model.c[id]!, v, side.model.style) : null;
    const fromPctPlan = fa?.pctPlan ?? null;
    const toPctPlan = fb?.pctPlan ?? null;
    const planCrossing =
      reached(toPctPlan) && !reached(fromPctPlan)
        ? 'reached'
        : reached(fromPctPlan) && !reached(toPctPlan) && toPctPlan !== null
          ? 'dropped'
          : null;
    indicators.push({
      id,
      sector: def.sector,
      label: def.label,
      unit: def.unit,
      decimals: def.decimals ?? 0,
      from,
      to,
      change: clean(change, 6),
      pctChange: change === null || from === 0 ? null : clean((change / Math.abs(from!)) * 100, 4),
      fromYtd: clean(fa?.ytd ?? null, 6),
      toYtd: clean(fb?.ytd ?? null, 6),
      fromPctPlan: clean(fromPctPlan, 4),
      toPctPlan: clean(toPctPlan, 4),
      planCrossing,
      status,
      revised: sameMonth && status === 'changed',
      fromStatement: statement(a, from),
      toStatement: statement(b, to),
    });
  }

  const sections: SectionChange[] = [];
  for (const s of registry.sectors) {
    const ta = a.model.written[s.id] ?? null;
    const tb = b.model.written[s.id] ?? null;
    if (ta === null && tb === null) continue;
    const labels: Record<string, string> = { ...s.texts, ...(s.lists ?? {}), ...(s.dates ?? {}) };
    for (const [key, label] of Object.entries(labels)) {
      const va = ta?.[key];
      const vb = tb?.[key];
      if (va === undefined && vb === undefined) continue;
      const status =
        va === undefined ? 'added' : vb === undefined ? 'removed' : JSON.stringify(va) === JSON.stringify(vb) ? null : 'changed';
      if (status)
        sections.push({ sector: s.id, sectorTitle: s.title, key, label, status, words: status === 'changed' ? wordDiff(va!, vb!) : null });
    }
  }

  const count = (st: IndicatorStatus) => indicators.filter((i) => i.status === st).length;
  const report = a.model.report;
  return {
    from: { month: month(a), revision: a.revision },
    to: { month: month(b), revision: b.revision },
    sameMonth,
    issued: sameMonth && report !== null && (report.so !== null || report.ngay_ban_hanh !== null),
    indicators,
    sections,
    summary: {
      changed: count('changed'),
      unchanged: count('unchanged'),
      added: count('added'),
      removed: count('removed'),
      revised: indicators.filter((i) => i.revised).length,
      planCrossings: indicators.filter((i) => i.planCrossing !== null).length,
      sectionsChanged: sections.length,
    },
  };
}
