/**
 * The overview strip as SVG: every item as a tick on the case's whole stretch of time, and the
 * window the timeline shows as a brush. Decorative for assistive technology (the list is the
 * twin); in the browser it is dragged and clicked to move the timeline.
 *
 * The brush is a second SVG laid over the first: it moves on every frame of a zoom or pan, and
 * in the same SVG as the item ticks it made the browser paint all of them again each time.
 */
import type { OverviewGeometry } from '../layout/overview.ts';
import { axisSvg } from './axis.ts';
import { num } from './escape.ts';

/** Height of the overview strip in pixels. */
export const OVERVIEW_HEIGHT = 56;
const MARKS_Y = 38;

/** The SVG of the overview strip, and the brush's SVG over it. */
export function overviewSvg(overview: OverviewGeometry): string {
  const { width } = overview;
  const marks = overview.marks
    .map((mark) => {
      const w = Math.max(mark.x1 - mark.x0, 1.5);
      return `<rect class="tl-ov-mark tl-ov-${mark.kind}" data-overview-item="${mark.id}" x="${num(mark.x0)}" y="${MARKS_Y - 6}" width="${num(w)}" height="12"/>`;
    })
    .join('');
  const brushWidth = Math.max(overview.brush.x1 - overview.brush.x0, 6);
  const brushX = Math.min(overview.brush.x0, width - brushWidth);
  return (
    `<svg class="tl-overview" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${OVERVIEW_HEIGHT}" width="${width}" height="${OVERVIEW_HEIGHT}" aria-hidden="true" data-context-start="${overview.context.start}" data-context-end="${overview.context.end}">` +
    `<rect class="tl-ov-bg" x="0" y="0" width="${width}" height="${OVERVIEW_HEIGHT}"/>` +
    `<g class="tl-ov-axis">${axisSvg(overview.ticks, OVERVIEW_HEIGHT)}</g>` +
    `<g class="tl-ov-marks">${marks}</g></svg>` +
    `<svg class="tl-overview-window" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${OVERVIEW_HEIGHT}" width="${width}" height="${OVERVIEW_HEIGHT}" aria-hidden="true">` +
    `<rect class="tl-brush" x="${num(brushX)}" y="1" width="${num(brushWidth)}" height="${OVERVIEW_HEIGHT - 2}" rx="2"/></svg>`
  );
}
