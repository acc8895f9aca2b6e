#!/usr/bin/env node
// Shim: the CLI is bundled into dist/report.mjs at install time (npm install / npm ci run "prepare").
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';

const argv = process.argv.slice(2);
// `report --version` alone is answered here, from package.json, with the line commander prints: it is what scripts run
// to see whether the tool is there, and loading the bundle for it would double its time.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V'))
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
else await main();

async function main() {
  // Node 22.1+ keeps V8's compiled code of the bundle on disk (in the system's temporary folder) and reuses it in the
  // next run; older Nodes have no such cache. Enabled before the bundle is imported, so the import below is cached.
  module.enableCompileCache?.();
  const { run } = await loadBundle();

  // A reader that stops early (report status | head) closes the pipe: that ends the output, it is not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  }

  // Ctrl+C is handed to the command only while one subscribes (report watch); otherwise it ends the process as usual.
  const onInterrupt = (handler) => {
    process.once('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  };
  process.exitCode = await run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, onInterrupt });
}

/**
 * The bundle, or one line saying what to run when it is missing or older than the sources (a clone where
 * `npm run build` has not run since a pull). The bundle holds the wording catalogue, so this line is written here.
 */
async function loadBundle() {
  const bundle = new URL('../dist/report.mjs', import.meta.url);
  const sources = new URL('../src', import.meta.url);
  const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  // an installed package has no src/; in a clone, reading the mtimes of src/ costs about a millisecond
  const stale =
    built !== undefined &&
    existsSync(sources) &&
    readdirSync(sources, { recursive: true, withFileTypes: true }).some(
      (e) => e.isFile() && statSync(join(e.parentPath, e.name)).mtimeMs > built,
    );
  if (built !== undefined && !stale) {
    try {
      return await import(bundle.href);
    } catch (e) {
      if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    }
  }
  const en = argv.includes('--lang=en') || argv.some((a, i) => a === '--lang' && argv[i + 1] === 'en');
  process.stderr.write(
    en
      ? `report: the bundle dist/report.mjs is ${stale ? 'older than src/' : 'missing'}; run: npm run build\n`
      : `report: bản dựng dist/report.mjs ${stale ? 'cũ hơn mã nguồn src/' : 'chưa có'}; hãy chạy: npm run build\n`,
  );
  process.exit(2);
}
