/**
 * Where a card goes so that it stays on screen: below its link, moved left as far as the right
 * edge needs (never past the left edge), and above the link when there is no room below but room
 * above. Rectangles in, an offset out: the DOM side is `cards.ts`.
 */

/** A rectangle in viewport coordinates (as `getBoundingClientRect` gives). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How to move a card from where CSS put it (below its link, at the link's left). */
export interface CardFit {
  /** Horizontal shift (px, negative to the left). */
  dx: number;
  /** Show the card above the link rather than below. */
  above: boolean;
}

/**
 * How to move `card` (as CSS first placed it, below `link`) to keep it inside a viewport of the
 * given size, leaving `margin` pixels at each edge.
 */
export function fitCard(card: Rect, link: Rect, viewport: { width: number; height: number }, margin = 8): CardFit {
  let dx = 0;
  if (card.right > viewport.width - margin) dx = viewport.width - margin - card.right;
  if (card.left + dx < margin) dx = margin - card.left;
  const height = card.bottom - card.top;
  const gap = card.top - link.bottom;
  const above = card.bottom > viewport.height - margin && link.top - gap - height >= margin;
  return { dx, above };
}
