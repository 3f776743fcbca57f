/**
 * How long after a statement its source was published, in words, to the precision both are known,
 * with days counted on the calendar of the case's time zone.
 */
import { describe, expect, it } from 'vitest';
import type { Precision, ResolvedTime } from '../../../src/model/time/types.ts';
import { reportingLag } from '../../../src/site/format.ts';

/** A time starting at the UTC instant `iso`, known to `precision`. */
function at(iso: string, precision: Precision): ResolvedTime {
  const start = Date.parse(iso);
  return { start, end: start + 60_000, precision, label: iso };
}

describe('reportingLag', () => {
  it('counts hours between two times known to the minute, up to two days', () => {
    expect(reportingLag(at('2019-11-12T09:10Z', 'minute'), at('2019-11-12T09:30Z', 'minute'), 'Europe/London')).toBe('within the hour');
    expect(reportingLag(at('2019-11-12T09:00Z', 'minute'), at('2019-11-12T14:00Z', 'minute'), 'Europe/London')).toBe('about 5 hours later');
    expect(reportingLag(at('2019-11-12T09:00Z', 'minute'), at('2019-11-15T09:00Z', 'minute'), 'Europe/London')).toBe('3 days later');
  });

  it('counts days on the calendar of the case’s zone, not of UTC', () => {
    // 23:30 UTC on 11 November is already 12 November in Tokyo, as is 01:00 UTC on the 12th.
    expect(reportingLag(at('2019-11-11T23:30Z', 'day'), at('2019-11-12T01:00Z', 'day'), 'Asia/Tokyo')).toBe('the same day');
    expect(reportingLag(at('2019-11-11T23:30Z', 'day'), at('2019-11-12T01:00Z', 'day'), 'Europe/London')).toBe('1 day later');
    // Across the night the clocks went back in London (27 October 2019, a 25-hour day).
    expect(reportingLag(at('2019-10-26T12:00Z', 'part-of-day'), at('2019-10-28T12:00Z', 'day'), 'Europe/London')).toBe('2 days later');
  });

  it('says nothing when either time is too vague, or the source came first', () => {
    expect(reportingLag(at('2019-11-12T09:00Z', 'month'), at('2019-11-20T09:00Z', 'day'), 'Europe/London')).toBeUndefined();
    expect(reportingLag(at('2019-11-12T09:00Z', 'day'), undefined, 'Europe/London')).toBeUndefined();
    expect(reportingLag(at('2019-11-14T09:00Z', 'day'), at('2019-11-12T09:00Z', 'day'), 'Europe/London')).toBeUndefined();
  });
});
