/**
 * Filters by actor and by kind, from the toolbar's checkboxes: an item stays when its kind is
 * ticked and at least one of its actors is (an item naming no actor follows "No actor named").
 */
import type { Mark } from './marks.ts';

/** Marks each mark filtered or not from the checkboxes under `toolbar`; returns how many remain. */
export function applyFilters(toolbar: HTMLElement, marks: Mark[]): number {
  const ticked = (kind: string) =>
    new Set([...toolbar.querySelectorAll<HTMLInputElement>(`input[data-filter="${kind}"]`)].filter((box) => box.checked).map((box) => box.value));
  const categories = ticked('category');
  const actors = ticked('actor');
  let remaining = 0;
  for (const mark of marks) {
    const actorShown = mark.actors.length === 0 ? actors.has('') : mark.actors.some((actor) => actors.has(actor));
    mark.filtered = !(categories.has(mark.category) && actorShown);
    if (!mark.filtered) remaining += 1;
  }
  return remaining;
}
