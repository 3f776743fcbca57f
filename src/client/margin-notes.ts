/**
 * Margin notes on wide screens: every sidenote of the page beside the line of its marker, clear
 * of the margin's asides (`.margin`); `margin-layout.ts` decides. CSS floats each note at its own
 * line (`data-margin-notes` on the root lifts their stacking) and a relative `top` moves it down
 * as far as the note above it needs: floats alone would only ever stack, a line at a time. A
 * note clamped to the room before the next one gets a "more" button that expands it in place,
 * and collapses it again; focus moving into the hidden part of a clamped note (a link) expands
 * it too, so nothing focused is hidden.
 *
 * Markup it adds: an inline `top`; `data-clamped` and an inline `max-height` on a clamped
 * `.sidenote`, `data-expanded` on an expanded one, and `button.sidenote-more` inside either.
 */
import { placeMarginNotes, type MarginMetrics } from './margin-layout.ts';

/** The width at which sidenotes sit in the margin (as in notes.css). */
export const wide = window.matchMedia('(min-width: 62rem)');

/** A clamped note shows at least its head and one line of its text. */
const MIN_LINES = 2;

function sidenotes(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.sidenote')].filter((note) => note.getClientRects().length > 0);
}

/** The note's number, as its head shows it. */
function numberOf(note: HTMLElement): string {
  return note.querySelector('.sidenote-number')?.textContent ?? '';
}

/** Sets up the note's "more"/"less" button, made on first need. */
function moreButton(note: HTMLElement): void {
  let button = note.querySelector<HTMLButtonElement>(':scope > .sidenote-more');
  if (!button) {
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'sidenote-more';
    note.append(button);
  }
  const expanded = note.hasAttribute('data-expanded');
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = ` of note ${numberOf(note)}`;
  button.replaceChildren(expanded ? 'less' : 'more', label);
  button.setAttribute('aria-expanded', String(expanded));
  if (note.id) button.setAttribute('aria-controls', note.id);
}

/** Back to where CSS alone puts the note. */
function reset(note: HTMLElement): void {
  note.removeAttribute('data-clamped');
  note.style.removeProperty('max-height');
  note.style.removeProperty('top');
}

/** The spacing of the margin column, from a note's computed style. */
function metricsOf(note: HTMLElement): MarginMetrics {
  const style = getComputedStyle(note);
  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
  return { gap: parseFloat(style.marginTop) + parseFloat(style.marginBottom), line, minLines: MIN_LINES, slack: line };
}

/** Measures every sidenote, then moves and clamps them so that each sits beside its line. */
function layOutMarginNotes(): void {
  const root = document.documentElement;
  if (!wide.matches) {
    root.removeAttribute('data-margin-notes');
    for (const note of document.querySelectorAll<HTMLElement>('.sidenote')) {
      reset(note);
      note.removeAttribute('data-expanded');
      note.querySelector(':scope > .sidenote-more')?.remove();
    }
    return;
  }
  root.setAttribute('data-margin-notes', '');
  const notes = sidenotes();
  const first = notes[0];
  if (!first) return;
  for (const note of notes) reset(note);
  // Each note now floats at its own line, at full height: where it wants to be.
  const measured = notes.map((note) => {
    const box = note.getBoundingClientRect();
    return { want: box.top + window.scrollY, height: box.height, expanded: note.hasAttribute('data-expanded') };
  });
  const obstacles = [...document.querySelectorAll('.margin')]
    .map((aside) => aside.getBoundingClientRect())
    .filter((box) => box.height > 0)
    .map((box) => ({ top: box.top + window.scrollY, bottom: box.bottom + window.scrollY }))
    .sort((a, b) => a.top - b.top);
  const placements = placeMarginNotes(measured, metricsOf(first), obstacles);
  notes.forEach((note, index) => {
    const placement = placements[index];
    const want = measured[index]?.want;
    if (!placement || want === undefined) return;
    if (placement.top > want) note.style.top = `${placement.top - want}px`;
    if (placement.clamped) {
      note.setAttribute('data-clamped', '');
      note.style.maxHeight = `${placement.height}px`;
    }
    if (placement.clamped || note.hasAttribute('data-expanded')) moreButton(note);
    else note.querySelector(':scope > .sidenote-more')?.remove();
  });
}

let pending = 0;

/** Lays the margin notes out once, on the next frame, however often it is asked. */
export function scheduleMarginNotes(): void {
  if (pending) return;
  pending = requestAnimationFrame(() => {
    pending = 0;
    layOutMarginNotes();
  });
}

function setExpanded(note: HTMLElement, expanded: boolean): void {
  note.toggleAttribute('data-expanded', expanded);
  layOutMarginNotes();
}

function onClick(event: MouseEvent): void {
  const button = event.target instanceof Element ? event.target.closest('.sidenote-more') : null;
  const note = button?.parentElement;
  if (!note) return;
  setExpanded(note, !note.hasAttribute('data-expanded'));
  note.querySelector<HTMLButtonElement>(':scope > .sidenote-more')?.focus();
}

/** Focus on a link hidden by a clamp expands its note. */
function onFocusIn(event: FocusEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const note = target?.closest<HTMLElement>('.sidenote[data-clamped]');
  if (note && !target?.matches('.sidenote-more')) setExpanded(note, true);
}

/** Starts laying out margin notes: now, when fonts arrive, and when the width changes. */
export function watchMarginNotes(): void {
  document.addEventListener('click', onClick);
  document.addEventListener('focusin', onFocusIn);
  window.addEventListener('resize', scheduleMarginNotes);
  wide.addEventListener('change', scheduleMarginNotes);
  void document.fonts?.ready.then(scheduleMarginNotes);
  window.addEventListener('load', scheduleMarginNotes);
  scheduleMarginNotes();
}
