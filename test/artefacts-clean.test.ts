/**
 * No artefact ever shows a value that could not be computed as "NaN", "undefined", "Infinity" or "null": the
 * Markdown and DOCX of every report month, and every format of report diff. (In the JSON of the diff, null is the
 * documented encoding of "no figure": there the strings are scanned and every number must be finite.)
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listReportMonths } from '../src/load.js';
import { periodId } from '../src/period.js';
import { runCli } from './support/cli.js';
import { shippedReport } from './support/shipped.js';
import { requireTools } from './support/tools.js';
import { DATA } from './support/workspace.js';

const BAD = /\b(NaN|undefined|Infinity|null)\b/;

const offending = (text: string) => text.split('\n').filter((l) => BAD.test(l));

const months = listReportMonths(DATA);

describe('the report of every shipped month', () => {
  it('has months to check', () => expect(months.map(periodId)).toContain('2021-02'));
  it.each(months.map((p) => [periodId(p), p] as const))(
    '%s shows no NaN, undefined, Infinity or null in the Markdown or the DOCX',
    async (_, period) => {
      const { md, docx } = await shippedReport(period);
      expect(offending(md)).toEqual([]);
      const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
      expect(xml.match(new RegExp(BAD.source, 'g')) ?? []).toEqual([]);
    },
  );
});

describe('report diff', () => {
  const runs = [
    ['2021-01', '2021-02'],
    ['2021-02', '2021-01'],
    ['2021-01', '--against', 'HEAD'],
  ].map((args) => ({ args, name: args.join(' ') }));

  /** --against reads the project's own git history. */
  const needs = (args: readonly string[], ctx: { skip: (note?: string) => void }) => {
    if (args.includes('--against')) requireTools(ctx, ['git']);
  };

  it.for(runs)('prints no NaN, undefined, Infinity or null as text or Markdown: $name', async ({ args }, ctx) => {
    needs(args, ctx);
    for (const format of ['text', 'md']) {
      const r = await runCli(['diff', ...args, '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(offending(r.stdout)).toEqual([]);
    }
  });

  it.for(runs)('writes JSON whose strings are clean and whose numbers are finite: $name', async ({ args }, ctx) => {
    needs(args, ctx);
    const r = await runCli(['diff', ...args, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const problems: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'string' && BAD.test(v)) problems.push(`${path}: ${v}`);
      else if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${path}: ${v}`);
      else if (Array.isArray(v)) {
        for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`);
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(JSON.parse(r.stdout), '$');
    expect(problems).toEqual([]);
    // JSON.stringify writes NaN and Infinity as null: the text must not hide one
    expect(r.stdout).not.toMatch(/NaN|Infinity|undefined/);
  });
});
