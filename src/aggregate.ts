/** Aggregate stage: validated inputs → the report model (year to date, plan and same-period comparisons). Pure. */
import { figureView, planView } from './accumulate.js';
import { narrativeScope, renderContent, renderNarrative, reportDates } from './narrative.js';
import { REPORT_OWNER } from './narrative-checks.js';
import { isMarked } from './spans.js';
import { appendixRows } from './appendix.js';
import type { FigureSources, FigureView, Inputs, PlanView, ReportModel } from './model.js';
import { figureSources, planSources, publishedOnly } from './provenance.js';
import { addMonths, twoDigits } from './period.js';
import { fillPeriod } from './period-text.js';
import type { Registry } from './registry.js';

export interface AggregateOptions {
  /** Flag figures whose year-to-date share of plan trails the year elapsed by more than this many points (--pace-margin). */
  readonly paceMargin?: number;
  /** Leave out every figure made of an illustrative or inferred value (--published-only): printed as missing. */
  readonly publishedOnly?: boolean;
}

/** Build the model the templates render: every declared figure, present or not, with its comparisons. */
export function aggregateMonth(registry: Registry, given: Inputs, options: AggregateOptions = {}): ReportModel {
  const inputs = options.publishedOnly ? publishedOnly(given) : given;
  const { month, plan, district } = inputs;
  const all = [month, ...inputs.history];
  const { period } = month;
  const p: Record<string, PlanView> = {};
  for (const id of registry.planTargets.keys()) p[id] = planView(registry, id, plan);
  const c: Record<string, FigureView> = {};
  for (const id of registry.indicators.keys()) c[id] = figureView(registry, id, month, all, plan, options.paceMargin);
  // from the inputs as given: a left-out value still has its place and status
  const sources: Record<string, FigureSources> = {};
  for (const id of registry.indicators.keys()) sources[id] = figureSources(registry, id, given);
  const planSourcesOf = Object.fromEntries([...registry.planTargets.keys()].map((id) => [id, planSources(given.planSource, id)]));

  const { numbering, padSmallNumbers, placeholders, partNames, appendixName, comparison, requiredSectors } = registry.settings;
  const style = { numbering, padSmallNumbers, placeholders, partNames, appendixName, comparison, requiredSectors };
  // the texts as printed: each reference resolved with the figures just computed (validation has checked them all)
  const scope = narrativeScope(registry);
  const referenced = new Set<string>();
  const views = (id: string) => {
    referenced.add(id);
    return c[id] ?? p[id];
  };
  const dates = reportDates(period, month.report?.ngay_chot_so_lieu ?? null);
  const written: Record<string, Readonly<Record<string, string | readonly string[]>> | null> = {};
  const texts: Record<string, Readonly<Record<string, string | readonly string[]>> | null> = {};
  for (const s of registry.sectors) {
    const content = month.sectors[s.id] ? (month.sectors[s.id]!.noi_dung ?? {}) : null;
    written[s.id] = content;
    texts[s.id] = content && renderContent(s, content, scope, views, style, dates, month.origins?.[s.id]?.file);
  }
  const reportFile = inputs.sources.get(REPORT_OWNER)?.file;
  const reportText = (text: string, path: (string | number)[]) =>
    renderNarrative(text, scope, views, style, dates, reportFile ? { file: reportFile, path } : undefined);
  const report = month.report && { ...month.report, mo_dau: reportText(month.report.mo_dau, ['mo_dau']) };
  const title = month.report?.tieu_de ?? registry.settings.title;
  const preamble = month.report?.loi_dau?.map((text, i) => reportText(text, ['loi_dau', i])) ?? registry.settings.preamble ?? [];
  // the texts rendered and marked (literal already): the text helper prints them as they are
  const marked = new Set<string>();
  for (const content of [...Object.values(texts), report && { mo_dau: report.mo_dau, loi_dau: preamble }])
    for (const v of Object.values(content ?? {})) for (const t of typeof v === 'string' ? [v] : v) if (isMarked(t)) marked.add(t);

  const next = addMonths(period, 1);
  return {
    period: {
      year: period.year,
      month: period.month,
      mm: twoDigits(period.month),
      prevYear: period.year - 1,
      next: { ...next, mm: twoDigits(next.month) },
    },
    district,
    report,
    c,
    p,
    texts,
    written,
    referenced,
    marked,
    sources,
    planSources: planSourcesOf,
    appendix: appendixRows(registry),
    title: title === undefined ? null : fillPeriod(title, period),
    preamble,
    style,
  };
}
