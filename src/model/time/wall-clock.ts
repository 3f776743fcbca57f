/**
 * From a wall-clock reading in a time zone to an instant, with the daylight-saving choices
 * Casebook makes (examples for Europe/London, 2019):
 *
 * - A reading the clocks skipped (31 March, 01:00–01:59: the clocks went from 01:00 GMT to
 *   02:00 BST) is reported as `skipped`. Minutes written by authors then become an error, since
 *   no clock showed them; for boundaries (a day's or part of day's start) Casebook keeps
 *   luxon's documented behaviour, which reads the skipped time with the offset in force
 *   before the change — the moment the clocks jumped, for a boundary at the start of the gap.
 * - A reading the clocks showed twice (27 October, 01:00–01:59, first in BST then in GMT)
 *   means the earlier instant, the BST one. Luxon would pick the later; Casebook asks luxon for
 *   both (`getPossibleOffsets`) and takes the first.
 */
import { DateTime } from 'luxon';

/** A local date and time of day, as a clock on the wall shows it. Hour 24 is the next day's 00. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** An instant, and whether the reading fell in a daylight-saving gap. */
export interface WallClockInstant {
  /** UTC epoch milliseconds. */
  ms: number;
  /** True when the clocks never showed this reading in the zone. */
  skipped: boolean;
  /** The zone's offset from UTC, in minutes, for the reading as written (before a gap, if skipped). */
  offset: number;
}

/** Readings already placed: a case's times share their days' boundaries, and luxon's zone maths is dear. */
const placed = new Map<string, Readonly<WallClockInstant>>();

/** Places a wall-clock reading in `zone` (an IANA name or `UTC`). */
export function wallClockToInstant(wall: WallClock, zone: string): Readonly<WallClockInstant> {
  const key = `${zone} ${wall.year} ${wall.month} ${wall.day} ${wall.hour} ${wall.minute}`;
  let instant = placed.get(key);
  if (!instant) {
    instant = place(wall, zone);
    placed.set(key, instant);
  }
  return instant;
}

function place(wall: WallClock, zone: string): WallClockInstant {
  const { year, month, day, hour, minute } = normalise(wall);
  const local = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  const skipped = local.hour !== hour || local.minute !== minute || local.day !== day;
  if (skipped) {
    // Luxon moved the reading forward over the gap; the offset it used is the one before it.
    const asUtc = DateTime.utc(year, month, day, hour, minute).toMillis();
    return { ms: local.toMillis(), skipped, offset: (asUtc - local.toMillis()) / 60_000 };
  }
  const earliest = local
    .getPossibleOffsets()
    .reduce((first, candidate) => (candidate.toMillis() < first.toMillis() ? candidate : first), local);
  return { ms: earliest.toMillis(), skipped, offset: earliest.offset };
}

/** Rolls hour 24 (the end of `evening`) over to 00:00 of the next day. */
function normalise(wall: WallClock): WallClock {
  if (wall.hour < 24) return wall;
  const next = DateTime.utc(wall.year, wall.month, wall.day).plus({ days: 1 });
  return { year: next.year, month: next.month, day: next.day, hour: wall.hour - 24, minute: wall.minute };
}
