import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEntries } from '../../src/forms/apply.js';
import type { Entry } from '../../src/forms/read-form.js';

const TEXT = `# yaml-language-server: $schema=../../schemas/x.schema.json
# Tiêu đề
chi_tieu:
  a: null   # Diện tích (ha)
  b: 5
noi_dung:
  t: >-
    old text
    more
  s: short  # ghi chú
  l:
    - one
  m:
    - x
    - y
`;
const at = (path: Entry['path'], value: Entry['value']): Entry => ({ path, where: 'w', value });

describe('applyEntries: values written in place', () => {
  it('changes only the values that differ, keeping comments, order and the modeline', () => {
    const r = applyEntries(TEXT, [at(['chi_tieu', 'a'], 1347.19), at(['chi_tieu', 'b'], 5)])!;
    expect(r.changes.map((c) => [c.path.join('.'), c.before, c.after])).toEqual([['chi_tieu.a', null, 1347.19]]);
    expect(r.text).toBe(TEXT.replace('  a: null   # Diện tích (ha)', '  a: 1347.19 # Diện tích (ha)'));
  });
  it('gives the same text back when nothing changes', () => {
    expect(applyEntries(TEXT, [at(['chi_tieu', 'b'], 5), at(['noi_dung', 'l'], ['one'])])!.text).toBe(TEXT);
  });
  it('keeps a folded text folded, at lines under 120 characters, and quotes what YAML would misread', () => {
    const long =
      'Trong tháng, UBND huyện đã chỉ đạo các ngành tổ chức tổng kết công tác thực hiện nhiệm vụ năm 2020, triển khai nhiệm vụ năm 2021.';
    const r = applyEntries(TEXT, [at(['noi_dung', 't'], long), at(['noi_dung', 's'], 'a: b # c')])!;
    expect(parse(r.text).noi_dung).toMatchObject({ t: long, s: 'a: b # c' });
    expect(r.text).toContain('  t: >-\n    Trong tháng');
    expect(Math.max(...r.text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(120);
    expect(r.text).toContain('  s: "a: b # c"  # ghi chú\n');
  });
  it('grows and shrinks a list', () => {
    const r = applyEntries(TEXT, [at(['noi_dung', 'l'], ['one', 'two: x', 'three']), at(['noi_dung', 'm'], ['z'])])!;
    expect(parse(r.text).noi_dung).toMatchObject({ l: ['one', 'two: x', 'three'], m: ['z'] });
    expect(r.text).toContain('  l:\n    - one\n    - "two: x"\n    - three\n  m:\n    - z\n');
  });
  it('leaves an entry whose key the file lacks, or holds in another shape, for the caller to report', () => {
    const r = applyEntries(TEXT, [at(['chi_tieu', 'c'], 1), at(['noi_dung', 't'], ['a list'])])!;
    expect(r.unplaced.map((e) => e.path.join('.'))).toEqual(['chi_tieu.c', 'noi_dung.t']);
    expect(r.text).toBe(TEXT);
  });
});
