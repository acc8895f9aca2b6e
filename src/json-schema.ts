/**
 * Editor schemas: the zod schemas of the data files as JSON Schema (draft-07, what yaml-language-server reads),
 * one `schemas/<id>.schema.json` per sector plus district, report and plan, and those of the definition files
 * themselves (office, sector-definition). Pure; `report schemas` writes them.
 */
import './zod-config.js';
import * as z from 'zod';
import { DistrictSchema, ReportMetaSchema } from './data-schemas.js';
import { OfficeFileSchema, SectorFileSchema } from './definitions.js';
import type { Registry } from './registry.js';

/** File name of the editor schema for a data file id ("forestry", "district", "report", "plan"). */
const schemaFileName = (id: string): string => `${id}.schema.json`;

/** The JSON text of one schema: input shape (what the clerk types), refinements dropped, Vietnamese descriptions kept. */
function toJsonText(schema: z.ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }), null, 2)}\n`;
}

/**
 * Every editor schema, file name → JSON text, in a stable order: the two definition files, the three documents,
 * then sectors in report order.
 */
export function editorSchemas(registry: Registry): Map<string, string> {
  const out = new Map<string, string>([
    [schemaFileName('office'), toJsonText(OfficeFileSchema)],
    [schemaFileName('sector-definition'), toJsonText(SectorFileSchema)],
    [schemaFileName('district'), toJsonText(DistrictSchema)],
    [schemaFileName('report'), toJsonText(ReportMetaSchema)],
    [schemaFileName('plan'), toJsonText(registry.planSchema())],
  ]);
  for (const s of registry.sectors) out.set(schemaFileName(s.id), toJsonText(registry.sectorSchema(s.id)));
  return out;
}
