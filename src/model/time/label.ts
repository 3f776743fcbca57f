/**
 * Labels: how a resolved time reads to people. Dates, weekdays and clock times come from Intl
 * in the case's locale and time zone; the words around them ("early morning", "Between",
 * "less than 12 hours before") stay English, like the rest of Casebook's interface.
 */
import { DateTime } from 'luxon';
import type { TimeContext } from './context.ts';
import { formatDuration } from './duration.ts';
import type { CalendarDate, CalendarTime } from './grammar.ts';
import { MINUTE_MS, type Interval } from './interval.ts';
import type { RelativeWhen } from './parse.ts';

/** A label cut into the pieces a range or span needs to share a day. */
export interface LabelParts {
  /** The whole label: "Tuesday 12 November 2019, 07:30". */
  text: string;
  /** The local day it falls on (ISO date) and that day's label, when it is within one day. */
  day?: { iso: string; text: string };
  /** What follows the day: a clock time or a part of the day. */
  detail?: string;
}

const DAY_FORMAT: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const CLOCK_FORMAT: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** Labels a calendar time: "2016", "November 2019", "Tuesday 12 November 2019, early morning". */
export function calendarLabel(time: CalendarTime, interval: Interval, context: TimeContext): LabelParts {
  switch (time.form) {
    case 'year':
      return { text: calendarDay({ year: time.year, month: 1, day: 1 }, context).toLocaleString({ year: 'numeric' }) };
    case 'month':
      return {
        text: calendarDay({ ...time, day: 1 }, context).toLocaleString({ month: 'long', year: 'numeric' }),
      };
    case 'day': {
      const day = dayParts(calendarDay(time, context));
      return { text: day.text, day };
    }
    case 'part-of-day': {
      const day = dayParts(calendarDay(time, context));
      return withDetail(day, time.part);
    }
    case 'minute':
      // An explicit offset is only how the author wrote it: show the case's own clock.
      return minuteParts(interval.start, context);
  }
}

/** Labels the minute starting at `ms`, in the case's zone: "Tuesday 12 November 2019, 07:30". */
export function minuteParts(ms: number, context: TimeContext): LabelParts {
  const local = DateTime.fromMillis(ms, { zone: context.timezone, locale: context.locale });
  return withDetail(dayParts(local), local.toLocaleString(CLOCK_FORMAT));
}

/**
 * Joins the two ends of a range with an en dash, naming their day once when they share it:
 * "Monday 11 November 2019, evening – 22:00".
 */
export function joinEnds(from: LabelParts, to: LabelParts): string {
  if (from.day && to.day && from.day.iso === to.day.iso) {
    if (from.detail === undefined && to.detail === undefined) return from.text;
    if (to.detail !== undefined) return `${from.text} – ${to.detail}`;
  }
  return `${from.text} – ${to.text}`;
}

/**
 * Names the minutes an interval covers, first and last (the end is exclusive):
 * "Between Monday 11 November 2019, 22:17 and Tuesday 12 November 2019, 10:17".
 * An interval of one minute is just that minute.
 */
export function spanText(interval: Interval, context: TimeContext, between = 'Between'): string {
  const first = minuteParts(interval.start, context);
  if (interval.end - interval.start <= MINUTE_MS) return first.text;
  const last = minuteParts(interval.end - MINUTE_MS, context);
  const sameDay = first.day && last.day && first.day.iso === last.day.iso;
  return `${between} ${first.text} and ${sameDay ? last.detail : last.text}`;
}

/** A calendar date at noon UTC: its weekday and name do not depend on any time zone. */
function calendarDay(date: CalendarDate, context: TimeContext): DateTime {
  return DateTime.utc(date.year, date.month, date.day, 12).setLocale(context.locale);
}

function withDetail(day: { iso: string; text: string }, detail: string): LabelParts {
  return { text: `${day.text}, ${detail}`, day, detail };
}

/**
 * The day's label, "Tuesday 12 November 2019". Intl puts a comma after the weekday in many
 * locales ("Tuesday, 12 November 2019"); Casebook drops it, because labels already use a comma
 * to separate the day from the time and two would read as a list.
 */
function dayParts(local: DateTime): { iso: string; text: string } {
  const parts = local.toLocaleParts(DAY_FORMAT);
  const text = parts
    .map((part, i) => (part.type === 'literal' && parts[i - 1]?.type === 'weekday' && /^,\s*$/.test(part.value) ? ' ' : part.value))
    .join('');
  return { iso: local.toISODate() ?? '', text };
}

/**
 * Labels a relative time by the interval it resolved to and what bounds it:
 * "Between Monday 11 November 2019, 22:17 and Tuesday 12 November 2019, 10:17 (less than
 * 12 hours before Sookoo's email)". `describe` names an anchor; `on` is the label of `on`.
 */
export function relativeLabel(
  interval: Interval,
  when: RelativeWhen,
  context: TimeContext,
  describe: (key: string) => string,
  on?: LabelParts,
): string {
  const bounds: string[] = [];
  const within = when.within ? `less than ${formatDuration(when.within)} ` : '';
  if (when.after !== undefined) bounds.push(`${within}after ${describe(when.after)}`);
  if (when.before !== undefined) bounds.push(`${within}before ${describe(when.before)}`);
  const narrowed = on && when.on ? `, ${onPreposition(when.on)} ${on.text}` : '';
  return `${spanText(interval, context)} (${bounds.join(' and ')}${narrowed})`;
}

function onPreposition(time: CalendarTime): string {
  if (time.form === 'minute') return 'at';
  if (time.form === 'year' || time.form === 'month') return 'in';
  return 'on';
}
