#!/usr/bin/env node
// Benchmark (npm run bench): the CLI against its peers, in one run with interleaved repetitions and medians.
//   (a) report build 2021-01 (Markdown + DOCX), fresh process   (b) pandoc converting (a)'s Markdown to DOCX
//   (c) node -e "" (the floor)                                  (d) report check 2021-01, fresh process
//   (v) report --version (the load floor of the CLI)            (f) peak RSS of every case (/usr/bin/time -f %M)
//   (n) npx report build 2021-01                                (i) report build 2021-01 through a global install
//   (e) report build --all over a generated 10-year history     (e-md) the same with --format md: what the DOCX costs
//   (g) report watch: latency from a one-line write to the written paths on stdout
// Prints each row of issue #17's table with its target and PASS/MISS; writes the figures to out/bench.json
// (or --json FILE) with the machine's core count, Node version and date, and shows the change from the previous file.
// Every row is a ratio of cases measured in the same interleaved rounds, or a figure from the same run.
//
// With --baseline DIR (a checkout of an earlier version, bundled: its bin/report.js run in its own folder), its build,
// check, --version, build --all and watch run in the same interleaved rounds, and every row shows before and after.
//
//   node bin/bench.mjs [--runs 15] [--history-runs 3] [--watch-runs 10] [--years 10] [--json out/bench.json]
//                          [--no-history] [--no-watch] [--no-npx] [--baseline DIR]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateHistory, loadSectors } from './gen-history.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
/**
 * The README's table (src/README.md, Performance) from a bench.json: each row before (with --baseline) and after,
 * its target, met or missed, and the machine and load it was measured on. `--table FILE` prints it without measuring.
 */
function markdownTable(report) {
  const m = report.machine;
  const lines = [
    `Measured ${report.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cores} cores (${m.cpu}), Node ${m.node.slice(1)}, ${m.pandoc ?? 'no pandoc'}, \
load average ${report.load.before} → ${report.load.after}, ${report.runs} interleaved rounds (medians).`,
    '',
    '| measure | before | after | target |',
    '|---|---|---|---|',
    ...report.rows.map(
      (r) => `| ${r.label} | ${r.before ?? '–'} | ${r.value ?? '–'} | ≤ ${r.target} ${r.pass === null ? '' : r.pass ? 'met' : 'missed'} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
if (args.includes('--table')) {
  process.stdout.write(markdownTable(JSON.parse(readFileSync(resolve(opt('table', 'out/bench.json')), 'utf8'))));
  process.exit(0);
}

const RUNS = Number(opt('runs', 15));
const HISTORY_RUNS = Number(opt('history-runs', 3));
const WATCH_RUNS = Number(opt('watch-runs', 10));
const YEARS = Number(opt('years', 10));
const JSON_OUT = resolve(ROOT, opt('json', 'out/bench.json'));
const WARMUP = 2;
const MONTH = '2021-01';
/** Issue #17's targets: every ratio and figure must be at most this. */
const TARGETS = { aOverB: 1.4, vOverC: 1.5, dOverC: 2.5, msPerMonth: 30, historyRssMB: 150, watchMs: 60, clerkOverA: 1.1 };

const CLI = join(ROOT, 'bin/report.js');
const BASELINE = opt('baseline', null) && resolve(opt('baseline', null));
const BASE_CLI = BASELINE && join(BASELINE, 'bin/report.js');
if (BASELINE && !existsSync(BASE_CLI)) throw new Error(`--baseline ${BASELINE}: no bin/report.js there`);
const NODE = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const tmp = mkdtempSync(join(tmpdir(), 'report-bench-'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const log = (s) => process.stderr.write(`${s}\n`);

/**
 * One fresh process, timed from spawn to exit. Every case runs under /usr/bin/time (when present) for its peak RSS,
 * so all cases carry the same small wrapper cost and the ratios stay fair.
 */
function runOnce(cmd, argv, { cwd = ROOT, env = {} } = {}) {
  const rssFile = join(tmp, 'rss.txt');
  const [file, list] = TIME ? [TIME, ['-f', '%M', '-o', rssFile, cmd, ...argv]] : [cmd, argv];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, list, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}\n${(r.stderr ?? '').slice(0, 4000)}`);
  const rssKB = TIME ? Number(/(\d+)\s*$/.exec(readFileSync(rssFile, 'utf8'))?.[1]) : null;
  return { ms, rssKB, stdout: r.stdout };
}

const has = (what) => spawnSync(NODE, [CLI, ...what, '--help'], { cwd: ROOT, encoding: 'utf8' });
const loadBefore = loadavg()[0];
const pandocVersion = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0] || null;
const features = {
  compileCache: typeof (await import('node:module')).default.enableCompileCache === 'function',
  pandoc: pandocVersion !== null,
  buildAll: /--all\b/.test(has(['build']).stdout ?? ''),
  watch: has(['watch']).status === 0,
};

// (a) once up front: it must work, and (b) converts what it writes
const aOut = join(tmp, 'a');
const first = runOnce(NODE, [CLI, 'build', MONTH, '--out', aOut]);
features.docx = first.stdout.includes('.docx');
const mdPath = first.stdout.split('\n').find((l) => l.endsWith('.md'));
if (!mdPath) throw new Error(`build wrote no Markdown:\n${first.stdout}`);

// (i) the command a clerk types after a global install: `npm install -g .` into a private prefix (a link to this
// folder, as `npm link` makes), run by name through PATH and its `#!/usr/bin/env node` line, with this Node first
const prefix = join(tmp, 'prefix');
const linked = spawnSync('npm', ['install', '-g', '.', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts'], {
  cwd: ROOT,
  encoding: 'utf8',
});
const PATH = [join(prefix, 'bin'), dirname(NODE), process.env.PATH].join(delimiter);
const NPX_PATH = [dirname(NODE), process.env.PATH].join(delimiter); // npx must not find the global install
features.globalInstall = linked.status === 0 && existsSync(join(prefix, 'bin', 'report'));
if (!features.globalInstall) log(`npm install -g . failed: ${linked.stderr}`);
// the README's everyday command: `report …` once it tells the clerk to install globally, else `npx report …`
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
features.clerkCommand = /`npx report build 2021-03`/.test(readme) ? 'npx' : 'global';

const cases = {
  a: {
    label: `report build ${MONTH} (md${features.docx ? ' + docx' : ''})`,
    run: () => runOnce(NODE, [CLI, 'build', MONTH, '--out', aOut]),
  },
  b: features.pandoc && {
    label: 'pandoc md → docx',
    run: () => runOnce('pandoc', [mdPath, '-f', 'markdown', '-t', 'docx', '-o', join(tmp, 'b.docx')]),
  },
  c: { label: 'node -e ""', run: () => runOnce(NODE, ['-e', '']) },
  d: { label: `report check ${MONTH}`, run: () => runOnce(NODE, [CLI, 'check', MONTH]) },
  v: { label: 'report --version', run: () => runOnce(NODE, [CLI, '--version']) },
  n: !args.includes('--no-npx') && {
    label: `npx report build ${MONTH}`,
    run: () => runOnce('npx', ['report', 'build', MONTH, '--out', aOut], { env: { PATH: NPX_PATH } }),
  },
  // Node 22.1+: the same two commands with bin/report.js's compile cache turned off, to show what the cache gives
  ...(features.compileCache
    ? {
        'a-nc': {
          label: `… build ${MONTH}, no compile cache`,
          run: () => runOnce(NODE, [CLI, 'build', MONTH, '--out', aOut], { env: { NODE_DISABLE_COMPILE_CACHE: '1' } }),
        },
        'd-nc': {
          label: `… check ${MONTH}, no compile cache`,
          run: () => runOnce(NODE, [CLI, 'check', MONTH], { env: { NODE_DISABLE_COMPILE_CACHE: '1' } }),
        },
      }
    : {}),
  // the baseline, in its own folder (its data, templates and definitions)
  ...(BASELINE
    ? {
        a0: {
          label: `before: build ${MONTH}`,
          run: () => runOnce(NODE, [BASE_CLI, 'build', MONTH, '--out', join(tmp, 'a0')], { cwd: BASELINE }),
        },
        d0: { label: `before: check ${MONTH}`, run: () => runOnce(NODE, [BASE_CLI, 'check', MONTH], { cwd: BASELINE }) },
        v0: { label: 'before: --version', run: () => runOnce(NODE, [BASE_CLI, '--version'], { cwd: BASELINE }) },
      }
    : {}),
  i: features.globalInstall && {
    label: `report build ${MONTH} (global install)`,
    run: () => runOnce('report', ['build', MONTH, '--out', aOut], { env: { PATH } }),
  },
};

let history = null;
if (features.buildAll && !args.includes('--no-history')) {
  const dir = join(tmp, 'history');
  log(`generating ${YEARS} years × 12 months into ${dir} …`);
  const months = await generateHistory({ out: dir, years: YEARS, sectors: await loadSectors(ROOT) });
  history = { dir, months: months.length };
  cases.e = {
    label: `report build --all (${months.length} months)`,
    run: () => runOnce(NODE, [CLI, 'build', '--all', '--data', dir, '--out', join(tmp, 'e')]),
  };
  if (BASELINE) {
    // the baseline's own history, by its own generator from its own data: the data files' format may have changed since
    const gen = await import(pathToFileURL(join(BASELINE, 'bin/gen-history.mjs')).href);
    const dir0 = join(tmp, 'history-before');
    await gen.generateHistory({ from: join(BASELINE, 'data'), out: dir0, years: YEARS, sectors: await gen.loadSectors(BASELINE) });
    cases.e0 = {
      label: `before: build --all (${months.length} months)`,
      run: () => runOnce(NODE, [BASE_CLI, 'build', '--all', '--data', dir0, '--out', join(tmp, 'e0')], { cwd: BASELINE }),
    };
  }
  cases['e-md'] = {
    label: `… --format md (${months.length} months)`,
    run: () => runOnce(NODE, [CLI, 'build', '--all', '--format', 'md', '--data', dir, '--out', join(tmp, 'e-md')]),
  };
}

// interleaved rounds: every round runs each case once, in a rotating order, so drift in machine load hits all alike
const ids = Object.keys(cases).filter((k) => cases[k]);
const samples = Object.fromEntries(ids.map((k) => [k, []]));
const historyEvery = Math.max(1, Math.floor(RUNS / Math.max(1, HISTORY_RUNS)));
const isHistory = (k) => k.startsWith('e');
log(
  `${WARMUP} warm-up + ${RUNS} rounds of ${ids.join(', ')}${history ? ` (build --all in every ${historyEvery}. round, ${HISTORY_RUNS} times)` : ''} …`,
);
for (let round = -WARMUP; round < RUNS; round++) {
  const order = ids.map((_, i) => ids[(i + Math.max(0, round)) % ids.length]);
  for (const k of order) {
    if (isHistory(k) && (round < 0 || round % historyEvery !== 0 || samples[k].length >= HISTORY_RUNS)) continue;
    const r = cases[k].run();
    if (round >= 0) samples[k].push(r);
  }
  if (round >= 0) process.stderr.write('.');
}
process.stderr.write('\n');

const stat = (k) => {
  const list = samples[k];
  if (!list?.length) return null;
  const ms = list.map((s) => s.ms);
  const rss = list.map((s) => s.rssKB).filter((x) => Number.isFinite(x));
  return {
    n: list.length,
    medianMs: round(median(ms)),
    minMs: round(Math.min(...ms)),
    maxMs: round(Math.max(...ms)),
    maxRssMB: rss.length ? round(median(rss) / 1024) : null,
  };
};
const results = Object.fromEntries(ids.map((k) => [k, { label: cases[k].label, ...stat(k) }]));

// (g) watch: time from a one-line write to the written paths the rebuild prints
let watch = null;
let watch0 = null;
if (features.watch && !args.includes('--no-watch')) {
  if (BASELINE) watch0 = await measureWatch(BASE_CLI, BASELINE, 'g0');
  watch = await measureWatch(CLI, ROOT, 'g');
}

async function measureWatch(cli, cwd, name) {
  const data = join(tmp, `${name}-data`);
  cpSync(join(cwd, 'data'), data, { recursive: true });
  // a figure no rule involves, so toggling it keeps the month valid
  const sectors = await loadSectors(cwd);
  const inRules = new Set(sectors.flatMap((s) => (s.rules ?? []).flatMap((r) => Object.values(r).flat())));
  const plans = new Set(
    sectors.flatMap((s) =>
      Object.values(s.indicators)
        .map((d) => d.plan)
        .filter(Boolean),
    ),
  );
  let target = null;
  for (const name of readdirSync(join(data, MONTH)).sort()) {
    const text = readFileSync(join(data, MONTH, name), 'utf8');
    const m = /^ {2}([a-z0-9_]+): (\d+)\b/m.exec(text);
    if (m && !inRules.has(m[1]) && !plans.has(m[1])) {
      target = { file: join(data, MONTH, name), text, line: m[0], id: m[1], value: Number(m[2]) };
      break;
    }
  }
  if (!target) return { error: 'no figure outside the rules to change' };

  const child = spawn(NODE, [cli, 'watch', MONTH, '--data', data, '--out', join(tmp, name)], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const lines = [];
  let waiters = [];
  let buffer = '';
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop();
    const now = process.hrtime.bigint();
    for (const l of parts) if (l.trim()) lines.push({ l, at: now });
    waiters = waiters.filter((w) => !w());
  });
  let stderr = '';
  child.stderr.on('data', (c) => {
    stderr += c;
  });
  const until = (pred, ms) =>
    new Promise((res) => {
      const timer = setTimeout(() => res(false), ms);
      const w = () => {
        if (!pred()) return false;
        clearTimeout(timer);
        res(true);
        return true;
      };
      if (!w()) waiters.push(w);
    });
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const quiet = async () => {
    let n;
    do {
      n = lines.length;
      await sleep(300);
    } while (lines.length !== n);
  };

  const result = { figure: `${target.id} in ${target.file.slice(data.length + 1)}`, firstMs: [], allMs: [] };
  try {
    if (!(await until(() => lines.length > 0, 60_000))) return { error: `no initial build: ${stderr.slice(0, 500)}` };
    await quiet();
    const perBuild = lines.length; // paths one build prints (md, docx)
    await sleep(300);
    for (let i = 0; i < WARMUP + WATCH_RUNS; i++) {
      const start = lines.length;
      const value = target.value + ((i % 2) + 1);
      const t0 = process.hrtime.bigint();
      writeFileSync(target.file, target.text.replace(target.line, `  ${target.id}: ${value}`));
      if (!(await until(() => lines.length >= start + perBuild, 10_000))) {
        result.error = `no rebuild after a change: ${stderr.slice(-500)}`;
        break;
      }
      if (i >= WARMUP) {
        result.firstMs.push(Number(lines[start].at - t0) / 1e6);
        result.allMs.push(Number(lines[start + perBuild - 1].at - t0) / 1e6);
      }
      await quiet(); // extra events of the same save may rebuild once more: let them pass
    }
  } finally {
    child.kill('SIGTERM');
  }
  return {
    figure: result.figure,
    n: result.allMs.length,
    medianMs: round(median(result.allMs)),
    firstPathMedianMs: round(median(result.firstMs)),
    ...(result.error ? { error: result.error } : {}),
  };
}

// figures, ratios, targets
const med = (k) => results[k]?.medianMs ?? null;
const ratio = (x, y) => (med(x) && med(y) ? round(med(x) / med(y), 2) : null);
const clerkCase = features.clerkCommand === 'npx' ? 'n' : 'i';
const ratios = {
  aOverB: ratio('a', 'b'),
  aOverC: ratio('a', 'c'),
  vOverC: ratio('v', 'c'),
  dOverC: ratio('d', 'c'),
  npxOverA: ratio('n', 'a'),
  globalOverA: ratio('i', 'a'),
  clerkOverA: ratio(clerkCase, 'a'),
  compileCacheBuild: ratio('a', 'a-nc'),
  compileCacheCheck: ratio('d', 'd-nc'),
};
const before = BASELINE
  ? {
      aOverB: ratio('a0', 'b'),
      vOverC: ratio('v0', 'c'),
      dOverC: ratio('d0', 'c'),
      msPerMonth: results.e0 ? round(results.e0.medianMs / history.months) : null,
      historyRssMB: results.e0?.maxRssMB ?? null,
      watchMs: watch0?.medianMs ?? null,
      // the baseline's README has the clerk type `npx report …`: npx's cost is the same for either version
      clerkOverA: ratios.npxOverA,
    }
  : null;
const historyResult = results.e
  ? {
      months: history.months,
      msPerMonth: round(results.e.medianMs / history.months),
      maxRssMB: results.e.maxRssMB,
      runs: results.e.n,
      markdownOnly: results['e-md']
        ? { msPerMonth: round(results['e-md'].medianMs / history.months), maxRssMB: results['e-md'].maxRssMB }
        : null,
    }
  : null;
/** The rows of issue #17's table: what is measured, its value now, its target. */
const rows = [
  { id: 'aOverB', label: `build ${MONTH} (md+docx) / pandoc md→docx`, value: ratios.aOverB },
  { id: 'vOverC', label: 'report --version / node -e ""', value: ratios.vOverC },
  { id: 'dOverC', label: 'check / node -e ""', value: ratios.dOverC },
  {
    id: 'msPerMonth',
    label: `build --all, ${historyResult?.months ?? '?'} months, ms per month`,
    value: historyResult?.msPerMonth ?? null,
  },
  { id: 'historyRssMB', label: 'peak RSS of build --all, MiB', value: historyResult?.maxRssMB ?? null },
  { id: 'watchMs', label: 'watch: save → outputs written, ms', value: watch?.medianMs ?? null },
  {
    id: 'clerkOverA',
    label: `clerk's command (${features.clerkCommand === 'npx' ? 'npx report' : 'report, global install'}) / node bin/report.js`,
    value: ratios.clerkOverA,
  },
].map((r) => ({ ...r, before: before?.[r.id] ?? null, target: TARGETS[r.id], pass: r.value === null ? null : r.value <= TARGETS[r.id] }));
const report = {
  date: new Date().toISOString(),
  machine: {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? null,
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    pandoc: pandocVersion,
  },
  // other work on the machine shifts every figure: the 1-minute load average before and after the run
  load: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) },
  runs: RUNS,
  features,
  cases: results,
  ratios,
  history: historyResult,
  watch,
  ...(BASELINE ? { baseline: { dir: BASELINE, watch: watch0 } } : {}),
  targets: TARGETS,
  rows,
};

const previous = existsSync(JSON_OUT)
  ? (() => {
      try {
        return JSON.parse(readFileSync(JSON_OUT, 'utf8'));
      } catch {
        return null;
      }
    })()
  : null;
const delta = (now, before) => (now === null || before === null || before === undefined ? '' : ` (was ${before})`);
const out = [];
out.push(
  `report benchmark: ${report.machine.cores} cores, Node ${process.version}, ${pandocVersion ?? 'no pandoc'}, ${report.date.slice(0, 10)}, \
load ${report.load.before} → ${report.load.after}, ${RUNS} interleaved rounds, medians`,
);
for (const k of ids) {
  const r = results[k];
  out.push(
    `  (${k}) ${r.label.padEnd(40)} ${String(r.medianMs).padStart(8)} ms  [${r.minMs} … ${r.maxMs}, n=${r.n}]  max RSS ${r.maxRssMB ?? '?'} MB${delta(r.medianMs, previous?.cases?.[k]?.medianMs)}`,
  );
}
if (historyResult?.markdownOnly)
  out.push(
    `  build --all: Markdown only ${historyResult.markdownOnly.msPerMonth} ms per month, max RSS ${historyResult.markdownOnly.maxRssMB} MB`,
  );
if (watch)
  out.push(
    `  watch: first path ${watch.firstPathMedianMs ?? 'n/a'} ms, all paths ${watch.medianMs ?? 'n/a'} ms (n=${watch.n ?? 0})${watch.error ? `  error: ${watch.error}` : ''}`,
  );
if (features.compileCache) out.push(`  compile cache on / off: build ${ratios.compileCacheBuild}, check ${ratios.compileCacheCheck}`);
out.push(
  `  npx report / direct ${ratios.npxOverA ?? 'n/a'}; global install / direct ${ratios.globalOverA ?? 'n/a'}; build / node -e "" ${ratios.aOverC ?? 'n/a'}`,
);
out.push(`issue #17 targets${BASELINE ? ` (before: ${BASELINE}, in the same rounds)` : ''}:`);
for (const r of rows) {
  const was = previous?.rows?.find((p) => p.id === r.id)?.value;
  const then = BASELINE ? `${String(r.before ?? 'n/a').padStart(7)} → ` : '';
  out.push(
    `  ${r.label.padEnd(58)} ${then}${String(r.value ?? 'n/a').padStart(7)}  ≤ ${String(r.target).padEnd(4)} ${r.pass === null ? 'n/a' : r.pass ? 'PASS' : 'MISS'}${delta(r.value, was)}`,
  );
}
if (!features.docx) out.push('  note: build wrote no DOCX: (a) is Markdown only');
process.stdout.write(`${out.join('\n')}\n`);

mkdirSync(join(JSON_OUT, '..'), { recursive: true });
writeFileSync(JSON_OUT, `${JSON.stringify(report, null, 2)}\n`);
log(`written ${JSON_OUT}`);
rmSync(tmp, { recursive: true, force: true });
