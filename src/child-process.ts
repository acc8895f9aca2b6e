/**
 * node:child_process, loaded on first use: loading it (with node:net) costs ≈ 9 ms at every start of the CLI,
 * for the few commands that run a program (git for `diff` and `status`, LibreOffice for PDF).
 */
import { createRequire } from 'node:module';

let loaded: typeof import('node:child_process') | undefined;
export const childProcess = (): typeof import('node:child_process') => (loaded ??= createRequire(import.meta.url)('node:child_process'));
