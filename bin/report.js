#!/usr/bin/env node
// Shim: the CLI is bundled into dist/report.mjs at install time (npm install / npm ci run "prepare").
import { run } from '../dist/report.mjs';

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
