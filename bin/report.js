#!/usr/bin/env node
// Shim: the CLI is bundled into dist/report.mjs at install time (npm install / npm ci run "prepare").
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of the bundle on disk (in the system's temporary folder) and reuses it in the
// next run; older Nodes have no such cache. Enabled before the bundle is imported, so the import below is cached.
module.enableCompileCache?.();
const { run } = await import('../dist/report.mjs');

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
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, onInterrupt });
