/**
 * The overview strip in the browser: laid out again at the width the page gives it, and dragged
 * or clicked to move the timeline's window over the whole case.
 */
import { placeAxis } from '../layout/axis.ts';
import { axisTicks } from '../layout/ticks.ts';
import type { Window } from '../layout/types.ts';
import { axisSvg } from '../render/axis.ts';

/** Redraws the strip, and sizes the brush's SVG over it, at `width` pixels. */
export function resizeOverview(svg: SVGSVGElement, brush: SVGSVGElement | null, context: Window, width: number, zone: string, locale: string): void {
  const from = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  if (!from || from === width) return;
  for (const each of [svg, brush]) {
    each?.setAttribute('width', String(width));
    each?.setAttribute('viewBox', `0 0 ${width} ${height}`);
  }
  svg.querySelector('.tl-ov-bg')?.setAttribute('width', String(width));
  for (const mark of svg.querySelectorAll<SVGRectElement>('.tl-ov-mark')) {
    mark.setAttribute('x', String((Number(mark.getAttribute('x')) * width) / from));
    mark.setAttribute('width', String(Math.max((Number(mark.getAttribute('width')) * width) / from, 1.5)));
  }
  const k = width / (context.end - context.start);
  const axis = svg.querySelector('.tl-ov-axis');
  if (axis) axis.innerHTML = axisSvg(placeAxis(axisTicks(context, width, zone, locale), (t) => (t - context.start) * k, width), height);
}

/**
 * Lets the reader press, drag or tap on the strip to centre the timeline's window there.
 * `current` gives the window shown; `moveTo` shows another, `last` when the press ends (the
 * windows before it are steps of a gesture, drawn as one).
 */
export function dragOverview(
  svg: SVGSVGElement,
  context: Window,
  current: () => Window,
  moveTo: (window: Window, last: boolean) => void,
): void {
  const timeAt = (event: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    return context.start + ((event.clientX - box.left) / box.width) * (context.end - context.start);
  };
  const centre = (event: PointerEvent) => {
    const { start, end } = current();
    const half = (end - start) / 2;
    const middle = Math.min(Math.max(timeAt(event), context.start + half), context.end - half);
    moveTo({ start: middle - half, end: middle + half }, false);
  };
  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    svg.setPointerCapture(event.pointerId);
    centre(event);
    event.preventDefault();
  });
  svg.addEventListener('pointermove', (event) => {
    if (svg.hasPointerCapture(event.pointerId)) centre(event);
  });
  // Pointer capture ends with the press (or when the browser takes the pointer back).
  svg.addEventListener('lostpointercapture', () => moveTo(current(), true));
}
