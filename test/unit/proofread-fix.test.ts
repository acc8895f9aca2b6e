/** check --fix: corrections applied to a data file's text only where the file reads back with just those words changed. */
import { describe, expect, it } from 'vitest';
import { yamlTexts } from '../../src/located-text.js';
import { fixFile } from '../../src/proofread-fix.js';
import { proofread } from '../../src/proofread.js';
import { parseSource, type SourceFile } from '../../src/yaml-source.js';

const source = (text: string): SourceFile => {
  const parsed = parseSource('x.yaml', new TextEncoder().encode(text));
  if (!parsed.source) throw new Error('does not parse');
  return parsed.source;
};
const fix = (text: string) => {
  const s = source(text);
  return fixFile(s, proofread([yamlTexts(s)]));
};

describe('fixFile', () => {
  it('corrects the words in place and keeps the rest of the file byte for byte (comments, folding, indentation)', () => {
    const before =
      '# Nông nghiệp\nnoi_dung:\n  a: >-   # ghi chú\n    khoáng sản. tham gia và được\n    được cách ly ma túy....\n  b: cập nhập  # x\n';
    const fixed = fix(before)!;
    expect(fixed.after).toBe(
      '# Nông nghiệp\nnoi_dung:\n  a: >-   # ghi chú\n    khoáng sản. Tham gia và được cách ly ma túy…\n  b: cập nhật  # x\n',
    );
    expect(fixed.applied.map((f) => f.code)).toEqual([
      'PROOF_LOWERCASE_AFTER_STOP',
      'PROOF_DOUBLED_WORD',
      'PROOF_DOTS',
      'PROOF_MISSPELLING',
    ]);
  });

  it('adds the closing punctuation of the siblings to a list entry', () => {
    expect(fix('l:\n  - Một.\n  - Hai.\n  - Ba còn lúng túng\n  - Bốn.\n')!.after).toBe(
      'l:\n  - Một.\n  - Hai.\n  - Ba còn lúng túng.\n  - Bốn.\n',
    );
  });

  it('drops a correction that would change what YAML reads and keeps the others', () => {
    // "true true" without its repeat is the plain value true: a boolean, no longer the text "true"
    const fixed = fix('a: true true\nb: sử lý\n')!;
    expect(fixed.after).toBe('a: true true\nb: xử lý\n');
    expect(fixed.applied.map((f) => f.code)).toEqual(['PROOF_MISSPELLING']);
  });

  it('returns null when nothing is to be corrected', () => {
    expect(fix('a: Cây lúa vụ Đông Xuân.\n')).toBeNull();
  });
});
