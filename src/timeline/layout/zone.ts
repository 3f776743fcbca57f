/**
 * Wall clocks of an IANA time zone, through `Intl` alone: small enough to ship to the browser,
 * where luxon would weigh more than the rest of the timeline. Daylight-saving days come out as
 * long or short as they are (Europe/London's 27 October 2019 has 25 hours).
 */
import { remembering } from './remember.ts';

/** A local date and time in a zone. `month` is 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The wall clocks read so far, by zone, each remembering its instants. */
const wallClocks = new Map<string, (ms: number) => WallTime & { second: number }>();

/** The wall clock in `zone` at the instant `ms` (remembered: an axis asks for the same ones as it moves). */
export function wallTime(ms: number, zone: string): WallTime & { second: number } {
  let clock = wallClocks.get(zone);
  if (!clock) {
    clock = remembering((instant: number) => readWallTime(instant, zone));
    wallClocks.set(zone, clock);
  }
  return clock(ms);
}

function readWallTime(ms: number, zone: string): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far `zone`'s clocks are ahead of UTC at the instant `ms`, in milliseconds. */
export function zoneOffset(ms: number, zone: string): number {
  const wall = wallTime(ms, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * Every instant at which `zone`'s clocks show a wall time: one as a rule, two in the hour the
 * clocks go back, none in the hour they skip. Fields may overflow (hour 30 is 06:00 the next
 * day), as with `Date.UTC`.
 */
export function wallInstants(wall: Partial<WallTime> & { year: number }, zone: string): number[] {
  const asUtc = Date.UTC(wall.year, (wall.month ?? 1) - 1, wall.day ?? 1, wall.hour ?? 0, wall.minute ?? 0);
  // The zone's offset half a day either side: the same twice, except near a change of the clocks.
  const before = zoneOffset(asUtc - HALF_DAY, zone);
  const after = zoneOffset(asUtc + HALF_DAY, zone);
  const shows = (offset: number) => zoneOffset(asUtc - offset, zone) === offset;
  if (before === after) return shows(before) ? [asUtc - before] : [];
  return [before, after]
    .filter(shows)
    .map((offset) => asUtc - offset)
    .sort((a, b) => a - b);
}

/**
 * The instant at which `zone`'s clocks show a wall time: the first of two when the clocks go
 * back, and just after the gap when they skip it.
 */
export function fromWallTime(wall: Partial<WallTime> & { year: number }, zone: string): number {
  const instants = wallInstants(wall, zone);
  if (instants[0] !== undefined) return instants[0];
  const asUtc = Date.UTC(wall.year, (wall.month ?? 1) - 1, wall.day ?? 1, wall.hour ?? 0, wall.minute ?? 0);
  return asUtc - zoneOffset(asUtc - HALF_DAY, zone);
}

const HALF_DAY = 12 * 3_600_000;
