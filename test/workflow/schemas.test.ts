/** Editor schemas: generated from the zod schemas, committed, never drifting, and accepting exactly the shipped data. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorSchemas } from '../../src/json-schema.js';
import { runCli } from '../support/cli.js';
import { workspace } from '../support/workspace.js';
import { officeRegistry, registry } from '../support/office.js';

const generated = editorSchemas(registry);
const committed = readdirSync('schemas')
  .filter((n) => n.endsWith('.schema.json'))
  .sort();

/** Every YAML file under data/, with the schema its yaml-language-server modeline names. */
function dataFiles(dir = 'data'): { file: string; schema: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return dataFiles(path);
    if (!/\.ya?ml$/.test(e.name)) return [];
    const m = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(path, 'utf8'));
    return [{ file: path, schema: m ? join(dirname(path), m[1]!) : '' }];
  });
}

describe('JSON Schema for editors', () => {
  it('the committed schemas/*.schema.json are exactly what the zod schemas generate (run "npm run schemas")', () => {
    expect(committed).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) expect(readFileSync(join('schemas', name), 'utf8'), name).toBe(text);
  });

  it('would notice a sector added to the definitions without regenerating', () => {
    const office = workspace({ copySchemas: true });
    try {
      writeFileSync(join(office.schemas, 'sectors', 'tourism.yaml'), 'title: Du lịch\ndepartment: culture\ntexts:\n  x: Nội dung\n');
      const settings = join(office.schemas, 'office.yaml');
      writeFileSync(settings, readFileSync(settings, 'utf8').replace('  - priorities\n', '  - priorities\n  - tourism\n'));
      const withNew = editorSchemas(officeRegistry(office.root));
      expect([...withNew.keys()].filter((n) => !committed.includes(n))).toEqual(['tourism.schema.json']);
    } finally {
      office.remove();
    }
  });

  it('keeps the Vietnamese descriptions and draft-07', () => {
    const forestry = JSON.parse(generated.get('forestry.schema.json')!);
    expect(forestry.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(forestry.additionalProperties).toBe(false);
    expect(forestry.properties.chi_tieu.properties.lam_nghiep_vu_vi_pham).toMatchObject({
      type: 'integer',
      minimum: 0,
      description: 'Vụ vi phạm lâm luật phát hiện (vụ)',
    });
    expect(JSON.parse(generated.get('report.schema.json')!).properties.so.description).toBe('Số văn bản; để null khi chưa cấp số');
  });

  // ajv ships no formats (ajv-formats is not a dependency); "date" is what z.iso.date() emits
  // markdownDescription: the hover text VS Code and yaml-language-server read (the reference syntax of a narrative)
  const ajv = new Ajv({
    allErrors: true,
    keywords: ['markdownDescription'],
    formats: { date: (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) },
  });
  const validators = new Map<string, ValidateFunction>();
  /** One compiled validator per schema file (sixty data files name a dozen schemas). */
  const validator = (schemaPath: string) => {
    let v = validators.get(schemaPath);
    if (!v) {
      v = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
      validators.set(schemaPath, v);
    }
    return v;
  };
  const files = dataFiles();

  it('every shipped data file names an existing schema in its first line', () => {
    expect(files.length).toBeGreaterThan(registry.sectors.length);
    for (const f of files)
      expect(
        committed.map((n) => join('schemas', n)),
        f.file,
      ).toContain(relative('.', f.schema));
  });

  it.each(files.map((f) => [f.file, f.schema]))('ajv accepts %s', (file, schema) => {
    const validate = validator(schema);
    expect(validate(parse(readFileSync(file, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('ajv rejects an unknown key and a wrong type', () => {
    const forestry = parse(readFileSync('data/2021-01/forestry.yaml', 'utf8'));
    const validate = validator('schemas/forestry.schema.json');
    expect(validate({ ...forestry, ghi_chu: 'x' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'ghi_chu' } });
    expect(validate({ ...forestry, chi_tieu: { ...forestry.chi_tieu, lam_nghiep_vu_vi_pham: '1 vụ' } })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'type', instancePath: '/chi_tieu/lam_nghiep_vu_vi_pham' });
    const district = validator('schemas/district.schema.json');
    expect(district({ ...parse(readFileSync('data/district.yaml', 'utf8')), ten_xa: 'x' })).toBe(false);
    const plan = validator('schemas/plan.schema.json');
    expect(plan({ nam: 2021, chi_tieu: { khong_co: 1 } })).toBe(false);
    expect(plan({ nam: '2021', chi_tieu: {} })).toBe(false);
  });
});

describe('report schemas', () => {
  const ws = workspace();
  afterAll(ws.remove);
  const dir = join(ws.root, 'schemas');

  it('writes every schema, and --check finds them current, then stale or missing', async () => {
    const written = await runCli(['schemas', '--dir', dir]);
    expect(written.code).toBe(0);
    expect(written.stdout.trim().split('\n')).toHaveLength(generated.size);
    expect(readFileSync(join(dir, 'plan.schema.json'), 'utf8')).toBe(generated.get('plan.schema.json'));
    expect((await runCli(['schemas', '--dir', dir, '--check'])).code).toBe(0);

    writeFileSync(join(dir, 'forestry.schema.json'), '{}\n');
    const stale = await runCli(['schemas', '--dir', dir, '--check', '--lang', 'en']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('SCHEMAS_STALE: Schema');
    expect(stale.stderr).toContain('forestry.schema.json does not match the zod schemas (stale)');
    expect(stale.stdout).toBe('');
  });

  it('never writes into the data folder', async () => {
    const r = await runCli([...ws.args, 'schemas', '--dir', join(ws.data, 'schemas')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('WRITE_INTO_DATA');
  });
});
