/**
 * `<casebook-text>`: reading aids for a stretch of text, on top of what works without JavaScript.
 *
 * - Notes: on wide screens each note's sidenote sits in the margin beside its marker's line, long
 *   ones clamped with a "more" button (`margin-notes.ts`; CSS alone without JavaScript). On narrow ones
 *   its marker, a link to the list of notes, becomes a disclosure button: activating it (tap,
 *   click, Enter) opens the note in place right after the marker, activating it again closes it,
 *   and Esc closes it and returns focus to the marker.
 * - Cards: the card of an actor or term link shows on hover and focus (CSS alone), moved to stay
 *   inside the viewport (`cards.ts`); Esc hides it until the pointer or focus leaves (WCAG 1.4.13).
 *
 * Markup it relies on (server-written): `sup.note-ref > a[href="#note-…"]` followed by
 * `span.sidenote`; `span.has-card > a + span.ref-card`.
 */
import { watchCards } from './cards.ts';
import { scheduleMarginNotes, watchMarginNotes, wide } from './margin-notes.ts';

/** The sidenote a marker link opens, if it has one. */
function sidenoteOf(link: Element): HTMLElement | undefined {
  const next = link.closest('.note-ref')?.nextElementSibling;
  return next instanceof HTMLElement && next.classList.contains('sidenote') ? next : undefined;
}

function markerLinks(root: ParentNode): HTMLAnchorElement[] {
  return [...root.querySelectorAll<HTMLAnchorElement>('.note-ref > a[href^="#note-"]')].filter((link) => sidenoteOf(link));
}

function setOpen(link: HTMLAnchorElement, note: HTMLElement, open: boolean): void {
  note.toggleAttribute('data-open', open);
  link.setAttribute('aria-expanded', String(open));
}

class CasebookText extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', this.onClick);
    wide.addEventListener('change', this.onResize);
    this.onResize();
    scheduleMarginNotes();
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.onClick);
    wide.removeEventListener('change', this.onResize);
  }

  /** On narrow screens markers are disclosure buttons; on wide ones, plain links again. */
  private onResize = (): void => {
    for (const link of markerLinks(this)) {
      const note = sidenoteOf(link);
      if (!note) continue;
      note.id ||= `sidenote-${link.getAttribute('href')?.slice('#note-'.length) ?? ''}`;
      if (wide.matches) {
        note.removeAttribute('data-open');
        link.removeAttribute('aria-expanded');
        link.removeAttribute('aria-controls');
      } else {
        link.setAttribute('aria-controls', note.id);
        link.setAttribute('aria-expanded', String(note.hasAttribute('data-open')));
      }
    }
  };

  private onClick = (event: MouseEvent): void => {
    if (wide.matches || !(event.target instanceof Element)) return;
    const link = event.target.closest<HTMLAnchorElement>('.note-ref > a[href^="#note-"]');
    const note = link && sidenoteOf(link);
    if (!link || !note) return;
    event.preventDefault();
    setOpen(link, note, !note.hasAttribute('data-open'));
  };
}

/** The card that is dismissed until the pointer and focus leave it. */
let dismissed: HTMLElement | undefined;

function onKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const active = document.activeElement;
  const openNote = active?.closest('.sidenote[data-open]') ?? (active?.matches('.note-ref > a') ? sidenoteOf(active) : undefined);
  if (openNote instanceof HTMLElement && openNote.hasAttribute('data-open')) {
    const link = openNote.previousElementSibling?.querySelector<HTMLAnchorElement>('a');
    if (link) {
      setOpen(link, openNote, false);
      link.focus();
      event.preventDefault();
      return;
    }
  }
  const card = document.querySelector<HTMLElement>('.has-card:focus-within, .has-card:hover');
  if (card) {
    card.setAttribute('data-dismissed', '');
    dismissed = card;
  }
}

/** A dismissed card may show again once the pointer or focus has left it. */
function onLeave(event: Event): void {
  if (!dismissed) return;
  const to = (event as FocusEvent | PointerEvent).relatedTarget;
  if (to instanceof Node && dismissed.contains(to)) return;
  if (dismissed.matches(':hover') && event.type === 'focusout') return;
  dismissed.removeAttribute('data-dismissed');
  dismissed = undefined;
}

if (!customElements.get('casebook-text')) {
  customElements.define('casebook-text', CasebookText);
  document.addEventListener('keydown', onKeydown);
  document.addEventListener('focusout', onLeave);
  document.addEventListener('pointerout', onLeave);
  watchMarginNotes();
  watchCards();
}
