/**
 * Ticks worked out in advance. The server writes, for the windows a page opens on, every level's
 * ticks over each window into the page; the browser draws its first axes from them. Reading a
 * time zone or a label through `Intl` the first time loads the browser's locale data, tens of
 * milliseconds (four times that on a phone) that the page would otherwise spend just as it opens.
 */
import type { AxisTicks, Window } from './types.ts';

/** One level's ticks over a span: every tick of the level in `[start, end)`, and the context row's from the one before `start`. */
export interface TickSpan extends AxisTicks {
  start: number;
  end: number;
}

const known = new Map<string, TickSpan[]>();

const keyOf = (level: string, zone: string, locale: string) => `${level}|${zone}|${locale}`;

/** Keeps `spans`, worked out for `zone` and `locale`, for `knownTicks` to find. */
export function rememberTicks(spans: readonly TickSpan[], zone: string, locale: string): void {
  for (const span of spans) {
    const key = keyOf(span.level, zone, locale);
    known.set(key, [...(known.get(key) ?? []), span]);
  }
}

/** The ticks of `level` over `window` from a span kept by `rememberTicks` that holds it, if any. */
export function knownTicks(level: string, window: Window, zone: string, locale: string): AxisTicks | undefined {
  const span = known.get(keyOf(level, zone, locale))?.find((each) => each.start <= window.start && window.end <= each.end);
  return span && ticksWithin(span, window);
}

/**
 * The ticks of `span`'s level over `window`, inside the span, as `axisTicks` works them out: the
 * minor ticks in the window, and the context row from the last unit begun at the window's start.
 * Times are whole milliseconds, as a `Date` truncates them.
 */
export function ticksWithin(span: TickSpan, window: Window): AxisTicks {
  const start = +new Date(window.start);
  const end = +new Date(window.end);
  const minor = span.minor.filter((tick) => tick.time >= start && tick.time < end);
  const first = span.major.findLastIndex((tick) => tick.time <= start);
  const major = first === -1 ? [] : span.major.slice(first).filter((tick, i) => i === 0 || tick.time < end);
  return { level: span.level, minor, major };
}
