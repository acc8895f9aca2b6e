import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/word-diff.js';

describe('wordDiff', () => {
  it('finds reworded Vietnamese words, references kept', () => {
    const before = 'Cây lúa vụ Đông Xuân, kế hoạch {lua.plan}, đã làm đất được {lua}, đạt {lua.pctPlan.0} kế hoạch.';
    const after = 'Cây lúa vụ Đông Xuân, kế hoạch {lua.plan}, đã gieo cấy được {lua}, đạt {lua.pctPlan.0} kế hoạch; mạ phát triển tốt.';
    expect(wordDiff(before, after)).toEqual([
      { op: 'same', text: 'Cây lúa vụ Đông Xuân, kế hoạch {lua.plan}, đã ' },
      { op: 'removed', text: 'làm đất' },
      { op: 'added', text: 'gieo cấy' },
      { op: 'same', text: ' được {lua}, đạt {lua.pctPlan.0} kế hoạch' },
      { op: 'added', text: '; mạ phát triển tốt' },
      { op: 'same', text: '.' },
    ]);
  });
  it('sees no change between composed and decomposed letters', () => {
    const composed = 'Đôn đốc, hướng dẫn Nhân dân chăm sóc';
    expect(wordDiff(composed, composed.normalize('NFD'))).toEqual([{ op: 'same', text: composed }]);
  });
  it('diffs a list of paragraphs line by line', () => {
    const changes = wordDiff(['Ưu điểm một.', 'Ưu điểm hai.'], ['Ưu điểm một.', 'Ưu điểm ba.']);
    expect(changes.filter((c) => c.op !== 'same')).toEqual([
      { op: 'removed', text: 'hai' },
      { op: 'added', text: 'ba' },
    ]);
    expect(changes.map((c) => c.text).join('')).toContain('\n');
  });
});
