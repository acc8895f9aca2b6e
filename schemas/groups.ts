/**
 * The fields of the report ("1. Về phát triển kinh tế", "2. Văn hóa - Xã hội", …) and the sector each belongs to,
 * declared once: the appendix table groups its rows by them (I, II, III…). Group titles are wording: the template
 * passes them to the table helper under these ids.
 */

/** Report fields in report order. */
export const GROUPS = ['economy', 'society', 'defence', 'government'] as const;
export type GroupId = (typeof GROUPS)[number];

/**
 * The field of every sector, by sector id (every sector the report may have, so a sector added later is already placed).
 * Sectors of Part II (assessment, priorities) carry no figures and belong to no field.
 */
export const SECTOR_GROUP: Readonly<Record<string, GroupId | null>> = {
  agriculture: 'economy',
  forestry: 'economy',
  fisheries: 'economy',
  'rural-development': 'economy',
  irrigation: 'economy',
  environment: 'economy',
  industry: 'economy',
  construction: 'economy',
  'public-investment': 'economy',
  resettlement: 'economy',
  trade: 'economy',
  finance: 'economy',
  education: 'society',
  health: 'society',
  culture: 'society',
  labour: 'society',
  'ethnic-religion': 'society',
  defence: 'defence',
  security: 'defence',
  government: 'government',
  'inspection-justice': 'government',
  assessment: null,
  priorities: null,
};
