/** The office's definitions are read at run time: an edit changes the next check, with no rebuild; a broken one is located. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { workspace } from '../support/workspace.js';

const ws = workspace({ copySchemas: true });
afterAll(() => ws.remove());
const definition = join(ws.schemas, 'sectors', 'fisheries.yaml');
const original = readFileSync(definition, 'utf8');
const edit = (from: string, to: string) => writeFileSync(definition, original.replace(from, to));

describe('definitions read at run time', () => {
  it('a unit the office does not declare fails check at the definition, located; declared, it passes', async () => {
    edit('unit: lồng', 'unit: bè');
    const r = await runCli([...ws.args, 'check', '2021-01']);
    expect(r.code).toBe(1);
    const line = original.split('\n').findIndex((l) => l.includes('unit: lồng')) + 1;
    expect(r.stderr).toMatch(new RegExp(`schemas/sectors/fisheries\\.yaml:${line}:\\d+`));
    expect(r.stderr).toContain('DEFINITION_UNKNOWN_ID');
    const office = join(ws.schemas, 'office.yaml');
    writeFileSync(office, readFileSync(office, 'utf8').replace('  - lồng\n', '  - lồng\n  - bè\n'));
    expect((await runCli([...ws.args, 'check', '2021-01'])).code).toBe(0);
  });

  it('a label edited in the definition is the label the next diagnostic uses', async () => {
    edit('label: Số lồng cá trên lòng hồ thủy điện', 'label: Lồng cá nuôi trên hồ');
    const data = join(ws.data, '2021-01', 'fisheries.yaml');
    const text = readFileSync(data, 'utf8');
    writeFileSync(data, text.replace(/thuy_san_long_ca: *\d+/, 'thuy_san_long_ca: -3'));
    const r = await runCli([...ws.args, 'check', '2021-01']);
    writeFileSync(data, text);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Lồng cá nuôi trên hồ (lồng): không được âm');
  });
});
