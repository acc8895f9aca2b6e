/** The sectors of the report, in report order. Adding a sector: a definition file here, a data file, a template. */
import type { IndicatorDef, PlanTargetDef, SectorDef } from '../indicator.js';
import { agriculture } from './agriculture.js';
import { forestry } from './forestry.js';
import { fisheries } from './fisheries.js';
import { ruralDevelopment } from './rural-development.js';
import { irrigation } from './irrigation.js';
import { environment } from './environment.js';
import { industry } from './industry.js';
import { construction } from './construction.js';
import { publicInvestment } from './public-investment.js';
import { resettlement } from './resettlement.js';
import { trade } from './trade.js';
import { finance } from './finance.js';
import { education } from './education.js';
import { health } from './health.js';
import { culture } from './culture.js';
import { labour } from './labour.js';
import { ethnicReligion } from './ethnic-religion.js';
import { defence } from './defence.js';
import { security } from './security.js';
import { government } from './government.js';
import { inspectionJustice } from './inspection-justice.js';
import { assessment } from './assessment.js';
import { priorities } from './priorities.js';

export const SECTORS: readonly SectorDef[] = [
  agriculture,
  forestry,
  fisheries,
  ruralDevelopment,
  irrigation,
  environment,
  industry,
  construction,
  publicInvestment,
  resettlement,
  trade,
  finance,
  education,
  health,
  culture,
  labour,
  ethnicReligion,
  defence,
  security,
  government,
  inspectionJustice,
  assessment,
  priorities,
];

/** Every indicator by id, with the sector that owns it. */
export const INDICATORS: ReadonlyMap<string, IndicatorDef & { readonly sector: string }> = new Map(
  SECTORS.flatMap((s) => Object.entries(s.indicators).map(([id, def]) => [id, { ...def, sector: s.id }] as const)),
);

export const PLAN_TARGETS: ReadonlyMap<string, PlanTargetDef> = new Map(SECTORS.flatMap((s) => Object.entries(s.planTargets ?? {})));

export const sectorById = (id: string): SectorDef | undefined => SECTORS.find((s) => s.id === id);
