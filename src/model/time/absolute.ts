/**
 * Absolute times: a calendar time, or a `{ from, to }` range of two, placed in the case's time
 * zone as a half-open UTC interval `[start, end)`. Daylight saving follows `wall-clock.ts`:
 * on 27 October 2019 in Europe/London the day is 25 hours long, on 31 March 23.
 */
import { DateTime, FixedOffsetZone } from 'luxon';
import type { CalendarTime } from './grammar.ts';
import { MINUTE_MS, type Interval } from './interval.ts';
import { PARTS_OF_DAY } from './parts-of-day.ts';
import { problem, type Problem } from './problem.ts';
import { wallClockToInstant } from './wall-clock.ts';

/** Where a calendar time starts and ends in `zone`, or why it cannot be placed there. */
export function calendarInterval(time: CalendarTime, zone: string): Interval | Problem {
  switch (time.form) {
    case 'year':
      return between(zone, { year: time.year, month: 1, day: 1 }, { year: time.year + 1, month: 1, day: 1 });
    case 'month': {
      const next = DateTime.utc(time.year, time.month, 1).plus({ months: 1 });
      return between(zone, { year: time.year, month: time.month, day: 1 }, { year: next.year, month: next.month, day: 1 });
    }
    case 'day':
      return between(zone, time, time, 0, 24);
    case 'part-of-day': {
      const [from, to] = PARTS_OF_DAY[time.part];
      return between(zone, time, time, from, to);
    }
    case 'minute':
      return minuteInterval(time, zone);
  }
}

/**
 * A range from the start of `from` to the end of `to`. It must not be empty: `from` has to
 * start before `to` ends. The two may overlap (`from: 2019-11-12T10:00, to: 2019-11-12` runs
 * from 10:00 to the end of that day).
 */
export function rangeInterval(from: Interval, to: Interval, texts: { from: string; to: string }): Interval | Problem {
  if (from.start >= to.end) {
    return problem(
      'reversed-range',
      ['from'],
      `the range starts (\`from: ${texts.from}\`) after it ends (\`to: ${texts.to}\`)`,
      'swap `from` and `to`, or check both times',
    );
  }
  return { start: from.start, end: to.end };
}

type Day = { year: number; month: number; day: number };

function between(zone: string, first: Day, last: Day, fromHour = 0, toHour = 0): Interval {
  const start = wallClockToInstant({ ...first, hour: fromHour, minute: 0 }, zone).ms;
  const end = wallClockToInstant({ ...last, hour: toHour, minute: 0 }, zone).ms;
  return { start, end };
}

function minuteInterval(time: Extract<CalendarTime, { form: 'minute' }>, zone: string): Interval | Problem {
  const { year, month, day, hour, minute } = time;
  if (time.offset !== undefined) {
    const fixed = FixedOffsetZone.instance(time.offset);
    const start = DateTime.fromObject({ year, month, day, hour, minute }, { zone: fixed }).toMillis();
    return { start, end: start + MINUTE_MS };
  }
  const placed = wallClockToInstant(time, zone);
  if (placed.skipped) {
    return problem(
      'nonexistent-time',
      [],
      `\`${time.text}\` never showed on clocks in \`${zone}\`: they went forward over it for daylight saving`,
      `check the time; if the source gives it in the old offset, write \`${time.text}${formatOffset(placed.offset)}\``,
    );
  }
  return { start: placed.ms, end: placed.ms + MINUTE_MS };
}

/** Minutes east of UTC as `+01:00` / `-05:30`. */
function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
