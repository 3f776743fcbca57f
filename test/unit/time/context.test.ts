import { describe, expect, it } from 'vitest';
import { parseDuration, formatDuration } from '../../../src/model/time/duration.ts';
import { checkTimeZone, isValidTimeZone, resolveTimes, type TimedItem } from '../../../src/model/time/index.ts';

const locate: TimedItem['locate'] = (path) => ({ line: path.length, column: 1 });

function resolveIn(timezone: string, locale: string, when: unknown) {
  const { times, diagnostics } = resolveTimes([{ key: 'x', file: 'x.md', when, locate }], { timezone, locale });
  expect(diagnostics).toEqual([]);
  return times.get('x')!;
}

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/London', true],
    ['America/New_York', true],
    ['Asia/Kolkata', true],
    ['UTC', true],
    ['Europe/Lundon', false],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['  ', false],
  ])('%j → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe('checkTimeZone', () => {
  const at = { file: 'cases/demo/index.md', field: 'timezone', locate };

  it('accepts a valid zone', () => {
    expect(checkTimeZone('Europe/London', at)).toBeUndefined();
  });

  it.each([
    ['Europe/Lundon', '`Europe/Lundon` is not a time zone', 'did you mean `Europe/London`?'],
    ['America/NewYork', '`America/NewYork` is not a time zone', 'did you mean `America/New_York`?'],
    ['GMT+1 please', '`GMT+1 please` is not a time zone', 'write an IANA time zone name'],
    [42, 'this value is not a time zone', 'write an IANA time zone name, e.g. `Europe/London`'],
  ])('%j', (zone, message, hint) => {
    expect(checkTimeZone(zone, at)).toEqual({
      severity: 'error',
      code: 'unknown-timezone',
      file: 'cases/demo/index.md',
      position: { line: 1, column: 1 },
      message: `\`timezone\`: ${message}`,
      hint: expect.stringContaining(hint),
    });
  });
});

describe('the case context', () => {
  it.each([
    ['America/New_York', '2019-11-12', Date.UTC(2019, 10, 12, 5), Date.UTC(2019, 10, 13, 5)],
    ['Asia/Kolkata', '2019-11-12T07:30', Date.UTC(2019, 10, 12, 2), Date.UTC(2019, 10, 12, 2, 1)],
    ['Australia/Sydney', '2019-11-12 morning', Date.UTC(2019, 10, 11, 19), Date.UTC(2019, 10, 12, 1)],
  ])('places times in %s', (zone, when, start, end) => {
    expect(resolveIn(zone, 'en-GB', when)).toMatchObject({ start, end });
  });

  it('computes in UTC, without complaint, when the zone is invalid (the caller reports it)', () => {
    expect(resolveIn('Europe/Lundon', 'en-GB', '2019-07-01')).toMatchObject({
      start: Date.UTC(2019, 6, 1),
      end: Date.UTC(2019, 6, 2),
    });
  });

  it.each([
    ['de-DE', '2019-11-12', 'Dienstag 12. November 2019'],
    ['de-DE', '2019-11-12 early morning', 'Dienstag 12. November 2019, early morning'],
    ['de-DE', '2019-10', 'Oktober 2019'],
    ['fr-FR', '2019-11-12T07:30', 'mardi 12 novembre 2019, 07:30'],
    ['en-US', '2019-11-12', 'Tuesday November 12, 2019'],
    ['en-US', '2019-11-12T19:30', 'Tuesday November 12, 2019, 07:30 PM'],
    ['en_GB', '2019-11-12', 'Tuesday 12 November 2019'],
  ])('labels in %s: %s → %s', (locale, when, label) => {
    expect(resolveIn('Europe/London', locale, when).label).toBe(label);
  });
});

describe('durations', () => {
  it.each([
    ['30m', 30 * 60_000, '30 minutes'],
    ['1m', 60_000, '1 minute'],
    ['12h', 12 * 3_600_000, '12 hours'],
    ['1h', 3_600_000, '1 hour'],
    ['2d', 2 * 86_400_000, '2 days'],
    ['1w', 7 * 86_400_000, '1 week'],
    [' 3w ', 21 * 86_400_000, '3 weeks'],
  ])('%j is %i ms, "%s"', (text, ms, words) => {
    const duration = parseDuration(text, ['within']);
    expect(duration).toMatchObject({ ms });
    expect(formatDuration(duration as Exclude<typeof duration, { kind: 'problem' }>)).toBe(words);
  });

  it.each(['', '12', '12 h', 'h', '-1h', '1.5h', '12hours', '1y', '0m'])('%j is not a duration', (text) => {
    expect(parseDuration(text, ['within'])).toMatchObject({ kind: 'problem', code: 'bad-duration', path: ['within'] });
  });
});
