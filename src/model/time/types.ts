/**
 * Times in Casebook (PRODUCT.md §4): every `when` resolves to an interval in UTC, the precision
 * it was known to, and a label in the case's locale and timezone.
 */

/** How precisely a time is known. */
export type Precision =
  | 'minute'
  | 'part-of-day'
  | 'day'
  | 'month'
  | 'year'
  /** An explicit `{ from, to }` range. */
  | 'range'
  /** Bounded by other items (`before` / `after` + `within`). */
  | 'relative';

/** A resolved time: `[start, end)` in UTC epoch milliseconds. A minute is `[t, t + 60 000)`. */
export interface ResolvedTime {
  start: number;
  end: number;
  precision: Precision;
  /** Human label in the case's locale and timezone, e.g. "Tuesday 12 November 2019, early morning". */
  label: string;
}
