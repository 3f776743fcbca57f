/**
 * Chronological order of statements and events.
 */
import type { Item } from '../types.ts';

/** Orders items by start, then end, then id, so that the order is total and stable. */
export function compareItems(a: Item, b: Item): number {
  return a.when.start - b.when.start || a.when.end - b.when.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
