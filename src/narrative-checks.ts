/**
 * The narrative of a month, checked and resolved: every text of its sector files and the opening paragraph of
 * report.yaml (the references, the figures typed by hand), and the figures entered that nothing prints. Pure.
 */
import { figureView, planView } from './accumulate.js';
import type { Plan } from './data-schemas.js';
import { ReportError } from './errors.js';
import type { Figure } from './figure-text.js';
import { formatNumber } from './format.js';
import type { Month } from './model.js';
import { checkNarrative, narrativeKeys, narrativeScope, reportDates } from './narrative.js';
import type { Registry } from './registry.js';
import { textPosition } from './text-positions.js';
import { locate, type SourceFile } from './yaml-source.js';

/** A narrative string of a month and where it is: its file (by sector id, or "report") and its path in the file. */
interface NarrativeText {
  readonly owner: string;
  readonly path: readonly (string | number)[];
  readonly text: string;
}

/** The key of report.yaml's file among the owners (no sector is called "report": it is report.yaml's name). */
export const REPORT_OWNER = 'report';

/** Every narrative string of the month, in report order: the opening paragraph, then each sector's texts and list items. */
function narrativeTexts(registry: Registry, month: Month): NarrativeText[] {
  const out: NarrativeText[] = [];
  for (const [i, text] of (month.report?.loi_dau ?? []).entries()) out.push({ owner: REPORT_OWNER, path: ['loi_dau', i], text });
  if (month.report?.mo_dau) out.push({ owner: REPORT_OWNER, path: ['mo_dau'], text: month.report.mo_dau });
  for (const sector of registry.sectors) {
    const content = month.sectors[sector.id]?.noi_dung;
    if (!content) continue;
    for (const key of narrativeKeys(sector)) {
      const v = content[key];
      if (typeof v === 'string') out.push({ owner: sector.id, path: ['noi_dung', key], text: v });
      else if (Array.isArray(v))
        for (const [i, item] of v.entries()) out.push({ owner: sector.id, path: ['noi_dung', key, i], text: item });
    }
  }
  return out;
}

/** The figures of a month as its texts see them, computed once each. */
function monthFigures(registry: Registry, month: Month, history: readonly Month[], plan: Plan | null): (id: string) => Figure | undefined {
  const all = [month, ...history];
  const made = new Map<string, Figure>();
  return (id) => {
    if (!made.has(id)) {
      if (registry.indicators.has(id)) made.set(id, figureView(registry, id, month, all, plan));
      else if (registry.planTargets.has(id)) made.set(id, planView(registry, id, plan));
    }
    return made.get(id);
  };
}

export interface NarrativeCheckInput {
  readonly registry: Registry;
  readonly month: Month;
  readonly history: readonly Month[];
  readonly plan: Plan | null;
  /** The month's files by owner (sector id, or REPORT_OWNER), to locate inside their texts. */
  readonly sources: ReadonlyMap<string, SourceFile>;
}

/** Every problem of every narrative text of the month, located at its line and column inside the text. */
export function checkNarratives(input: NarrativeCheckInput): ReportError[] {
  const { registry, month, sources } = input;
  const scope = narrativeScope(registry);
  const values = monthFigures(registry, month, input.history, input.plan);
  // a data-only month (no report.yaml) prints nothing, so its texts' dates need no value
  const dates = month.report ? reportDates(month.period, month.report.ngay_chot_so_lieu) : undefined;
  return narrativeTexts(registry, month).flatMap(({ owner, path, text }) => {
    const source = sources.get(owner);
    if (!source) return [];
    const place = { file: source.file, dataPath: path, at: (offset: number) => textPosition(source, path, offset) };
    return checkNarrative(text, place, scope, values, dates).problems;
  });
}

/**
 * The figures entered this month that the report never prints (no text names them, no template, not in the appendix):
 * a warning each, at its key. A zero need not be printed: "không có …" says it in words.
 */
export function unusedFigures(
  registry: Registry,
  month: Month,
  sources: ReadonlyMap<string, SourceFile>,
  printed: ReadonlySet<string>,
): ReportError[] {
  const problems: ReportError[] = [];
  for (const [id, def] of registry.indicators) {
    const value = month.sectors[def.sector]?.chi_tieu?.[id];
    const source = sources.get(def.sector);
    if (typeof value !== 'number' || value === 0 || !source || printed.has(id)) continue;
    const path = ['chi_tieu', id];
    problems.push(
      new ReportError({
        code: 'VALIDATE_FIGURE_UNUSED',
        severity: 'warning',
        params: { label: def.label, id, value: formatNumber(value, { decimals: def.decimals ?? 0 }) },
        file: source.file,
        ...locate(source, path),
        dataPath: path,
      }),
    );
  }
  return problems;
}
