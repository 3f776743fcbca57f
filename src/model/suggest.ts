/**
 * "Did you mean …?" for misspelt ids, field names and words.
 */
import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `word`, when it is a plausible typo of it: a different word within
 * a third of its length in edits (at least one, at most three). Undefined otherwise.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0 || word === '') return undefined;
  const best = closest(word, list);
  const edits = distance(word, best);
  return edits > 0 && edits <= Math.max(1, Math.min(3, Math.floor(word.length / 3))) ? best : undefined;
}

/** ` — did you mean \`x\`?` when there is a near candidate, or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const best = nearest(word, candidates);
  return best === undefined ? '' : ` — did you mean \`${best}\`?`;
}
