/**
 * Word-by-word changes between two versions of a narrative text, for `report diff`: what a department reworded from
 * one month (or revision) to the next. jsdiff's diffWords on NFC text, so a letter typed decomposed is not a change. Pure.
 */
import { diffWords } from 'diff';

type WordOp = 'same' | 'removed' | 'added';
export interface WordChange {
  readonly op: WordOp;
  readonly text: string;
}

/** A text section: one paragraph, or a list of paragraphs (one per line). */
export type NarrativeValue = string | readonly string[];
const asText = (v: NarrativeValue): string => (typeof v === 'string' ? v : v.join('\n')).normalize('NFC');

/** The runs of words kept, removed and added from `before` to `after`. */
export function wordDiff(before: NarrativeValue, after: NarrativeValue): WordChange[] {
  return diffWords(asText(before), asText(after)).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
