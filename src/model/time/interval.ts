/** Half-open intervals of UTC epoch milliseconds. */

/** `[start, end)` in UTC epoch milliseconds. A bound may be infinite while constraints are combined. */
export interface Interval {
  start: number;
  end: number;
}

/** One minute, the finest precision a time can have. */
export const MINUTE_MS = 60_000;
