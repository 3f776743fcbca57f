/**
 * The whole layout of a timeline: items in, geometry out. Lanes stack from the top under the
 * axis; within a lane, marks are packed into rows so that no two labels overlap; a time known to
 * the minute is a point, anything vaguer is a span over its resolved interval.
 */
import { focusAndContext, outside } from './focus.ts';
import { METRICS } from './metrics.ts';
import { orderLanes } from './lanes.ts';
import { box, shapeOf } from './box.ts';
import { packRows } from './pack.ts';
import { timeScale } from './scale.ts';
import { axisTicks } from './ticks.ts';
export { METRICS } from './metrics.ts';
export { box, shapeOf } from './box.ts';
import type { AxisTicks, Lane, PlacedItem, PlacedLane, TimelineItem, Window } from './types.ts';


export interface LayoutOptions {
  /** Width of the plotting area in pixels. */
  width: number;
  /** The window to open on (the case's period); all items when absent. */
  period?: Window;
  zone: string;
  locale: string;
  /** Rows a lane may use before labels are left out (default 6). */
  maxRows?: number;
  /** Keep the lanes in the order given, rather than by their first item. */
  lanesAsGiven?: boolean;
}

export interface TimelineGeometry {
  width: number;
  height: number;
  /** The window the timeline opens on, mapped onto `[0, width]`. */
  focus: Window;
  /** Everything the items cover. */
  context: Window;
  ticks: AxisTicks;
  lanes: PlacedLane[];
  /** Items in chronological order, as given. */
  items: PlacedItem[];
  /** How many items lie wholly before and after the focus window. */
  outside: { before: number; after: number };
}


/** Lays out `items` (chronological) in `lanes` (their labels; order is computed). */
export function layoutTimeline(items: readonly TimelineItem[], lanes: readonly Lane[], options: LayoutOptions): TimelineGeometry {
  const { width, zone, locale, maxRows = 6 } = options;
  const { focus, context } = focusAndContext(items, options.period);
  const x = timeScale(focus, width);
  const ordered = options.lanesAsGiven ? lanes.filter((lane) => items.some((item) => item.lane === lane.id)) : orderLanes(items, lanes);
  const laneIndex = new Map(ordered.map((lane, i) => [lane.id, i]));
  const byLane: number[][] = ordered.map(() => []);
  items.forEach((item, i) => byLane[laneIndex.get(item.lane)!]!.push(i));

  const placed: PlacedItem[] = new Array(items.length);
  const placedLanes: PlacedLane[] = [];
  let y = METRICS.axis;
  ordered.forEach((lane, laneNo) => {
    const members = byLane[laneNo]!;
    const boxes = members.map((i) => box(items[i]!, x, width));
    const packed = packRows(boxes, maxRows);
    const rows = packed.reduce((most, p) => Math.max(most, p.row + 1), 1);
    const top = y + METRICS.laneHead;
    members.forEach((i, j) => {
      const item = items[i]!;
      const shape = shapeOf(item);
      const x0 = x(item.start);
      placed[i] = {
        item,
        shape,
        x0,
        x1: shape === 'point' ? x0 : x(item.end),
        y: top + packed[j]!.row * METRICS.row + METRICS.markY,
        lane: laneNo,
        row: packed[j]!.row,
        labelShown: packed[j]!.labelShown,
        labelDx: boxes[j]!.labelX! - x0,
      };
    });
    const height = METRICS.laneHead + rows * METRICS.row + METRICS.laneGap;
    placedLanes.push({ ...lane, y, height, rows });
    y += height;
  });

  return {
    width,
    height: y,
    focus,
    context,
    ticks: axisTicks(focus, width, zone, locale),
    lanes: placedLanes,
    items: placed,
    outside: outside(items, focus),
  };
}
