// Regenerate src/README.md's table of diagnostic codes from src/error-catalog.ts (npm run readme:codes).
// The catalogue is TypeScript: esbuild bundles src/error-table.ts in memory and the result is imported from a data URL.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const { outputFiles } = await build({ entryPoints: ['src/error-table.ts'], bundle: true, format: 'esm', platform: 'node', write: false });
const { withCodeTable, TABLE_START } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const readme = readFileSync('src/README.md', 'utf8');
const next = withCodeTable(readme);
if (next === null) {
  console.error(`src/README.md has no "${TABLE_START}" … end markers`);
  process.exit(1);
}
if (next !== readme) writeFileSync('src/README.md', next);
console.log(next === readme ? 'src/README.md: code table up to date' : 'src/README.md: code table regenerated');
