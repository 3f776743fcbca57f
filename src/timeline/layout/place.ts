/**
 * Where one item falls: the item in a lane of its own, labelled, above its neighbours in time,
 * unlabelled. Only the neighbourhood is laid out, so a statement or event page costs the same in
 * a case of ten items as in a case of ten thousand (each of those pages has one).
 */
import { layoutTimeline, type TimelineGeometry } from './timeline.ts';
import type { Lane, TimelineItem } from './types.ts';

/** How many items on each side of the item its small timeline shows. */
export const NEIGHBOURS = 8;

/** The lanes of a small timeline: this item's, then its neighbours'. */
export interface PlaceLanes {
  self: Lane;
  others: Lane;
}

/** The items a small timeline shows, `[from, to)`, out of `count`: item `index` and its neighbours. */
export function neighbourhood(count: number, index: number): { from: number; to: number } {
  return { from: Math.max(index - NEIGHBOURS, 0), to: Math.min(index + NEIGHBOURS + 1, count) };
}

/**
 * Lays out item `index` of `items` (chronological) among at most `NEIGHBOURS` items on each side,
 * over the window they cover, `width` pixels wide.
 */
export function layoutPlace(
  items: readonly TimelineItem[],
  index: number,
  lanes: PlaceLanes,
  options: { width: number; zone: string; locale: string },
): TimelineGeometry {
  const { from, to } = neighbourhood(items.length, index);
  const near = items
    .slice(from, to)
    .map((other, i) => (from + i === index ? { ...other, lane: lanes.self.id } : { ...other, lane: lanes.others.id, label: '', name: other.label }));
  return layoutTimeline(near, [lanes.self, lanes.others], { ...options, maxRows: 3, lanesAsGiven: true });
}
