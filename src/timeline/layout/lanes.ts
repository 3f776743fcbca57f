/**
 * Lanes: items grouped by actor or by kind (the case's `lanes`), each lane in the order its first
 * item happened, so that the timeline reads from top left to bottom right.
 */
import type { Lane, TimelineItem } from './types.ts';

/** The lanes that hold items, in the order of their first item; lanes without items are left out. */
export function orderLanes(items: readonly TimelineItem[], lanes: readonly Lane[]): Lane[] {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const seen = first.get(item.lane);
    const earlier = seen === undefined || compare(item, items[seen]!) < 0;
    if (earlier) first.set(item.lane, index);
  });
  const byId = new Map(lanes.map((lane) => [lane.id, lane]));
  return [...first.entries()]
    .sort(([, a], [, b]) => compare(items[a]!, items[b]!) || a - b)
    .map(([id]) => byId.get(id) ?? { id, label: id });
}

/** Chronological order: by start, then end, then id (the model's order of `case.items`). */
export function compare(a: TimelineItem, b: TimelineItem): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
