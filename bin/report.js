#!/usr/bin/env node
// Shim: the CLI is bundled into dist/report.mjs at install time (npm install / npm ci run "prepare").
import { run } from '../dist/report.mjs';

// Ctrl+C is handed to the command only while one subscribes (report watch); otherwise it ends the process as usual.
const onInterrupt = (handler) => {
  process.once('SIGINT', handler);
  return () => process.off('SIGINT', handler);
};
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, onInterrupt });
