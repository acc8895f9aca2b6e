/** Zod schemas of the data files, derived from the sector definitions so shape, labels and units have one source. */
import { z } from 'zod';
import type { IndicatorDef, PlanTargetDef, SectorDef } from './definitions.js';
import { figureRange } from './figure-rules.js';

/** A narrative string: text only; figures belong in typed fields. */
export const NarrativeSchema = z.string().min(1);

/** The zod type of one figure: whole numbers for counts, finite numbers for amounts, within the figure's range. */
export function figureSchema(def: IndicatorDef | PlanTargetDef): z.ZodNumber {
  const { min, max } = figureRange(def);
  return (def.kind === 'count' ? z.int() : z.number()).min(min).max(max).describe(`${def.label} (${def.unit})`);
}

/** The schema of data/<YYYY-MM>/<sector>.yaml. */
export function sectorSchema(sector: SectorDef) {
  // rates are computed from their ratio, never entered: a stated copy could only disagree with its own inputs
  const entered = Object.entries(sector.indicators).filter(([, def]) => def.accumulate !== 'rate');
  const figures = Object.fromEntries(entered.map(([id, def]) => [id, figureSchema(def)]));
  const texts = Object.fromEntries(Object.entries(sector.texts).map(([id, label]) => [id, NarrativeSchema.describe(label)]));
  const lists = Object.fromEntries(
    Object.entries(sector.lists ?? {}).map(([id, label]) => [id, z.array(NarrativeSchema).min(1).describe(label)]),
  );
  const dates = Object.fromEntries(Object.entries(sector.dates ?? {}).map(([id, label]) => [id, z.iso.date().describe(label)]));
  const shape: Record<string, z.ZodType> = {};
  if (Object.keys(figures).length > 0) shape['chi_tieu'] = z.strictObject(figures).describe('Số liệu (chỉ tiêu)');
  if (Object.keys(texts).length + Object.keys(lists).length + Object.keys(dates).length > 0)
    shape['noi_dung'] = z.strictObject({ ...texts, ...lists, ...dates }).describe('Nội dung (văn bản không chứa số liệu)');
  return z.strictObject(shape).describe(sector.title);
}

export type SectorData = {
  chi_tieu?: Record<string, number>;
  noi_dung?: Record<string, string | string[]>;
};
