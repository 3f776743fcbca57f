/**
 * A laid-out timeline as one SVG element, as a string for Astro's `set:html`: a title and
 * description, the lanes, the axis, the case's period, and the marks. It reads, and prints,
 * without JavaScript; `client/` redraws the same elements as the reader zooms.
 */
import { placeAxis } from '../layout/axis.ts';
import { METRICS } from '../layout/metrics.ts';
import { fitLaneLabel } from '../layout/text.ts';
import type { TimelineGeometry } from '../layout/timeline.ts';
import type { Window } from '../layout/types.ts';
import { axisSvg } from './axis.ts';
import { escape, num } from './escape.ts';
import { markSvg, type PrecisionWords } from './marks.ts';

export interface TimelineSvgOptions {
  /** A prefix for the ids inside the SVG, unique on the page. */
  idPrefix: string;
  title: string;
  description: string;
  /** The case's period, shaded behind the marks. */
  period?: Window;
  precisionWords: PrecisionWords;
  /** The item to highlight (on a statement or event page's small timeline). */
  currentId?: string;
  /** Whether the browser redraws it as the reader zooms (see `MarkOptions.redrawn`). */
  redrawn?: boolean;
}

/** The SVG of a timeline. */
export function timelineSvg(geometry: TimelineGeometry, options: TimelineSvgOptions): string {
  const { width, height, focus } = geometry;
  const id = options.idPrefix;
  const x = (time: number) => ((time - focus.start) / (focus.end - focus.start)) * width;
  const axis = placeAxis(geometry.ticks, x, width);
  const lanes = geometry.lanes
    .map((lane) => {
      // A heading too long for the width is cut; its whole name is the lane's title.
      const heading = fitLaneLabel(lane.label, width);
      return (
        `<g class="tl-lane">${heading === lane.label ? '' : `<title>${escape(lane.label)}</title>`}` +
        `<line class="tl-lane-rule" x1="0" x2="${width}" y1="${lane.y}" y2="${lane.y}"/>` +
        `<text class="tl-lane-label" x="0" y="${lane.y + METRICS.laneHead - 6}">${escape(heading)}</text></g>`
      );
    })
    .join('');
  const period = options.period
    ? `<rect class="tl-period"${options.redrawn ? ` data-start="${options.period.start}" data-end="${options.period.end}"` : ''} x="${num(x(options.period.start))}" y="${METRICS.axis}" width="${num(x(options.period.end) - x(options.period.start))}" height="${height - METRICS.axis}"/>`
    : '';
  const marks = geometry.items
    .map((placed) =>
      markSvg(placed, geometry.lanes[placed.lane]!.label, options.precisionWords, {
        current: placed.item.id === options.currentId,
        redrawn: options.redrawn,
      }),
    )
    .join('');
  // A group, not an image: its marks are links, and an image's content is hidden from
  // assistive technology (so links inside one are an error, axe's nested-interactive).
  return (
    `<svg class="tl-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escape(options.title)}</title><desc id="${id}-desc">${escape(options.description)}</desc>` +
    `<defs><clipPath id="${id}-clip"><rect x="0" y="0" width="${width}" height="${height}"/></clipPath></defs>` +
    `<g class="tl-plot" clip-path="url(#${id}-clip)">${period}<g class="tl-axis">${axisSvg(axis, height)}</g>` +
    `<g class="tl-lanes">${lanes}</g><g class="tl-marks">${marks}</g></g></svg>`
  );
}
