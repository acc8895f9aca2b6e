/**
 * The indicator registry of one office: its validated definition files, checked against each other (every reference
 * resolves, every unit is declared, ids are unique) and indexed. A value passed down a run, never a module global;
 * the zod schema of a sector's data file is built the first time that sector is read. Pure.
 */
import type { z } from 'zod';
import { planSchema, type Plan } from './data-schemas.js';
import type { IndicatorDef, OfficeSettings, PlanTargetDef, RuleDef, SectorDef, SectorFile } from './definitions.js';
import { ReportError } from './errors.js';
import { figureRange } from './figure-rules.js';
import { yamlTexts, type TextFile } from './located-text.js';
import { isReportDate } from './references.js';
import { sectorSchema, type SectorData } from './sector-schema.js';
import { locate, type SourceFile } from './yaml-source.js';

type RegisteredIndicator = IndicatorDef & { readonly sector: string };

export interface Registry {
  readonly settings: OfficeSettings;
  /** The sectors of the report, in report order. */
  readonly sectors: readonly SectorDef[];
  /** Every indicator by id (ids are unique across sectors), in report order, with the sector that owns it. */
  readonly indicators: ReadonlyMap<string, RegisteredIndicator>;
  readonly planTargets: ReadonlyMap<string, PlanTargetDef>;
  readonly sector: (id: string) => SectorDef | undefined;
  /** The schema of data/<YYYY-MM>/<id>.yaml for a sector of the registry. */
  readonly sectorSchema: (id: string) => z.ZodType<SectorData>;
  /** The schema of data/plans/<YYYY>.yaml. */
  readonly planSchema: () => z.ZodType<Plan>;
  /**
   * The definition files' texts the report prints (indicator labels, sector titles), located in their files, in file
   * name order: what `check` proof-reads of them, taken while they are read (and kept with the definitions-cache).
   */
  readonly printedTexts: readonly TextFile[];
}

/** The paths of a sector definition whose text the report prints: indicator labels (the appendix) and the sector's title. */
const printedPath = (path: readonly (string | number)[]) => path.at(-1) === 'label' || (path.length === 1 && path[0] === 'title');

/** A validated definition file and where it was read from, to locate what is wrong with it. */
export interface DefinitionFile<T> {
  readonly value: T;
  readonly source: SourceFile;
}

/** The figures a rule names, with their place in the rule (to locate a wrong one) and where they are read from. */
function ruleRefs(rule: RuleDef): { path: (string | number)[]; id: string; from: 'month' | 'plan' | undefined }[] {
  const from = rule.kind === 'sum' ? rule.source : undefined;
  const one = (key: string, id: string) => ({ path: [key], id, from });
  const list = (key: string, ids: readonly string[]) => ids.map((id, i) => ({ path: [key, i], id, from }));
  switch (rule.kind) {
    case 'sum':
      return [one('total', rule.total), ...list('parts', rule.parts)];
    case 'atMost':
      return [one('part', rule.part), one('whole', rule.whole)];
    case 'between':
      return [one('value', rule.value), ...list('bounds', rule.bounds)];
    case 'rate':
      return [one('rate', rule.rate), one('numerator', rule.numerator), one('denominator', rule.denominator)];
  }
}

/** No value could pass: min above max, once the defaults fill in what is not declared. */
const emptyRange = (def: IndicatorDef | PlanTargetDef): boolean => {
  const { min, max } = figureRange(def);
  return min > max;
};

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

/**
 * The registry of an office from its settings and sector files (id = file name). Every inconsistency is returned at
 * once, located in the file that makes it; the registry is null when there is any.
 */
export function buildRegistry(
  office: DefinitionFile<OfficeSettings>,
  files: ReadonlyMap<string, DefinitionFile<SectorFile>>,
): { registry: Registry | null; problems: ReportError[] } {
  const problems: ReportError[] = [];
  const at = (source: SourceFile, path: (string | number)[]) => ({ file: source.file, ...locate(source, path), dataPath: path });
  const unknown = (kind: string, id: string, source: SourceFile, path: (string | number)[]) =>
    problems.push(new ReportError({ code: 'DEFINITION_UNKNOWN_ID', params: { kind, id }, ...at(source, path) }));
  const inconsistent = (problem: string, id: string, source: SourceFile, path: (string | number)[]) =>
    problems.push(new ReportError({ code: 'DEFINITION_INCONSISTENT', params: { problem, id }, ...at(source, path) }));
  const settings = office.value;

  const sectors: { def: SectorDef; source: SourceFile }[] = [];
  settings.sectors.forEach((id, i) => {
    const file = files.get(id);
    if (sectors.some((s) => s.def.id === id)) {
      problems.push(
        new ReportError({
          code: 'DEFINITION_DUPLICATE_ID',
          params: { kind: 'sector', id, first: office.source.file },
          ...at(office.source, ['sectors', i]),
        }),
      );
    } else if (!file) unknown('sectorFile', id, office.source, ['sectors', i]);
    else
      sectors.push({
        def: { ...file.value, id, indicators: file.value.indicators ?? {}, texts: file.value.texts ?? {} },
        source: file.source,
      });
  });
  for (const [id, file] of files) {
    if (!settings.sectors.includes(id))
      problems.push(
        new ReportError({
          code: 'DEFINITION_SECTOR_UNLISTED',
          params: { id, office: office.source.file },
          file: file.source.file,
          line: 1,
          column: 1,
        }),
      );
  }

  const units = new Set(settings.units);
  const groups = new Set(settings.groups);
  const indicators = new Map<string, RegisteredIndicator>();
  const planTargets = new Map<string, PlanTargetDef>();
  const owner = new Map<string, string>();
  /**
   * A plan target or an indicator under its id: the first definition owns the id (a later one is DEFINITION_DUPLICATE_ID
   * naming the first's file); both need a unit the office lists and a range that holds a value. False for a duplicate.
   */
  const declared = (kind: 'planTarget' | 'indicator', id: string, def: IndicatorDef | PlanTargetDef, source: SourceFile): boolean => {
    const path = [`${kind}s`, id];
    const first = owner.get(`${kind}:${id}`);
    if (first !== undefined) {
      problems.push(new ReportError({ code: 'DEFINITION_DUPLICATE_ID', params: { kind, id, first }, ...at(source, path) }));
      return false;
    }
    owner.set(`${kind}:${id}`, source.file);
    // a text's {nam} names the report's year: a figure of that name could never be referenced
    if (isReportDate(id)) inconsistent('reservedName', id, source, path);
    if (!units.has(def.unit)) unknown('unit', def.unit, source, [...path, 'unit']);
    if (emptyRange(def)) inconsistent('emptyRange', id, source, path);
    return true;
  };
  for (const { def, source } of sectors) {
    for (const [id, target] of Object.entries(def.planTargets ?? {}))
      if (declared('planTarget', id, target, source)) planTargets.set(id, target);
    for (const [id, ind] of Object.entries(def.indicators)) {
      if (!declared('indicator', id, ind, source)) continue;
      indicators.set(id, { ...ind, sector: def.id });
      // a whole count printed with decimals would read 12,0 households
      if (ind.kind === 'count' && (ind.decimals ?? 0) > 0) inconsistent('countDecimals', id, source, ['indicators', id, 'decimals']);
    }
    if (def.group !== undefined && !groups.has(def.group)) unknown('group', def.group, source, ['group']);
    const appendixRow = Object.entries(def.indicators).find(([, d]) => d.appendix);
    if (appendixRow && def.group === undefined)
      inconsistent('appendixWithoutGroup', appendixRow[0], source, ['indicators', appendixRow[0], 'appendix']);
  }

  (settings.requiredSectors ?? []).forEach((id, i) => {
    if (!settings.sectors.includes(id)) unknown('sector', id, office.source, ['requiredSectors', i]);
  });
  (settings.optionalIndicators ?? []).forEach((id, i) => {
    if (!indicators.has(id)) unknown('indicator', id, office.source, ['optionalIndicators', i]);
  });

  // references, once every id is known (a rate may name an indicator of a later sector)
  for (const { def, source } of sectors) {
    for (const [id, ind] of Object.entries(def.indicators)) {
      if (ind.plan !== undefined) {
        const target = planTargets.get(ind.plan);
        if (!target) unknown('planTarget', ind.plan, source, ['indicators', id, 'plan']);
        // a percentage of plan between triệu đồng and tỷ đồng would be off by a thousand
        else if (target.unit !== ind.unit) inconsistent('planUnit', id, source, ['indicators', id, 'plan']);
      }
      const at = (key: string) => ['indicators', id, key];
      if (ind.kind === 'change') {
        if (ind.against === undefined) inconsistent('changeWithoutAgainst', id, source, at('kind'));
        else if (!Object.hasOwn(settings.comparison.against, ind.against)) unknown('against', ind.against, source, at('against'));
        if (ind.accumulate !== 'stock') inconsistent('changeNotStock', id, source, at('accumulate'));
        if (ind.plan !== undefined) inconsistent('changePlan', id, source, at('plan'));
      } else if (ind.against !== undefined || ind.direction !== undefined)
        inconsistent('againstNotChange', id, source, at(ind.against !== undefined ? 'against' : 'direction'));
      if (ind.accumulate === 'rate') {
        if (!ind.ratio) inconsistent('rateWithoutRatio', id, source, ['indicators', id, 'accumulate']);
        if (ind.unit !== '%') inconsistent('rateUnit', id, source, ['indicators', id, 'unit']);
      } else if (ind.ratio) inconsistent('ratioNotRate', id, source, ['indicators', id, 'ratio']);
      for (const part of ['numerator', 'denominator'] as const) {
        const ref = ind.ratio?.[part];
        if (ref === undefined) continue;
        const path = ['indicators', id, 'ratio', part];
        if (!indicators.has(ref)) unknown('indicator', ref, source, path);
        else if (indicators.get(ref)!.accumulate === 'rate') inconsistent('ratioOverRate', ref, source, path);
        else if (indicators.get(ref)!.kind === 'change') inconsistent('ratioOverChange', ref, source, path);
      }
    }
    (def.rules ?? []).forEach((rule, r) => {
      for (const { path, id, from } of ruleRefs(rule)) {
        // a rule reads the month's figures, the plan's targets (source plan), or without a source the month then the plan
        const known = (from !== 'plan' && indicators.has(id)) || (from !== 'month' && planTargets.has(id));
        if (!known) unknown(from === 'plan' ? 'planTarget' : 'indicator', id, source, ['rules', r, ...path]);
      }
    });
  }
  if (problems.length > 0) return { registry: null, problems };
  return {
    registry: indexRegistry(
      settings,
      sectors.map((s) => s.def),
      [...files.values()].map((f) => yamlTexts(f.source, printedPath)),
    ),
    problems,
  };
}

/**
 * The registry of settings and sector definitions already checked together by buildRegistry: its indexes and the
 * sectors' schemas (built on first use). Also how a registry is made again from the definitions-cache.
 */
export function indexRegistry(settings: OfficeSettings, sectors: readonly SectorDef[], printedTexts: readonly TextFile[]): Registry {
  const byId = new Map(sectors.map((s) => [s.id, s]));
  const indicators = new Map(
    sectors.flatMap((s) => Object.entries(s.indicators).map(([id, ind]): [string, RegisteredIndicator] => [id, { ...ind, sector: s.id }])),
  );
  const planTargets = new Map(sectors.flatMap((s) => Object.entries(s.planTargets ?? {})));
  const plan = memo((_: null) => planSchema(planTargets) as unknown as z.ZodType<Plan>);
  return {
    settings,
    sectors,
    indicators,
    planTargets,
    sector: (id) => byId.get(id),
    sectorSchema: memo(
      (id: string) => sectorSchema(byId.get(id)!, new Set(settings.optionalIndicators ?? [])) as unknown as z.ZodType<SectorData>,
    ),
    planSchema: () => plan(null),
    printedTexts,
  };
}
