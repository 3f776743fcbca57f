/**
 * Keeps the card of an actor or term link inside the viewport: when the card shows (hover or
 * focus), it is measured where CSS put it and moved left, or above its link, as `fitCard` says.
 *
 * Markup it relies on: `span.has-card > a + span.ref-card`. It sets `--card-dx` and
 * `data-above` on the card.
 */
import { fitCard } from './card-fit.ts';

/** Measures a showing card and moves it into the viewport. */
function fit(holder: Element): void {
  const card = holder.querySelector<HTMLElement>(':scope > .ref-card');
  const link = holder.querySelector(':scope > a');
  if (!card || !link) return;
  card.style.removeProperty('--card-dx');
  card.removeAttribute('data-above');
  const box = card.getBoundingClientRect();
  if (box.width === 0) return;
  // The root's client size, not innerWidth/innerHeight: on a phone, a card that overflows for a
  // moment zooms the page out, and innerHeight grows with it.
  const { clientWidth: width, clientHeight: height } = document.documentElement;
  const { dx, above } = fitCard(box, link.getBoundingClientRect(), { width, height });
  if (dx !== 0) card.style.setProperty('--card-dx', `${dx}px`);
  card.toggleAttribute('data-above', above);
}

function onShow(event: Event): void {
  const holder = event.target instanceof Element ? event.target.closest('.has-card') : null;
  // Hover and focus styles apply by the next frame at the latest.
  if (holder) requestAnimationFrame(() => fit(holder));
}

/** Starts fitting cards as they show. */
export function watchCards(): void {
  document.addEventListener('pointerover', onShow);
  document.addEventListener('focusin', onShow);
}
