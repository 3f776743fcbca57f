/**
 * The grammar of a single calendar time (PRODUCT.md §4): a year, a month, a day, a part of a
 * day or a minute, written as text — or as the number or `Date` YAML turns some of them into.
 * Syntax and calendar checks only; turning the result into instants needs a time zone
 * (see `absolute.ts`).
 */
import { DateTime } from 'luxon';
import type { FieldPath } from '../types.ts';
import { isPartOfDay, PART_OF_DAY_WORDS, type PartOfDay } from './parts-of-day.ts';
import { problem, showValue, type Problem } from './problem.ts';
import { nearest } from '../suggest.ts';

interface Written {
  /** The value as the author wrote it, for messages. */
  text: string;
  /** Where it sits inside the field's value. */
  path: FieldPath;
}

/** A calendar day. Months and days count from 1. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A time named on the calendar, not yet placed in a time zone. */
export type CalendarTime = Written &
  (
    | { form: 'year'; year: number }
    | { form: 'month'; year: number; month: number }
    | ({ form: 'day' } & CalendarDate)
    | ({ form: 'part-of-day'; part: PartOfDay } & CalendarDate)
    | ({
        form: 'minute';
        hour: number;
        minute: number;
        /** Minutes east of UTC when the author wrote an offset (`Z`, `+01:00`); else the case's zone applies. */
        offset?: number;
      } & CalendarDate)
  );

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PART = /^(\d{4})-(\d{2})-(\d{2}) (.+)$/;
const MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const WITH_SECONDS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):\d{2}/;
const CLOCK = /^\d{1,2}:\d{2}/;

/** The forms, as a hint for text Casebook cannot read. */
export const FORMS_HINT =
  'write a year (`2016`), a month (`2019-10`), a day (`2019-11-12`), a part of a day ' +
  '(`2019-11-11 afternoon`) or a minute (`2019-11-12T07:30`)';

/**
 * Parses one calendar time. Accepts text in the grammar, a whole-number year (YAML reads
 * `2016` as a number) and a `Date` at exactly midnight UTC (YAML 1.1 reads `2019-11-12` as one).
 * A `Date` with a time of day is refused: the grammar has no seconds, and `YYYY-MM-DDTHH:MM`
 * stays text in YAML.
 */
export function parseCalendarTime(value: unknown, path: FieldPath): CalendarTime | Problem {
  if (typeof value === 'number') return parseYearNumber(value, path);
  if (value instanceof Date) return parseDate(value, path);
  if (typeof value !== 'string') {
    return problem('unsupported-time', path, `${showValue(value)} is not a time`, FORMS_HINT);
  }
  return parseText(value.trim().replace(/\s+/g, ' '), path);
}

function parseYearNumber(value: number, path: FieldPath): CalendarTime | Problem {
  if (Number.isInteger(value) && value >= 1000 && value <= 9999) {
    return { form: 'year', year: value, text: String(value), path };
  }
  return problem('unsupported-time', path, `\`${value}\` is not a year`, 'write a year as four digits, e.g. `2016`');
}

function parseDate(value: Date, path: FieldPath): CalendarTime | Problem {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return problem('unsupported-time', path, 'the date is not valid', FORMS_HINT);
  const utc = DateTime.fromMillis(ms, { zone: 'utc' });
  if (!utc.equals(utc.startOf('day'))) {
    return problem(
      'unsupported-time',
      path,
      `\`${value.toISOString()}\` has seconds, which times in Casebook do not`,
      `write the minute as \`YYYY-MM-DDTHH:MM\`, e.g. \`${utc.toFormat("yyyy-MM-dd'T'HH:mm")}+00:00\``,
    );
  }
  // Years written as text have four digits; a YAML date may have any year, and one at the end
  // of JavaScript's dates has no next day to end on (it used to crash the resolver).
  if (utc.year < 0 || utc.year > 9999) {
    return problem('unsupported-time', path, `\`${value.toISOString()}\` is outside the years 0000 to 9999`, 'write a day as `YYYY-MM-DD`, e.g. `2019-11-12`');
  }
  const date = { year: utc.year, month: utc.month, day: utc.day };
  return { form: 'day', ...date, text: utc.toISODate() ?? '', path };
}

function parseText(text: string, path: FieldPath): CalendarTime | Problem {
  let match: RegExpExecArray | null;
  if ((match = YEAR.exec(text))) {
    return { form: 'year', year: Number(match[1]), text, path };
  }
  if ((match = MONTH.exec(text))) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    return checkMonth(month, text, path) ?? { form: 'month', year, month, text, path };
  }
  if ((match = DAY.exec(text))) {
    const date = dateOf(match);
    return checkDate(date, text, path) ?? { form: 'day', ...date, text, path };
  }
  if ((match = MINUTE.exec(text))) return parseMinute(match, text, path);
  if ((match = PART.exec(text))) return parsePart(match, text, path);
  if ((match = WITH_SECONDS.exec(text))) {
    return problem(
      'unsupported-time',
      path,
      `\`${text}\` has seconds, which times in Casebook do not`,
      `write the minute: \`${match[1]}\``,
    );
  }
  return problem('unsupported-time', path, `\`${text}\` is not a time Casebook understands`, FORMS_HINT);
}

function parseMinute(match: RegExpExecArray, text: string, path: FieldPath): CalendarTime | Problem {
  const date = dateOf(match);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const invalid =
    checkDate(date, text, path) ??
    (hour > 23
      ? problem('impossible-date', path, `\`${text}\` is not a time: hour ${hour} does not exist`, 'hours run from `00` to `23`')
      : minute > 59
        ? problem('impossible-date', path, `\`${text}\` is not a time: minute ${minute} does not exist`, 'minutes run from `00` to `59`')
        : undefined);
  if (invalid) return invalid;
  const zone = match[6];
  if (zone === undefined) return { form: 'minute', ...date, hour, minute, text, path };
  const offset = parseOffset(zone);
  if (offset === undefined) {
    return problem(
      'impossible-date',
      path,
      `\`${zone}\` in \`${text}\` is not a UTC offset`,
      'offsets run from `-14:00` to `+14:00`, e.g. `+01:00` or `Z` for UTC',
    );
  }
  return { form: 'minute', ...date, hour, minute, offset, text, path };
}

function parsePart(match: RegExpExecArray, text: string, path: FieldPath): CalendarTime | Problem {
  const date = dateOf(match);
  const invalid = checkDate(date, text, path);
  if (invalid) return invalid;
  const word = (match[4] ?? '').toLowerCase();
  if (isPartOfDay(word)) return { form: 'part-of-day', ...date, part: word, text, path };
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const clock = CLOCK.exec(word);
  if (clock) {
    return problem(
      'unsupported-time',
      path,
      `\`${text}\` puts a space between the day and the time`,
      `join them with \`T\` and write the hour with two digits: \`${day}T${clock[0].padStart(5, '0')}\``,
    );
  }
  const guess = nearest(word, PART_OF_DAY_WORDS);
  const list = PART_OF_DAY_WORDS.map((w) => `\`${w}\``).join(', ');
  return problem(
    'unknown-part-of-day',
    path,
    `\`${word}\` in \`${text}\` is not a part of the day`,
    `${guess ? `did you mean \`${day} ${guess}\`? ` : ''}The parts of the day are ${list}.`,
  );
}

function dateOf(match: RegExpExecArray): CalendarDate {
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function checkMonth(month: number, text: string, path: FieldPath): Problem | undefined {
  if (month >= 1 && month <= 12) return undefined;
  return problem(
    'impossible-date',
    path,
    `\`${text}\` is not a date: month ${month} does not exist`,
    'months run from `01` to `12`',
  );
}

function checkDate({ year, month, day }: CalendarDate, text: string, path: FieldPath): Problem | undefined {
  const badMonth = checkMonth(month, text, path);
  if (badMonth) return badMonth;
  const first = DateTime.utc(year, month, 1).setLocale('en-GB');
  const days = first.daysInMonth ?? 31;
  if (day >= 1 && day <= days) return undefined;
  if (day < 1) {
    return problem('impossible-date', path, `\`${text}\` is not a date: day ${day} does not exist`, 'days count from `01`');
  }
  return problem(
    'impossible-date',
    path,
    `\`${text}\` is not a date: ${first.toFormat('LLLL yyyy')} has ${days} days`,
    `days in ${first.toFormat('LLLL yyyy')} run from \`01\` to \`${days}\``,
  );
}

/** `Z`, `+01:00`, `-05:30` → minutes east of UTC; undefined when out of range. */
function parseOffset(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
  return sign * (hours * 60 + minutes);
}
