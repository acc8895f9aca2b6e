/** src/helpers.ts, the Handlebars helpers the templates print with: the anniversary helpers and the dates they read. */
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/errors.js';
import type { ReportModel } from '../../src/model.js';
import { createRenderer } from '../../src/render.js';
import { sectorSchema } from '../../src/sector-schema.js';
import { registry } from '../support/office.js';

/** Render one template body inside a part and return the part's first paragraph (a second one takes the closing "./."). */
function render(body: string, context: Record<string, unknown>): string {
  const renderer = createRenderer([{ name: 'report', file: 'report.hbs', text: `{{#part "P"}}\n${body}\nend\n{{/part}}` }]);
  const doc = renderer({ style: registry.settings, ...context } as unknown as ReportModel);
  const first = doc.body[0]!.children[0]!;
  return first.kind === 'paragraph' ? first.text : '';
}

describe('anniversary helpers', () => {
  it('counts the years to the anniversary in the given year and dates it', () => {
    const ctx = { d: '1930-02-03', y: 2021 };
    expect(render('{{anniversary d y}} năm ({{date d}} - {{anniversaryDate d y}})', ctx)).toBe('91 năm (03/02/1930 - 03/02/2021)');
    expect(render('{{anniversary d y}}', { d: '1930-02-03', y: 2022 })).toBe('92');
  });

  it("zero-pads a count below ten like the report's other counts, when the office writes them so", () => {
    expect(render('{{anniversary d y}}', { d: '2015-05-19', y: 2021 })).toBe('06');
    expect(render('{{anniversary d y}}', { d: '2015-05-19', y: 2021, style: { ...registry.settings, padSmallNumbers: false } })).toBe('6');
  });

  it('refuses a year that is not after the date, and a date that is not YYYY-MM-DD, where the template calls it', () => {
    const year = failure(() => render('{{anniversary d y}}', { d: '2021-02-03', y: 2021 }));
    expect([year.code, year.params, year.file, year.line, year.column]).toEqual([
      'RENDER_HELPER_YEAR',
      { helper: 'anniversary', year: '2021', date: '2021-02-03' },
      'report.hbs',
      2,
      1,
    ]);
    const date = failure(() => render('x {{anniversaryDate d y}}', { d: '03/02/1930', y: 2021 }));
    expect([date.code, date.params, date.line, date.column]).toEqual([
      'RENDER_HELPER_ARGUMENT',
      { helper: 'anniversaryDate', expected: 'date', received: '"03/02/1930"' },
      2,
      3,
    ]);
  });
});

function failure(fn: () => unknown): ReportError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ReportError);
    return e as ReportError;
  }
  throw new Error('expected a render error');
}

const priorities = registry.sector('priorities')!;

describe('sector dates', () => {
  it('accept an ISO date and reject anything else', () => {
    const schema = sectorSchema(priorities);
    const good = schema.safeParse({ noi_dung: { ...fill(), ky_niem_ngay: '1930-02-03' } });
    expect(good.success).toBe(true);
    const bad = schema.safeParse({ noi_dung: { ...fill(), ky_niem_ngay: '03/02/1930' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['noi_dung', 'ky_niem_ngay']);
  });
});

function fill(): Record<string, unknown> {
  return {
    ...Object.fromEntries(Object.keys(priorities.texts).map((k) => [k, 'x'])),
    ...Object.fromEntries(Object.keys(priorities.lists!).map((k) => [k, ['x']])),
  };
}
