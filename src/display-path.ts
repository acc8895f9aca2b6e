/** Paths as diagnostics and results show them: POSIX separators on every system, so output and tests read the same. Pure. */
import { join } from 'node:path';

/** A path as the user typed it, with forward slashes. */
export const posixPath = (path: string): string => path.split('\\').join('/');

/** Parts joined (and normalised: "./data" → "data") for display. */
export const displayPath = (...parts: string[]): string => posixPath(join(...parts));
