import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/errors.js';
import { formatDiagnostics, toJson } from '../../src/format-error.js';
import type { ReportModel } from '../../src/model.js';
import { STYLE } from '../support/style.js';
import { createRenderer } from '../../src/render.js';

const syntaxErrorOf = (text: string): ReportError => {
  try {
    createRenderer([{ name: 'report', file: 'templates/report.hbs', text }]);
  } catch (e) {
    return e as ReportError;
  }
  throw new Error('the template compiled');
};

describe('createRenderer: template syntax errors', () => {
  it('locates a parser error at the line its message names, with what was expected', () => {
    const e = syntaxErrorOf('a\nb\n{{#if x}}\n');
    expect(e.code).toBe('RENDER_TEMPLATE_SYNTAX');
    expect([e.file, e.line, e.column]).toEqual(['templates/report.hbs', 4, 1]);
    expect(e.params['detail']).toMatch(/^Parse error: Expecting .*got 'EOF'$/);
  });

  it("locates Handlebars' own errors at their line and column", () => {
    const e = syntaxErrorOf('a\n{{#each x}}\n{{/eac}}');
    expect([e.line, e.column, e.params['detail']]).toEqual([2, 4, "each doesn't match eac"]);
  });
});

const renderErrorOf = (text: string, files: Record<string, string> = {}): ReportError => {
  const partials = Object.entries(files).map(([name, body]) => ({ name, file: `templates/partials/${name}.hbs`, text: body }));
  const model = {
    c: { a: { unit: 'ha', value: 1, decimals: 0 } },
    p: {},
    texts: { agriculture: null },
    period: { year: 2021 },
    style: STYLE,
  };
  try {
    createRenderer([{ name: 'report', file: 'templates/report.hbs', text }, ...partials])(model as unknown as ReportModel);
  } catch (e) {
    expect(e).toBeInstanceOf(ReportError);
    return e as ReportError;
  }
  throw new Error('the template rendered');
};
const part = (body: string) => `{{#part "P"}}\n${body}\n{{/part}}`;

describe("createRenderer: failures while rendering are coded diagnostics at the template's line and column", () => {
  it.each([
    ['a helper given a number for an indicator', part('x {{qty 3}}'), 'RENDER_HELPER_ARGUMENT', 2, 3],
    ['a field that does not exist', part('{{num c.a "foo"}}'), 'RENDER_HELPER_FIELD', 2, 1],
    ['a name the data does not have', part('{{c.nothing.value}}'), 'RENDER_TEMPLATE_UNDEFINED', 2, 3],
    ['a partial that does not exist', part('  {{> nope}}'), 'RENDER_PARTIAL_MISSING', 2, 3],
    ['a sector that does not exist', part('{{#sector "nope"}}x{{/sector}}'), 'RENDER_UNKNOWN_SECTOR', 2, 1],
    ['a sector without data', part('{{#sector "agriculture"}}x{{/sector}}'), 'RENDER_SECTOR_MISSING', 2, 1],
    ['text outside any part', `${part('x')}\n\n  stray`, 'RENDER_TEMPLATE_STRUCTURE', 5, 3],
  ])('%s', (_what, text, code, line, column) => {
    const e = renderErrorOf(text);
    expect([e.code, e.file, e.line, e.column]).toEqual([code, 'templates/report.hbs', line, column]);
    // the chosen language throughout, and a location in JSON
    expect(formatDiagnostics([e], 'text', { lang: 'en' })).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    expect(toJson(e, 'en')).toMatchObject({ code, file: 'templates/report.hbs', line, column });
  });

  it('names the partial a helper fails in, not the template that includes it', () => {
    const e = renderErrorOf(part('{{> figures}}'), { figures: 'a\n{{pctPlan c.a 9}}' });
    expect([e.code, e.file, e.line, e.params]).toEqual([
      'RENDER_HELPER_ARGUMENT',
      'templates/partials/figures.hbs',
      2,
      { helper: 'pctPlan', expected: 'digits', received: '9' },
    ]);
  });
});
