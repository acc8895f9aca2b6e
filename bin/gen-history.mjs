#!/usr/bin/env node
// Generate a long synthetic history (default 10 years × 12 months) from one shipped month, for benchmarking
// `report build --all`. Every figure is varied (growth per year, season per month, noise), then the sectors'
// own consistency rules (schemas/sectors/*.yaml) are re-established so every generated month validates.
//
//   node bin/gen-history.mjs --out /tmp/history [--from data] [--month 2021-01] [--years 10] [--seed 1]
//
// Texts are copied unchanged; counts stay whole and non-negative; amounts keep the decimals they were written with.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isScalar, parse, parseDocument } from 'yaml';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const THOUSANDS = /^\d{1,3}(\.\d{3})+$/; // the checker's thousands trap (src/validate.ts): never generate it

/** The sector definitions the CLI reads: schemas/sectors/<id>.yaml, in the order of schemas/office.yaml (unchecked: `report check` checks them). */
export async function loadSectors(root = ROOT) {
  const { sectors } = parse(readFileSync(join(root, 'schemas/office.yaml'), 'utf8'));
  return sectors.map((id) => ({ id, indicators: {}, ...parse(readFileSync(join(root, 'schemas/sectors', `${id}.yaml`), 'utf8')) }));
}

/** Deterministic PRNG (mulberry32), so a seed always gives the same history. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const roundTo = (v, d) => Math.round(v * 10 ** d) / 10 ** d;
const decimalsOf = (text) => /\.(\d+)$/.exec(text ?? '')?.[1]?.length ?? 0;

/** A parsed data file whose chi_tieu figures can be read and replaced in place (comments are kept). */
function openFile(path) {
  const doc = parseDocument(readFileSync(path, 'utf8'), { keepSourceTokens: true });
  const figures = new Map();
  const map = doc.get('chi_tieu', true);
  for (const pair of map?.items ?? []) {
    if (!isScalar(pair.value) || typeof pair.value.value !== 'number') continue;
    const text = pair.value.srcToken?.source ?? String(pair.value.value);
    figures.set(String(pair.key.value), { node: pair.value, original: pair.value.value, decimals: decimalsOf(text) });
  }
  return { doc, figures };
}

/** One figure's value in a given month: yearly growth, a seasonal swing for flows, noise; whole for counts. */
function vary(fig, def, { yearIndex, month, random }) {
  const v = fig.original;
  if (v === 0) return 0;
  const noise = 1 + (random() - 0.5) * 0.16;
  let x;
  if (def?.unit === '%')
    x = Math.min(100, Math.max(0, v + (random() - 0.5) * 6)); // a rate drifts, it does not grow
  else if (def?.accumulate === 'stock') x = v * (1 + 0.03 * yearIndex) * (1 + (random() - 0.5) * 0.04);
  else x = v * (1 + 0.05 * yearIndex) * (1 + 0.25 * Math.sin(((month - 1) / 12) * 2 * Math.PI)) * noise;
  const d = def?.kind === 'count' ? 0 : fig.decimals;
  return Math.max(0, roundTo(x, d));
}

/** Progress towards an annual plan (a stock with a plan target) keeps pace with the year, as the pace check expects. */
function keepPace(values, defs, month) {
  for (const [id, v] of values) {
    const def = defs.get(id);
    const target = def?.plan ? values.get(def.plan) : undefined;
    if (def?.accumulate !== 'stock' || target === undefined) continue;
    const floor = (target * month) / 12;
    if (v < floor) values.set(id, def.kind === 'count' ? Math.ceil(floor) : roundTo(floor, def.decimals ?? 0));
  }
}

/**
 * Re-establish the rules on `values` (id → number); ids in `fixed` are not changed (plan figures seen from a month).
 * Returns the rules that still fail; unknown rule kinds always do (the caller then keeps the shipped figures).
 */
function applyRules(rules, values, decimals, fixed) {
  const has = (id) => values.has(id);
  const sumOf = (parts) => parts.reduce((a, p) => a + values.get(p), 0);
  for (let pass = 0; pass < 4; pass++) {
    for (const r of rules) {
      if (isOpenSum(r) && has(r.total) && r.parts.every(has) && !fixed.has(r.total)) {
        values.set(r.total, Math.max(values.get(r.total), roundTo(sumOf(r.parts), decimals(r.total))));
      } else if (r.kind === 'sum' && has(r.total) && r.parts.every(has) && !fixed.has(r.total)) {
        values.set(r.total, roundTo(sumOf(r.parts), decimals(r.total)));
      } else if (r.kind === 'atMost' && has(r.part) && has(r.whole) && values.get(r.part) > values.get(r.whole)) {
        if (!fixed.has(r.whole) && !rules.some((s) => s.kind === 'sum' && s.total === r.whole)) values.set(r.whole, values.get(r.part));
        else if (!fixed.has(r.part)) values.set(r.part, values.get(r.whole));
      } else if (
        r.kind === 'rate' &&
        has(r.rate) &&
        has(r.numerator) &&
        has(r.denominator) &&
        values.get(r.denominator) > 0 &&
        !fixed.has(r.rate)
      ) {
        values.set(r.rate, roundTo((values.get(r.numerator) / values.get(r.denominator)) * 100, decimals(r.rate)));
      } else if (r.kind === 'between' && has(r.value) && r.bounds.every(has) && !fixed.has(r.value)) {
        const b = r.bounds.map((id) => values.get(id));
        const d = decimals(r.value);
        values.set(r.value, roundTo(Math.min(Math.max(values.get(r.value), Math.min(...b)), Math.max(...b)), d));
      }
    }
  }
  return rules.filter((r) => !holds(r, values));
}

/** A sum whose parts need not be exhaustive: the total is at least their sum. */
const isOpenSum = (r) => r.kind === 'sumAtMost' || (r.kind === 'sum' && r.open === true);

/** The checks of src/rules.ts (which cannot be imported here: it is TypeScript inside the bundle). */
function holds(r, values) {
  const get = (id) => values.get(id);
  const all = (ids) => ids.every((id) => values.has(id));
  if (isOpenSum(r)) return !all([r.total, ...r.parts]) || r.parts.reduce((a, p) => a + get(p), 0) <= get(r.total) + 1e-6;
  switch (r.kind) {
    case 'sum':
      return !all([r.total, ...r.parts]) || Math.abs(r.parts.reduce((a, p) => a + get(p), 0) - get(r.total)) < 1e-6;
    case 'atMost':
      return !all([r.part, r.whole]) || get(r.part) <= get(r.whole);
    case 'rate':
      return true; // applyRules recomputes the rate from its parts at its decimals
    case 'between': {
      if (!all([r.value, ...r.bounds])) return true;
      const b = r.bounds.map(get);
      return get(r.value) >= Math.min(...b) && get(r.value) <= Math.max(...b);
    }
    default:
      return false;
  }
}

function writeFigures(file, values, path) {
  for (const [id, fig] of file.figures) {
    const v = values.get(id);
    fig.node.value = v;
    fig.node.srcToken = undefined; // otherwise yaml may print the original source text
    fig.node.minFractionDigits = undefined;
  }
  writeFileSync(path, file.doc.toString({ lineWidth: 0 }));
}

/** Generate the history; returns the list of months written. */
export async function generateHistory({ from = join(ROOT, 'data'), month = '2021-01', out, years = 10, seed = 1, sectors }) {
  sectors ??= await loadSectors();
  const defs = new Map(sectors.flatMap((s) => [...Object.entries(s.indicators), ...Object.entries(s.planTargets ?? {})]));
  const rules = sectors.flatMap((s) => s.rules ?? []);
  const monthRules = rules.filter((r) => r.source !== 'plan');
  const planRules = rules.filter((r) => r.source === 'plan');
  const random = rng(seed);
  const startYear = Number(month.slice(0, 4));
  const srcDir = join(from, month);
  const names = readdirSync(srcDir)
    .filter((n) => n.endsWith('.yaml'))
    .sort();

  mkdirSync(join(out, 'plans'), { recursive: true });
  if (existsSync(join(from, 'district.yaml'))) cpSync(join(from, 'district.yaml'), join(out, 'district.yaml'));
  const written = [];
  for (let y = 0; y < years; y++) {
    const year = startYear + y;
    // the plan of the year: targets grow; its own sums are re-established
    const planPath = join(from, 'plans', `${startYear}.yaml`);
    let planValues = new Map();
    if (existsSync(planPath)) {
      const plan = openFile(planPath);
      plan.doc.set('nam', year);
      const decimals = (id) => plan.figures.get(id)?.decimals ?? 0;
      let failing = [];
      for (let attempt = 0; attempt < 50 && (attempt === 0 || failing.length > 0); attempt++) {
        planValues = new Map(
          [...plan.figures].map(([id, f]) => [id, vary(f, { ...defs.get(id), accumulate: 'stock' }, { yearIndex: y, month: 1, random })]),
        );
        failing = [...applyRules(planRules, planValues, decimals, new Set()), ...trapped(planValues, plan.figures)];
      }
      if (failing.length > 0) {
        warn(`plans/${year}.yaml`, failing);
        planValues = new Map([...plan.figures].map(([id, f]) => [id, f.original]));
      }
      writeFigures(plan, planValues, join(out, 'plans', `${year}.yaml`));
    }

    for (let m = 1; m <= 12; m++) {
      const id = `${year}-${String(m).padStart(2, '0')}`;
      const dir = join(out, id);
      mkdirSync(dir, { recursive: true });
      const files = names.map((n) => ({ name: n, ...openFile(join(srcDir, n)) }));
      const figures = new Map(files.flatMap((f) => [...f.figures]));
      const decimals = (fid) => (figures.get(fid)?.decimals ?? 0) || (defs.get(fid)?.kind === 'count' ? 0 : (defs.get(fid)?.decimals ?? 0));
      let values;
      let failing = [];
      for (let attempt = 0; attempt < 50 && (attempt === 0 || failing.length > 0); attempt++) {
        values = new Map([...figures].map(([fid, f]) => [fid, vary(f, defs.get(fid), { yearIndex: y, month: m, random })]));
        for (const [pid, v] of planValues) values.set(pid, v);
        keepPace(values, defs, m);
        failing = [...applyRules(monthRules, values, decimals, new Set(planValues.keys())), ...trapped(values, figures)];
      }
      // a month the rules cannot be re-established for keeps the shipped figures, which are consistent
      if (failing.length > 0) {
        warn(id, failing);
        values = new Map([...figures].map(([fid, f]) => [fid, f.original]));
      }
      for (const f of files) {
        if (f.name === 'report.yaml') {
          f.doc.set('ngay_chot_so_lieu', `${id}-15`);
          writeFileSync(join(dir, f.name), f.doc.toString({ lineWidth: 0 }));
        } else writeFigures(f, values, join(dir, f.name));
      }
      written.push(id);
    }
  }
  return written;
}

/**
 * A decimal figure written like "1.347" is warned about by the checker (a thousands separator to a reader): generate one
 * only where the shipped figure has that form too (e.g. 30.675 tấn, exactly as published).
 */
function trapped(values, figures) {
  return [...figures]
    .filter(([id, f]) => THOUSANDS.test(String(values.get(id))) && !THOUSANDS.test(String(f.original)))
    .map(([id]) => ({ kind: 'thousands', id }));
}

function warn(where, failing) {
  process.stderr.write(
    `gen-history: ${where}: shipped figures kept, rules not re-established: ${failing.map((r) => JSON.stringify(r)).join(', ')}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const out = opt('out');
  if (!out) {
    process.stderr.write('usage: node bin/gen-history.mjs --out <dir> [--from data] [--month 2021-01] [--years 10] [--seed 1]\n');
    process.exit(2);
  }
  const months = await generateHistory({
    from: opt('from', join(ROOT, 'data')),
    month: opt('month', '2021-01'),
    out,
    years: Number(opt('years', 10)),
    seed: Number(opt('seed', 1)),
  });
  process.stdout.write(`${months.length} months written to ${out} (${months[0]} … ${months[months.length - 1]})\n`);
}
