/**
 * Focus and context: the window a timeline opens on (the case's `period`, else all its items)
 * and the whole stretch its items cover, which stays reachable (PRODUCT.md §6).
 */
import type { TimelineItem, Window } from './types.ts';

const HOUR = 3_600_000;

/** The least a window may cover, so that one item alone still has room around it. */
export const MIN_WINDOW = 12 * HOUR;

/** From the start of the earliest item to the end of the latest; undefined without items. */
export function extentOf(items: readonly Pick<TimelineItem, 'start' | 'end'>[]): Window | undefined {
  if (items.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    if (item.start < start) start = item.start;
    if (item.end > end) end = item.end;
  }
  return { start, end };
}

/** `window` widened by `fraction` of its length on each side, and to at least `MIN_WINDOW`. */
export function pad(window: Window, fraction: number): Window {
  const grow = Math.max((window.end - window.start) * fraction, (MIN_WINDOW - (window.end - window.start)) / 2, 0);
  return { start: window.start - grow, end: window.end + grow };
}

/** The smallest window holding both. */
export function union(a: Window, b: Window): Window {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/**
 * The window to open on (`focus`: the period, or every item) and the window holding everything
 * (`context`), both with a little room at the edges so that marks there are not cut in half.
 */
export function focusAndContext(items: readonly TimelineItem[], period?: Window): { focus: Window; context: Window } {
  const extent = extentOf(items) ?? period ?? { start: 0, end: MIN_WINDOW };
  const focus = pad(period ?? extent, 0.03);
  return { focus, context: pad(union(extent, focus), 0.02) };
}

/** How many items end before the window starts, and how many start after it ends. */
export function outside(items: readonly Pick<TimelineItem, 'start' | 'end'>[], window: Window): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const item of items) {
    if (item.end <= window.start) before += 1;
    else if (item.start >= window.end) after += 1;
  }
  return { before, after };
}
