/**
 * Golden file: the complete January 2021 Markdown built from the shipped data, byte for byte against
 * test/golden/2021-01/report.md. After an intended change of wording, layout or data run `npm run test:update` and
 * review the golden's diff like code; in CI vitest never writes a golden, a missing or different one fails.
 */
import { expect, it } from 'vitest';
import { buildSeedMonth } from './support/seed.js';

it('builds the January 2021 report exactly as the committed golden Markdown', async () => {
  await expect(await buildSeedMonth()).toMatchFileSnapshot('./golden/2021-01/report.md');
});
