/**
 * Filters by actor and by kind, from the toolbar's checkboxes: an item stays when its kind is
 * ticked and at least one of its actors is (an item naming no actor follows "No actor named");
 * and, when a moment is chosen under "As known on", when it was public by then.
 */
import type { Mark } from './marks.ts';

/** The moment chosen under "As known on" (UTC ms), or undefined for everything known now. */
export function asOfChosen(toolbar: HTMLElement): number | undefined {
  const value = toolbar.querySelector<HTMLSelectElement>('select[data-filter="as-of"]')?.value;
  return value ? Number(value) : undefined;
}

/**
 * Whether something public by `known` was by `asOf`. With no moment chosen everything is; at a
 * moment, what has no known publication is not (the controls say how many that leaves out).
 */
function isPublicAt(known: number | undefined, asOf: number | undefined): boolean {
  return asOf === undefined || (known !== undefined && known <= asOf);
}

/** Marks each mark filtered or not from the controls under `toolbar`; returns how many remain. */
export function applyFilters(toolbar: HTMLElement, marks: Mark[]): number {
  const ticked = (kind: string) =>
    new Set([...toolbar.querySelectorAll<HTMLInputElement>(`input[data-filter="${kind}"]`)].filter((box) => box.checked).map((box) => box.value));
  const categories = ticked('category');
  const actors = ticked('actor');
  const asOf = asOfChosen(toolbar);
  let remaining = 0;
  for (const mark of marks) {
    const actorShown = mark.actors.length === 0 ? actors.has('') : mark.actors.some((actor) => actors.has(actor));
    mark.filtered = !(categories.has(mark.category) && actorShown && isPublicAt(mark.known, asOf));
    if (!mark.filtered) remaining += 1;
  }
  return remaining;
}

/**
 * Hides what the page lists besides the chart — items, key statements, claims, sources — that was
 * not public at `asOf`: every element with `data-known` (empty when nothing dates it) but the marks.
 */
export function applyAsOfToLists(page: ParentNode, asOf: number | undefined): void {
  for (const entry of page.querySelectorAll<HTMLElement>('[data-known]:not(.tl-item)')) {
    entry.hidden = !isPublicAt(entry.dataset.known ? Number(entry.dataset.known) : undefined, asOf);
  }
}
