import { describe, expect, it } from 'vitest';
import { createRenderer, precompileTemplates, type PrecompiledTemplates } from '../../src/render.js';
import { readTemplates } from '../../src/templates.js';
import { shippedModel } from '../support/shipped.js';
import { TEMPLATES } from '../support/workspace.js';

// The bundle ships the templates precompiled (scripts/bundle.mjs); a run must render exactly as if it had compiled them.
const sources = readTemplates(TEMPLATES);
const model = shippedModel();
const precompiled = precompileTemplates(sources);
const compiledAtRunTime = createRenderer(sources)(model);
const main = sources.find((s) => s.name === 'report')!;
/** The main template with its document type ("BÁO CÁO") replaced by `word`. */
const retitled = (word: string) => main.text.replace('{{#field "docType"}}BÁO CÁO{{/field}}', `{{#field "docType"}}${word}{{/field}}`);

/** The precompiled specs with one template's spec replaced by that of another text, to see which one is used. */
function withSpec(p: PrecompiledTemplates, text: string, specOf: string): PrecompiledTemplates {
  const other = precompileTemplates([{ name: 'x', file: 'x.hbs', text: specOf }]);
  return { key: p.key, specs: { ...p.specs, [text]: other.specs[specOf]! } };
}

describe('precompiled templates', () => {
  it('render the same document as templates compiled at run time', () => {
    expect(retitled('X')).not.toBe(main.text);
    expect(createRenderer(sources, {}, precompiled)(model)).toEqual(compiledAtRunTime);
  });

  it('are used for a template whose text is unchanged', () => {
    const marked = withSpec(precompiled, main.text, retitled('BẢN BIÊN DỊCH SẴN'));
    expect(createRenderer(sources, {}, marked)(model).fields['docType']).toEqual(['BẢN BIÊN DỊCH SẴN']);
  });

  it('are not used for an edited template: it is compiled again', () => {
    const edited = sources.map((s) => (s === main ? { ...s, text: retitled('ĐÃ SỬA') } : s));
    expect(createRenderer(edited, {}, precompiled)(model).fields['docType']).toEqual(['ĐÃ SỬA']);
  });

  it('are not used when made with another Handlebars version or other compile options', () => {
    const marked = withSpec(precompiled, main.text, retitled('BẢN BIÊN DỊCH SẴN'));
    expect(createRenderer(sources, {}, { ...marked, key: marked.key.replace(/^\S+/, '0.0.0') })(model)).toEqual(compiledAtRunTime);
    expect(createRenderer(sources, {}, { ...marked, key: marked.key.replace('"strict":true', '"strict":false') })(model)).toEqual(
      compiledAtRunTime,
    );
  });
});
