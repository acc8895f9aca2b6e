/** Where the data folder keeps each file, and what a file of a month folder is. Pure; load, validate and the commands share it. */
import type { SectorDef } from './definitions.js';
import type { Registry } from './registry.js';

/** The month's report metadata; a month folder without it holds data for comparisons only. */
export const REPORT_FILE = 'report.yaml';
/** District metadata, at the top of the data folder. */
export const DISTRICT_FILE = 'district.yaml';
/** The annual plans: plans/<YYYY>.yaml. */
export const PLANS_DIR = 'plans';
export const planFile = (year: number): string => `${year}.yaml`;
export const sectorFile = (id: string): string => `${id}.yaml`;

/** What a file of a month folder holds: the report metadata, one sector's data, or nothing the report knows (null). */
export function monthFileKind(registry: Registry, name: string): { kind: 'report' } | { kind: 'sector'; sector: SectorDef } | null {
  if (name === REPORT_FILE) return { kind: 'report' };
  const sector = registry.sector(name.replace(/\.yaml$/, ''));
  return sector && name === sectorFile(sector.id) ? { kind: 'sector', sector } : null;
}

/**
 * The expected file a name stands for when it differs only in letter case or by `.yml` for `.yaml`
 * (`agriculture.yml`, `Agriculture.YAML`), with what differs; null for an expected name itself or a name of no file.
 */
export function misnamedFile(registry: Registry, name: string): { expected: string; reason: 'extension' | 'case' } | null {
  const m = /^(.*)\.(ya?ml)$/i.exec(name);
  if (!m) return null;
  const expected = `${m[1]!.toLowerCase()}.yaml`;
  if (expected === name || monthFileKind(registry, expected) === null) return null;
  return { expected, reason: m[2]!.toLowerCase() === 'yml' ? 'extension' : 'case' };
}
