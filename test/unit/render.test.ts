import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/errors.js';
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
