/**
 * Dates written only as precisely as they are known: a day as `{year, month, day}`, a part of
 * the day down to its hours, a minute down to its minute — in the case's own wall clock.
 */
import type { Precision } from '../../model/time/types.ts';
import { wallTime } from '../layout/zone.ts';

/** A date in TimelineJS's shape; fields finer than the precision are left out. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute';
const UNITS: readonly Unit[] = ['year', 'month', 'day', 'hour', 'minute'];

/** The unit a resolved time of this precision is known to. */
export function unitOf(precision: Precision): Unit | undefined {
  switch (precision) {
    case 'year':
    case 'month':
    case 'day':
    case 'minute':
      return precision;
    case 'part-of-day':
      return 'hour';
    default:
      return undefined;
  }
}

const DAY = 24 * 3_600_000;

/**
 * The last moment of an interval ending at `end` (exclusive), as a date: an end at midnight is
 * written as the day before, so that "until the end of Monday" does not read as "until Tuesday".
 */
export function endParts(end: number, zone: string, unit?: Unit): DateParts {
  const parts = dateParts(end, zone, unit);
  const atMidnight = parts.hour === undefined && parts.minute === undefined && parts.day !== undefined;
  return atMidnight ? dateParts(end - DAY / 2, zone, 'day') : parts;
}

/**
 * The wall-clock date of `instant` in `zone`, down to `unit`; without a unit, down to the finest
 * unit the instant needs (a bound of a range: 06:00 needs hours, 10:17 minutes, midnight none).
 */
export function dateParts(instant: number, zone: string, unit?: Unit): DateParts {
  const wall = wallTime(instant, zone);
  const finest = unit ?? (wall.minute !== 0 ? 'minute' : wall.hour !== 0 ? 'hour' : 'day');
  const parts: DateParts = { year: wall.year };
  for (const name of UNITS.slice(1, UNITS.indexOf(finest) + 1)) parts[name as Exclude<Unit, 'year'>] = wall[name as Exclude<Unit, 'year'>];
  return parts;
}
