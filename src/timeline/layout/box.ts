/**
 * What one item takes up along the axis at a scale: its mark (a point's width, or its span) and
 * its label, drawn from the mark's start or drawn back from the right edge. Shared by the server's
 * layout and the browser's, which packs the rows again at the width it has.
 */
import { METRICS } from './metrics.ts';
import { labelStart, type PackBox } from './pack.ts';
import { textWidth } from './text.ts';
import type { Shape, TimelineItem } from './types.ts';

/** A point when the time is known to the minute (or finer); a span otherwise. */
export function shapeOf(item: Pick<TimelineItem, 'start' | 'end'>): Shape {
  return item.end - item.start <= 60_000 ? 'point' : 'span';
}

/** What an item occupies along the axis at this scale: its mark, and its label from the mark's start. */
export function box(
  item: Pick<TimelineItem, 'start' | 'end'> & { label: string; labelWidth?: number },
  x: (time: number) => number,
  width: number,
): Required<PackBox> {
  const point = shapeOf(item) === 'point';
  const x0 = x(item.start) - (point ? METRICS.point : 0);
  const x1 = point ? x0 + 2 * METRICS.point : Math.max(x(item.end), x0 + 2);
  const labelWidth = item.labelWidth ?? textWidth(item.label);
  return { x0, x1, labelWidth, labelX: labelStart(x0, x1, labelWidth, width) };
}
