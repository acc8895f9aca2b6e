/** A unified diff of two texts by lines (as `diff -u` and `git apply` read it), for corrections proposed before they are written. Pure. */

const CONTEXT = 3;

/** The lines of `a` and `b` that stay, as pairs of indexes, from a longest common subsequence (data files are small). */
function commonLines(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

/** `--- a/name`, `+++ b/name` and the hunks; '' when the texts are the same. */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  // a final newline ends the last line; it does not open another
  const lines = (text: string) => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const a = lines(before);
  const b = lines(after);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  for (const [ci, cj] of [...commonLines(a, b), [a.length, b.length] as [number, number]]) {
    while (i < ci) ops.push({ kind: '-', line: a[i]!, a: i++, b: j });
    while (j < cj) ops.push({ kind: '+', line: b[j]!, a: i, b: j++ });
    if (ci < a.length) ops.push({ kind: ' ', line: a[i]!, a: i++, b: j++ });
  }
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.kind === ' ') {
      k++;
      continue;
    }
    // a hunk: the changes within 2 × CONTEXT lines of each other, with CONTEXT lines around
    let end = k;
    for (let x = k; x < ops.length; x++) {
      if (ops[x]!.kind !== ' ') end = x;
      else if (x - end > 2 * CONTEXT) break;
    }
    const from = Math.max(0, k - CONTEXT);
    const to = Math.min(ops.length, end + 1 + CONTEXT);
    const hunk = ops.slice(from, to);
    const aLines = hunk.filter((o) => o.kind !== '+').length;
    const bLines = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${hunk[0]!.a + (aLines ? 1 : 0)},${aLines} +${hunk[0]!.b + (bLines ? 1 : 0)},${bLines} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.line}`);
    k = to;
  }
  return `${out.join('\n')}\n`;
}
