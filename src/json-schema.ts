/**
 * Editor schemas: the zod schemas of the data files as JSON Schema (draft-07, what yaml-language-server reads),
 * one `schemas/<id>.schema.json` per sector plus district, report and plan. Pure; `report schemas` writes them.
 */
import { z } from 'zod';
import { DistrictSchema, planSchema, ReportMetaSchema } from '../schemas/documents.js';
import type { SectorDef } from '../schemas/indicator.js';
import { sectorSchema } from '../schemas/sector.js';

/** File name of the editor schema for a data file id ("forestry", "district", "report", "plan"). */
const schemaFileName = (id: string): string => `${id}.schema.json`;

/** The JSON text of one schema: input shape (what the clerk types), refinements dropped, Vietnamese descriptions kept. */
function toJsonText(schema: z.ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }), null, 2)}\n`;
}

/** Every editor schema, file name → JSON text, in a stable order: the three documents, then sectors in report order. */
export function editorSchemas(sectors: readonly SectorDef[]): Map<string, string> {
  const out = new Map<string, string>([
    [schemaFileName('district'), toJsonText(DistrictSchema)],
    [schemaFileName('report'), toJsonText(ReportMetaSchema)],
    [schemaFileName('plan'), toJsonText(planSchema(sectors))],
  ]);
  for (const s of sectors) out.set(schemaFileName(s.id), toJsonText(sectorSchema(s)));
  return out;
}
