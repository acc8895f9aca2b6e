/** Zod schemas of the data files, derived from the sector definitions so shape, labels and units have one source. */
import './zod-config.js';
import * as z from 'zod';
import type { IndicatorDef, PlanTargetDef, SectorDef } from './definitions.js';
import { figureRange } from './figure-rules.js';
import { REFERENCE_HELP, REFERENCE_PATTERN } from './references.js';
import { sourceMarkSchema, type SourceMarks } from './provenance.js';

/**
 * A narrative string: words, with the figures referenced, never typed ({mã_chỉ_tiêu}, {mã_chỉ_tiêu.bổ_ngữ}; "{{" and
 * "}}" print a brace). The editor schema carries the grammar as a pattern and a help text; the checks are the
 * narrative checks' (located inside the text), not zod's.
 */
const NarrativeSchema = z.string().min(1).meta({ pattern: REFERENCE_PATTERN });

/** The hover text of a narrative field or list: its label, then the reference syntax. */
const narrativeHelp = (label: string) => ({ markdownDescription: `${label}\n\n${REFERENCE_HELP}` });

/** A narrative field with its label, and the reference syntax for an editor's hover. */
export const narrativeSchema = (label: string) => NarrativeSchema.describe(label).meta(narrativeHelp(label));

/** A list of narrative paragraphs (a sector's doan_van), each item checked like a narrative field. */
const narrativeListSchema = (label: string) => z.array(NarrativeSchema).min(1).describe(label).meta(narrativeHelp(label));

/** The zod type of one figure: whole numbers for counts, finite numbers for amounts, within the figure's range. */
export function figureSchema(def: IndicatorDef | PlanTargetDef): z.ZodNumber {
  const { min, max } = figureRange(def);
  return (def.kind === 'count' ? z.int() : z.number()).min(min).max(max).describe(`${def.label} (${def.unit})`);
}

/** The schema of data/<YYYY-MM>/<sector>.yaml; the office's optional indicators may be left out. */
export function sectorSchema(sector: SectorDef, optional: ReadonlySet<string> = new Set()) {
  // rates are computed from their ratio, never entered: a stated copy could only disagree with its own inputs
  const entered = Object.entries(sector.indicators).filter(([, def]) => def.accumulate !== 'rate');
  const figures = Object.fromEntries(entered.map(([id, def]) => [id, optional.has(id) ? figureSchema(def).optional() : figureSchema(def)]));
  const texts = Object.fromEntries(Object.entries(sector.texts).map(([id, label]) => [id, narrativeSchema(label)]));
  const lists = Object.fromEntries(Object.entries(sector.lists ?? {}).map(([id, label]) => [id, narrativeListSchema(label)]));
  const dates = Object.fromEntries(Object.entries(sector.dates ?? {}).map(([id, label]) => [id, z.iso.date().describe(label)]));
  const shape: Record<string, z.ZodType> = {};
  if (Object.keys(figures).length > 0) {
    shape['chi_tieu'] = z.strictObject(figures).describe('Số liệu (chỉ tiêu)');
    Object.assign(shape, sourceMarkSchema(Object.keys(figures)));
  }
  if (Object.keys(texts).length + Object.keys(lists).length + Object.keys(dates).length > 0)
    shape['noi_dung'] = z
      .strictObject({ ...texts, ...lists, ...dates })
      .describe('Nội dung (lời văn; số liệu viết bằng tham chiếu {mã_chỉ_tiêu})');
  return z.strictObject(shape).describe(sector.title);
}

export type SectorData = SourceMarks & {
  chi_tieu?: Record<string, number>;
  noi_dung?: Record<string, string | string[]>;
};
