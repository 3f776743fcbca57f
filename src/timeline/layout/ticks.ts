/**
 * Axis ticks that read naturally at every zoom: hours, parts of the day, days, weeks, months,
 * years — at the case's own midnights, labelled by `Intl` in the case's locale. A coarser context
 * row (the day above its hours, the month above its days) keeps the reader oriented.
 */
import { zonedInterval, type Unit } from './intervals.ts';
import { knownTicks, type TickSpan } from './known-ticks.ts';
import type { AxisTicks, Tick, Window } from './types.ts';
import { wallTime } from './zone.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Format = Intl.DateTimeFormatOptions | 'part-of-day';

interface Level {
  name: string;
  unit: Unit;
  step: number;
  /** Typical length of one step, to choose a level. */
  approx: number;
  /** Least room a label of this level needs, in pixels. */
  minPx: number;
  format: Format;
  /** The context row: its unit and label format. */
  major?: { unit: Unit; format: Intl.DateTimeFormatOptions };
}

const dayContext = { unit: 'day', format: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } } as const;
const monthContext = { unit: 'month', format: { month: 'long', year: 'numeric' } } as const;
const yearContext = { unit: 'year', format: { year: 'numeric' } } as const;
const clock: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** The levels, finest first. */
export const TICK_LEVELS: readonly Level[] = [
  { name: 'hour', unit: 'hour', step: 1, approx: HOUR, minPx: 48, format: clock, major: dayContext },
  { name: '3 hours', unit: 'hour', step: 3, approx: 3 * HOUR, minPx: 90, format: clock, major: dayContext },
  { name: 'part-of-day', unit: 'hour', step: 6, approx: 6 * HOUR, minPx: 64, format: 'part-of-day', major: dayContext },
  { name: 'day', unit: 'day', step: 1, approx: DAY, minPx: 56, format: { weekday: 'short', day: 'numeric' }, major: monthContext },
  { name: 'week', unit: 'day', step: 7, approx: 7 * DAY, minPx: 30, format: { day: 'numeric' }, major: monthContext },
  { name: 'month', unit: 'month', step: 1, approx: 30.5 * DAY, minPx: 40, format: { month: 'short' }, major: yearContext },
  { name: 'quarter', unit: 'month', step: 3, approx: 91 * DAY, minPx: 40, format: { month: 'short' }, major: yearContext },
  { name: 'year', unit: 'year', step: 1, approx: 365 * DAY, minPx: 44, format: { year: 'numeric' } },
  { name: '5 years', unit: 'year', step: 5, approx: 5 * 365 * DAY, minPx: 44, format: { year: 'numeric' } },
  { name: 'decade', unit: 'year', step: 10, approx: 10 * 365 * DAY, minPx: 44, format: { year: 'numeric' } },
  { name: 'century', unit: 'year', step: 100, approx: 100 * 365 * DAY, minPx: 44, format: { year: 'numeric' } },
];

/** The parts of the day an axis names (PRODUCT.md §4), by the local hour they start at. */
const PARTS: Readonly<Record<number, string>> = { 0: 'night', 6: 'morning', 12: 'afternoon', 18: 'evening' };

/** The finest level whose labels get enough room at `msPerPx` milliseconds per pixel. */
export function tickLevel(msPerPx: number): Level {
  return TICK_LEVELS.find((level) => level.approx / msPerPx >= level.minPx) ?? TICK_LEVELS[TICK_LEVELS.length - 1]!;
}

/**
 * The ticks of a window `width` pixels wide, in `zone`, labelled in `locale`. The context row
 * also holds the unit that began before the window (its label is the one to keep in view).
 */
export function axisTicks(window: Window, width: number, zone: string, locale: string): AxisTicks {
  const level = tickLevel((window.end - window.start) / Math.max(width, 1));
  return knownTicks(level.name, window, zone, locale) ?? levelTicks(window, level, zone, locale);
}

/**
 * The widths, in pixels, a page's first axes are worked out for: the browser draws a timeline
 * 240 px wide at least, and works out the axes of one wider than 1,600 px itself.
 */
export const DRAWN_WIDTHS = { min: 240, max: 1600 } as const;

/**
 * Every level's ticks over `window` that `axisTicks` chooses at some width in `widths`, for a
 * page to draw its first axes from (`rememberTicks`). Each span reaches one tick step either
 * side, so a window a rounding error off still falls within it.
 */
export function tickSpans(window: Window, zone: string, locale: string, widths: { min: number; max: number } = DRAWN_WIDTHS): TickSpan[] {
  const span = window.end - window.start;
  const finest = TICK_LEVELS.indexOf(tickLevel(span / widths.max));
  const coarsest = TICK_LEVELS.indexOf(tickLevel(span / widths.min));
  return TICK_LEVELS.slice(finest, coarsest + 1).map((level) => {
    const wide = { start: window.start - level.approx, end: window.end + level.approx };
    return { ...wide, ...levelTicks(wide, level, zone, locale) };
  });
}

function levelTicks(window: Window, level: Level, zone: string, locale: string): AxisTicks {
  const interval = zonedInterval(level.unit, level.step, zone);
  const minor = interval.range(new Date(window.start), new Date(window.end)).map((date) => tick(+date, level.format, zone, locale));
  if (!level.major) return { level: level.name, minor, major: [] };
  const { unit, format } = level.major;
  const coarse = zonedInterval(unit, 1, zone);
  const first = +coarse.floor(new Date(window.start));
  const major = [first, ...coarse.range(new Date(first + 1), new Date(window.end)).map(Number)].map((time) =>
    tick(time, format, zone, locale),
  );
  return { level: level.name, minor, major };
}

const formats = new Map<string, Intl.DateTimeFormat>();
const labels = new Map<string, string>();

function tick(time: number, format: Format, zone: string, locale: string): Tick {
  if (format === 'part-of-day') return { time, label: PARTS[wallTime(time, zone).hour] ?? '' };
  const key = `${locale}|${zone}|${JSON.stringify(format)}`;
  const labelKey = `${key}|${time}`;
  const known = labels.get(labelKey);
  if (known !== undefined) return { time, label: known };
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...format, timeZone: zone });
    formats.set(key, formatter);
  }
  if (labels.size > 20_000) labels.clear();
  const label = withoutWeekdayComma(formatter.formatToParts(time));
  labels.set(labelKey, label);
  return { time, label };
}

/** "Tuesday 12 November 2019", not "Tuesday, 12 November 2019" (as the model's labels read). */
function withoutWeekdayComma(parts: Intl.DateTimeFormatPart[]): string {
  return parts
    .map((part, i) => (part.type === 'literal' && parts[i - 1]?.type === 'weekday' && /^,\s*$/.test(part.value) ? ' ' : part.value))
    .join('');
}
