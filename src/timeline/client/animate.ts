/**
 * Moving from one window to another: eased over a few frames, or at once when the reader asks
 * for reduced motion. Windows are interpolated edge by edge, so the motion reads as a pan-and-zoom
 * of the time axis rather than a lurch.
 */
import type { Window } from '../layout/types.ts';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

let running = 0;

/** Calls `step` with windows from `from` to `to`, ending exactly on `to`, the one step `last`. */
export function animateWindow(from: Window, to: Window, step: (window: Window, last: boolean) => void, duration = 280): void {
  const token = ++running;
  if (reducedMotion() || duration <= 0) {
    step(to, true);
    return;
  }
  const begin = performance.now();
  const frame = (now: number) => {
    if (token !== running) return;
    const t = Math.min((now - begin) / duration, 1);
    const e = 1 - (1 - t) ** 3;
    step({ start: from.start + (to.start - from.start) * e, end: from.end + (to.end - from.end) * e }, t === 1);
    if (t < 1) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
