/**
 * Issue #14's round trip on both shipped months: a month as `init` leaves it (figures empty, texts to rewrite) →
 * `report forms` → the departments type the published values → `report import` → `report build` gives byte for byte
 * the report of the shipped YAML. February also goes through LibreOffice: each filled workbook converted to CSV by
 * soffice and those CSVs imported, which proves the workbooks open in a real spreadsheet and the CSV path reads them.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderMonth } from '../../src/commands/build.js';
import { findSoffice } from '../../src/convert-pdf.js';
import { applyEntries } from '../../src/forms/apply.js';
import type { Entry } from '../../src/forms/read-form.js';
import { nextMonthText } from '../../src/next-month.js';
import { periodId, type Period } from '../../src/period.js';
import { runCli } from '../support/cli.js';
import { fillWorkbook, shippedValues } from '../support/forms.js';
import { registry, runContext } from '../support/office.js';
import { shippedReport } from '../support/shipped.js';
import { requireTools } from '../support/tools.js';
import { DATA, workspace, type Workspace } from '../support/workspace.js';

const spaces: Workspace[] = [];
afterAll(() => {
  for (const w of spaces) w.remove();
});

/** The month as a department finds it before filling: every figure null, every text, list and date replaced. */
function emptyMonth(ws: Workspace, period: Period): void {
  const dir = join(ws.data, periodId(period));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml') && n !== 'report.yaml')) {
    const emptied = nextMonthText(readFileSync(join(dir, name), 'utf8'), 'sector', period, period)!;
    const texts = (parse(emptied) as { noi_dung?: Record<string, unknown> }).noi_dung ?? {};
    const entries: Entry[] = Object.entries(texts).map(([id, v]) => ({
      path: ['noi_dung', id],
      where: '-',
      value: Array.isArray(v) ? ['x'] : /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? '1999-01-01' : 'x',
    }));
    writeFileSync(join(dir, name), applyEntries(emptied, entries)!.text);
  }
}

async function buildBoth(ws: Workspace, period: Period) {
  const result = await renderMonth({ context: runContext({ dataDir: ws.data }), period, formats: ['md', 'docx'] });
  if ('errors' in result) throw new Error(result.errors.map((e) => `${e.file} ${e.code} ${JSON.stringify(e.params)}`).join('\n'));
  return Object.fromEntries(result.files.map((f) => [f.name.split('.').pop()!, f.data]));
}

async function expectShipped(ws: Workspace, period: Period): Promise<void> {
  const built = await buildBoth(ws, period);
  const shipped = await shippedReport(period);
  expect(built['md']).toBe(shipped.md);
  expect(Buffer.from(built['docx'] as Uint8Array).equals(Buffer.from(shipped.docx))).toBe(true);
}

/** Forms of `period` made in a workspace whose month is emptied, then filled with the shipped values; made once per month. */
const filled = new Map<string, Promise<{ files: string[]; dir: string }>>();
function filledForms(period: Period): Promise<{ files: string[]; dir: string }> {
  const id = periodId(period);
  if (!filled.has(id)) filled.set(id, makeFilledForms(period));
  return filled.get(id)!;
}
async function makeFilledForms(period: Period): Promise<{ files: string[]; dir: string }> {
  const ws = workspace();
  spaces.push(ws);
  emptyMonth(ws, period);
  const dir = join(ws.root, 'forms');
  const made = await runCli([...ws.args, 'forms', periodId(period), '--out', dir]);
  expect(made.code, made.stderr).toBe(0);
  const files = readdirSync(dir).map((n) => join(dir, n));
  expect(files).toHaveLength(new Set(registry.sectors.map((s) => s.department)).size);
  const fill = shippedValues(join(DATA, periodId(period)));
  for (const f of files) await fillWorkbook(f, fill);
  return { files, dir };
}

/** A fresh workspace with the month emptied, `files` imported into it; returns it for building. */
async function imported(period: Period, files: readonly string[]): Promise<Workspace> {
  const ws = workspace();
  spaces.push(ws);
  emptyMonth(ws, period);
  const result = await runCli([...ws.args, 'import', periodId(period), ...files]);
  expect(result.code, result.stderr).toBe(0);
  return ws;
}

describe('forms → fill → import → build', () => {
  for (const period of [
    { year: 2021, month: 1 },
    { year: 2021, month: 2 },
  ]) {
    it(`${periodId(period)}: the .xlsx forms give the report of the YAML`, async () => {
      const { files } = await filledForms(period);
      await expectShipped(await imported(period, files), period);
    });
  }

  it('2021-02: the same forms through LibreOffice (each sheet saved as CSV) give the report of the YAML', async (ctx) => {
    requireTools(ctx, ['soffice']);
    const period = { year: 2021, month: 2 };
    const { files, dir } = await filledForms(period);
    const csvDir = join(dir, 'csv');
    // filter options: comma, double quote, UTF-8, from row 1; the last -1 writes every sheet (LibreOffice ≥ 7.2)
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    const soffice = spawnSync(
      findSoffice(process.env)!,
      [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', filter, '--outdir', csvDir, ...files],
      { encoding: 'utf8' },
    );
    expect(soffice.status, soffice.stderr).toBe(0);
    const csvs = readdirSync(csvDir).map((n) => join(csvDir, n));
    expect(csvs).toHaveLength(registry.sectors.length);
    await expectShipped(await imported(period, csvs), period);
  });
});
