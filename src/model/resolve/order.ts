/**
 * Chronological order of statements and events.
 */
import type { Item } from '../types.ts';

/**
 * Orders items by the middle of their span, then by start, then by id, so that the order is
 * total and stable. The middle, not the start: a statement known only to the day ("Tuesday")
 * then follows one known to the early morning of that day, rather than jumping to midnight.
 */
export function compareItems(a: Item, b: Item): number {
  const middle = (item: Item) => (item.when.start + item.when.end) / 2;
  return middle(a) - middle(b) || a.when.start - b.when.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
