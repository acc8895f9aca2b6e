// Bundle the CLI into one ESM file so a run loads one module instead of hundreds (see README, Performance).
// Code behind a dynamic import (the docx library) goes to a chunk of its own, parsed only by the runs that use it.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

// zod re-exports all its locales (≈ 360 KB) as z.locales; we never use them (messages: src/error-catalog.ts)
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (a) => (/[\\/]zod[\\/]/.test(a.importer) ? { path: 'zod-locales', namespace: 'stub' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

// commander loads node:child_process (≈ 9 ms with node:net) only to run executable subcommands; report has none
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (a) => (/[\\/]commander[\\/]/.test(a.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

rmSync('dist/chunks', { recursive: true, force: true });
await build({
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
  // commander and handlebars are CommonJS: give the ESM bundle a require()
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});

// Precompile the shipped templates: a run whose templates are unchanged then skips Handlebars' compiler, the largest
// cost of a one-month build (src/templates.ts; an edited template is compiled at run time as before).
const tool = 'dist/precompile.tmp.mjs';
try {
  await build({
    stdin: { contents: "export { precompileTemplates } from './src/render.ts'; export { readTemplates, PRECOMPILED_FILE } from './src/templates.ts';", resolveDir: '.', loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: tool, logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const { precompileTemplates, readTemplates, PRECOMPILED_FILE } = await import(new URL(`../${tool}`, import.meta.url).href);
  writeFileSync(`dist/${PRECOMPILED_FILE}`, JSON.stringify(precompileTemplates(readTemplates('templates'))));
} catch (e) {
  // templates that do not compile are reported by the commands themselves, with their position
  rmSync('dist/templates.precompiled.json', { force: true });
  console.warn(`templates not precompiled: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
} finally {
  rmSync(tool, { force: true });
}
