/**
 * Parts of the day (PRODUCT.md §4), as local wall-clock hours `[from, to)` on the day written.
 *
 * - `night` is 00–06: the small hours that *begin* the day, so `2019-11-11 night` is the night
 *   between Sunday 10 and Monday 11 November, not the night after Monday evening.
 * - The halves split each part in two three-hour spans: `early night` 00–03 and `late night`
 *   03–06 follow the same rule as `early morning` 06–09 and `late morning` 09–12.
 */

/** The words Casebook understands, in the order of the day. */
export const PARTS_OF_DAY = {
  night: [0, 6],
  'early night': [0, 3],
  'late night': [3, 6],
  morning: [6, 12],
  'early morning': [6, 9],
  'late morning': [9, 12],
  afternoon: [12, 18],
  'early afternoon': [12, 15],
  'late afternoon': [15, 18],
  evening: [18, 24],
  'early evening': [18, 21],
  'late evening': [21, 24],
} as const satisfies Record<string, readonly [number, number]>;

/** A part of the day, e.g. `early morning`. */
export type PartOfDay = keyof typeof PARTS_OF_DAY;

/** Every part-of-day word, for hints and suggestions. */
export const PART_OF_DAY_WORDS = Object.keys(PARTS_OF_DAY) as PartOfDay[];

/** Whether `word` (already lower-cased, single-spaced) is a part of the day. */
export function isPartOfDay(word: string): word is PartOfDay {
  return Object.hasOwn(PARTS_OF_DAY, word);
}
