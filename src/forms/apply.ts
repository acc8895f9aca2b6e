/** A form's values written into the sector's data file, in place (yaml-edit.ts), with the list of what changed. Pure. */
import { isScalar, isSeq } from 'yaml';
import { editableDocument, setList, setScalar, setText, stringifyTokens } from '../yaml-edit.js';
import type { Entry } from './read-form.js';

export interface Change {
  readonly path: readonly string[];
  readonly where: string;
  readonly before: unknown;
  readonly after: number | string | readonly string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The file's new text, the changes, and the entries whose key the file lacks or holds in another shape (a list
 * where a text belongs): those are not written, and the caller reports them. Null when the text is not one mapping.
 */
export function applyEntries(text: string, entries: readonly Entry[]): { text: string; changes: Change[]; unplaced: Entry[] } | null {
  const parsed = editableDocument(text);
  if (!parsed) return null;
  const { tokens, doc } = parsed;
  const changes: Change[] = [];
  const unplaced: Entry[] = [];
  for (const entry of entries) {
    const node = doc.getIn([...entry.path], true);
    const before = isScalar(node) ? node.value : isSeq(node) ? node.toJSON() : undefined;
    if (same(before, entry.value)) continue;
    let done = false;
    if (typeof entry.value === 'number' && isScalar(node)) {
      setScalar(node, String(entry.value), true);
      done = true;
    } else if (typeof entry.value === 'string' && isScalar(node)) {
      setText(node, entry.value);
      done = true;
    } else if (Array.isArray(entry.value) && isSeq(node)) {
      done = setList(node, entry.value);
    }
    if (done) changes.push({ path: [...entry.path], where: entry.where, before, after: entry.value });
    else unplaced.push(entry);
  }
  return { text: changes.length > 0 ? stringifyTokens(tokens) : text, changes, unplaced };
}
