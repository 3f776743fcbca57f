/**
 * Calendar intervals in a time zone — years, months, days, parts of the day, hours — as d3-time
 * intervals, so that `floor`, `offset` and `range` mean the zone's own midnights and month starts.
 */
import { timeInterval, type TimeInterval } from 'd3-time';
import { remembering } from './remember.ts';
import { fromWallTime, wallInstants, wallTime, type WallTime } from './zone.ts';

/** The calendar units an axis ticks by. */
export type Unit = 'year' | 'month' | 'day' | 'hour';

const HOUR = 3_600_000;

/** The intervals made so far, by unit, step and zone: each remembers the instants it has found. */
const intervals = new Map<string, TimeInterval>();

/**
 * A d3-time interval of `step` units in `zone`, aligned to the start of the next larger unit:
 * `zonedInterval('hour', 6, zone)` ticks at local 00:00, 06:00, 12:00 and 18:00 every day, however
 * long the day is; `zonedInterval('day', 7, zone)` at the 1st, 8th, 15th, 22nd and 29th.
 */
export function zonedInterval(unit: Unit, step: number, zone: string): TimeInterval {
  const key = `${unit}|${step}|${zone}`;
  let interval = intervals.get(key);
  if (!interval) {
    interval = makeInterval(unit, step, zone);
    intervals.set(key, interval);
  }
  return interval;
}

/**
 * A zoned interval, remembering its floors and next steps: every statement and event page draws
 * ticks over a window that overlaps its neighbours', so the same instants come up again and again.
 */
function makeInterval(unit: Unit, step: number, zone: string): TimeInterval {
  // The last instant, not after `ms`, at which the clock showed the floored wall time (in the
  // hour the clocks go back, the wall time comes twice).
  const floor = remembering((ms: number) => {
    const wall = floorWall(wallTime(ms, zone), unit, step);
    return wallInstants(wall, zone).filter((instant) => instant <= ms).pop() ?? fromWallTime(wall, zone);
  });
  const offset = (ms: number, count: number) => {
    const wall = wallTime(ms, zone);
    const byWall = fromWallTime({ ...wall, [unit]: wall[unit] + step * count }, zone);
    if (unit !== 'hour') return byWall;
    // Hours step by the clock, except where the clock repeats an hour (the autumn change):
    // there the wall time would not move on, so step by elapsed time instead.
    const elapsed = ms + step * count * HOUR;
    return floor(elapsed) > ms ? elapsed : byWall;
  };
  const next = remembering((ms: number) => offset(ms, 1));
  return timeInterval(
    (date) => date.setTime(floor(+date)),
    (date, count) => date.setTime(count === 1 ? next(+date) : offset(+date, count)),
  );
}

function floorWall(wall: WallTime, unit: Unit, step: number): WallTime {
  const down = (value: number, base = 0) => value - ((((value - base) % step) + step) % step);
  switch (unit) {
    case 'year':
      return { year: down(wall.year), month: 1, day: 1, hour: 0, minute: 0 };
    case 'month':
      return { year: wall.year, month: down(wall.month, 1), day: 1, hour: 0, minute: 0 };
    case 'day':
      return { year: wall.year, month: wall.month, day: down(wall.day, 1), hour: 0, minute: 0 };
    case 'hour':
      return { year: wall.year, month: wall.month, day: wall.day, hour: down(wall.hour), minute: 0 };
  }
}
