/**
 * The timeline's vocabulary: what the layout takes in (items with times, lanes and labels) and
 * what it gives out (geometry). Plain data: no model, no DOM, so the server, the browser and the
 * benchmark share it.
 */
import type { Precision } from '../../model/time/types.ts';

/** How an item is drawn: a point when its time is known to the minute, else a span. */
export type Shape = 'point' | 'span';

/** One statement or event, as the timeline needs it. */
export interface TimelineItem {
  id: string;
  /** `statement` or `event` (PRODUCT.md §7 `data-kind`). */
  kind: 'statement' | 'event';
  /** What it is at a glance: `statement`, or the event's kind (`incident`, `publication`…). */
  category: string;
  /** The lane it sits in (an actor id, or a category). */
  lane: string;
  /** Actor ids it involves: a statement's speaker, an event's actors (for filtering). */
  actors: string[];
  /** `[start, end)` in UTC epoch milliseconds. */
  start: number;
  end: number;
  precision: Precision;
  /** The short text drawn beside the mark. */
  label: string;
  /** What its mark is called for assistive technology when that is not `label` (left empty to draw none). */
  name?: string;
  /** Its time as readers see it ("Tuesday 12 November, morning"). */
  timeLabel: string;
  /** Its page, for links. */
  href: string;
  /** By when it was public (UTC ms; `model/public-by.ts`), for viewing the case as it was known. */
  known?: number;
}

/** A lane: a band of rows holding the items of one actor or one kind. */
export interface Lane {
  id: string;
  label: string;
}

/** A time window `[start, end)` in UTC epoch milliseconds. */
export interface Window {
  start: number;
  end: number;
}

/** A placed item: its mark and label in the timeline's own coordinates. */
export interface PlacedItem {
  item: TimelineItem;
  shape: Shape;
  /** Left and right edge of the mark (equal for a point). */
  x0: number;
  x1: number;
  /** Vertical centre of the mark. */
  y: number;
  /** Index of the lane and of the row within it. */
  lane: number;
  row: number;
  /** Whether the label is drawn (false when it would overlap another). */
  labelShown: boolean;
  /** Where the label starts, relative to `x0` (negative when drawn back from the right edge). */
  labelDx: number;
}

/** A placed lane: its label and the band it spans. */
export interface PlacedLane extends Lane {
  y: number;
  height: number;
  rows: number;
}

/** One tick of the axis. */
export interface Tick {
  /** The instant it marks (UTC ms). */
  time: number;
  label: string;
}

/** Axis ticks at one zoom: fine ticks, and the coarser context row above them. */
export interface AxisTicks {
  /** Which level was chosen (`hour`, `part-of-day`, `day`, `month`, `year`…). */
  level: string;
  minor: Tick[];
  major: Tick[];
}
