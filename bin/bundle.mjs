// Bundle the CLI into one ESM file so a run loads one module instead of hundreds (see README, Performance).
// Code behind a dynamic import (the docx library) goes to a chunk of its own, parsed only by the runs that use it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/**
 * A plugin that replaces one import of one package with `contents`. Both stubs depend on how the package imports the
 * module today: if a new version stops matching, the bundle is still correct (just larger or slower to start), so the
 * build only warns, naming the stub, when it replaced nothing.
 */
function stub(name, { module, importer, contents }) {
  return {
    name,
    setup(b) {
      let used = false;
      b.onResolve({ filter: module }, (a) => {
        if (!importer.test(a.importer)) return undefined;
        used = true;
        return { path: name, namespace: name };
      });
      b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
      b.onEnd(() => {
        if (!used) console.warn(`bundle: stub ${name} replaced nothing (did the package change how it imports?)`);
      });
    },
  };
}

// zod re-exports all its locales (≈ 360 KB) as z.locales (`export * as locales from "../locales/index.js"`); we never
// use them (messages come from src/error-catalog.ts). The English locale zod configures itself with is another file.
const noZodLocales = stub('no-zod-locales', { module: /[\\/]locales[\\/]index\.js$/, importer: /[\\/]zod[\\/]/, contents: 'export {};' });

// commander requires node:child_process (≈ 9 ms with node:net) at load, only to run executable subcommands, which
// report has none of. The stub requires it on first property access; `require` is the banner's (below).
const lazyChildProcess = stub('lazy-child-process', {
  module: /^node:child_process$/,
  importer: /[\\/]commander[\\/]/,
  contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
});

// commander and handlebars are CommonJS: give the ESM bundle a require()
const banner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };

// The build's identity: what a cache written by one bundle must not be read by another (src/definitions-cache.ts)
const build_ = createHash('sha256');
for (const f of [
  'package.json',
  'package-lock.json',
  ...readdirSync('src', { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => join('src', f)),
])
  if (statSync(f).isFile()) build_.update(`${f}\0`).update(readFileSync(f));
const BUILD_ID = build_.digest('hex').slice(0, 32);

// Handlebars' compiler (its parser, code generator and source-map, ≈ 190 KB) is needed only for a template without a
// precompiled spec: src/render.ts requires it on first use, from a file of its own beside its chunk (bundled below), so
// a run with the shipped templates neither reads nor compiles it.
const COMPILER_FILE = 'handlebars-compiler.cjs';

rmSync('dist', { recursive: true, force: true }); // stale chunks and files of an earlier layout go too
const { metafile } = await build({
  metafile: true,
  define: { __REPORT_BUILD__: JSON.stringify(BUILD_ID), __HANDLEBARS_COMPILER__: JSON.stringify(`./${COMPILER_FILE}`) },
  plugins: [noZodLocales, lazyChildProcess],
  entryPoints: { report: 'src/main.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner,
  logLevel: 'warning',
});

/**
 * src/templates.ts reads the precompiled templates, and src/render.ts requires the compiler, from its own folder
 * (import.meta.url): the folder of the output file it was bundled into, a chunk under dist/chunks/ since the commands
 * are imported on demand.
 */
function besideModule(source, name) {
  const reader = Object.entries(metafile.outputs).find(([, o]) => Object.keys(o.inputs).includes(source))?.[0];
  if (!reader) throw new Error(`bundle: no output holds ${source}`);
  return join(dirname(reader), name);
}
const precompiledPath = (name) => besideModule('src/templates.ts', name);

await build({
  entryPoints: ['handlebars'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: besideModule('src/render.ts', COMPILER_FILE),
  logLevel: 'warning',
});

// Precompile the shipped templates: a run whose templates are unchanged then skips Handlebars' compiler, the largest
// cost of a one-month build (src/templates.ts; an edited template is compiled at run time as before).
const tool = 'dist/precompile.tmp.mjs';
try {
  await build({
    stdin: {
      contents:
        "export { precompileTemplates } from './src/render.ts'; export { readTemplates, PRECOMPILED_FILE } from './src/templates.ts';",
      resolveDir: '.',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tool,
    logLevel: 'warning',
    banner,
  });
  const { precompileTemplates, readTemplates, PRECOMPILED_FILE } = await import(new URL(`../${tool}`, import.meta.url).href);
  writeFileSync(precompiledPath(PRECOMPILED_FILE), JSON.stringify(precompileTemplates(readTemplates('templates'))));
} catch (e) {
  // templates that do not compile are reported by the commands themselves, with their position
  rmSync(precompiledPath('templates.precompiled.json'), { force: true });
  console.warn(`templates not precompiled: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
} finally {
  rmSync(tool, { force: true });
}
