/**
 * The overview strip: every item on the whole stretch of the case, and the window the timeline
 * shows, as a brush over it. A 2017 precedent beside two days in 2019 stays in sight.
 */
import { placeAxis, type PlacedTick } from './axis.ts';
import { axisTicks } from './ticks.ts';
import type { TimelineItem, Window } from './types.ts';

/** The overview's marks, brush and ticks, on `[0, width]`. */
export interface OverviewGeometry {
  context: Window;
  width: number;
  marks: { id: string; kind: TimelineItem['kind']; x0: number; x1: number }[];
  brush: { x0: number; x1: number };
  ticks: { minor: PlacedTick[]; major: PlacedTick[] };
}

/** Lays out the overview of `items` across `context`, with `focus` as the brush. */
export function layoutOverview(
  items: readonly TimelineItem[],
  context: Window,
  focus: Window,
  width: number,
  zone: string,
  locale: string,
): OverviewGeometry {
  const k = width / (context.end - context.start);
  const x = (time: number) => (time - context.start) * k;
  const ticks = axisTicks(context, width, zone, locale);
  return {
    context,
    width,
    marks: items.map((item) => ({ id: item.id, kind: item.kind, x0: x(item.start), x1: x(item.end) })),
    brush: { x0: x(focus.start), x1: x(focus.end) },
    ticks: placeAxis(ticks, x, width),
  };
}
