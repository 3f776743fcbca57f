/** Times (PRODUCT.md §4): `when` values to UTC intervals and labels. Re-exports only. */
export type { Precision, ResolvedTime } from './types.ts';
export type { TimeContext } from './context.ts';
export { resolveTimes, resolveAbsolute, type TimedItem, type ResolvedTimes } from './resolve.ts';
export { isValidTimeZone, checkTimeZone } from './zone.ts';
export { PART_OF_DAY_WORDS, type PartOfDay } from './parts-of-day.ts';
