import { describe, expect, it } from 'vitest';
import { resolveTimes, type TimedItem } from '../../../src/model/time/index.ts';

// Europe/London, 2019: clocks went forward on 31 March at 01:00 GMT (to 02:00 BST) and back on
// 27 October at 02:00 BST (to 01:00 GMT).
const context = { timezone: 'Europe/London', locale: 'en-GB' };
const locate: TimedItem['locate'] = (path) => ({ line: path.length, column: 1 });
const H = 3_600_000;

function resolve(when: unknown) {
  return resolveTimes([{ key: 'x', file: 'cases/demo/x.md', when, locate }], context);
}

function time(when: unknown) {
  const { times, diagnostics } = resolve(when);
  expect(diagnostics).toEqual([]);
  return times.get('x')!;
}

describe('day lengths', () => {
  it.each([
    ['2019-03-31', Date.UTC(2019, 2, 31, 0), Date.UTC(2019, 2, 31, 23), 23],
    ['2019-10-27', Date.UTC(2019, 9, 26, 23), Date.UTC(2019, 9, 28, 0), 25],
    ['2019-11-12', Date.UTC(2019, 10, 12), Date.UTC(2019, 10, 13), 24],
    ['2019-07-01', Date.UTC(2019, 5, 30, 23), Date.UTC(2019, 6, 1, 23), 24],
  ])('%s is [%i, %i), %i hours', (when, start, end, hours) => {
    const resolved = time(when);
    expect(resolved).toMatchObject({ start, end, precision: 'day' });
    expect((resolved.end - resolved.start) / H).toBe(hours);
  });

  it.each([
    ['2019-03', Date.UTC(2019, 2, 1), Date.UTC(2019, 2, 31, 23), 31 * 24 - 1],
    ['2019-10', Date.UTC(2019, 8, 30, 23), Date.UTC(2019, 10, 1), 31 * 24 + 1],
  ])('the month %s is [%i, %i), %i hours', (when, start, end, hours) => {
    const resolved = time(when);
    expect(resolved).toMatchObject({ start, end, precision: 'month' });
    expect((resolved.end - resolved.start) / H).toBe(hours);
  });
});

describe('parts of the day across the change', () => {
  it.each([
    // 31 March: 00:00 GMT is 00:00Z; 03:00 BST is 02:00Z; 06:00 BST is 05:00Z.
    ['2019-03-31 night', Date.UTC(2019, 2, 31, 0), Date.UTC(2019, 2, 31, 5), 5],
    ['2019-03-31 early night', Date.UTC(2019, 2, 31, 0), Date.UTC(2019, 2, 31, 2), 2],
    ['2019-03-31 late night', Date.UTC(2019, 2, 31, 2), Date.UTC(2019, 2, 31, 5), 3],
    ['2019-03-31 morning', Date.UTC(2019, 2, 31, 5), Date.UTC(2019, 2, 31, 11), 6],
    ['2019-03-31 evening', Date.UTC(2019, 2, 31, 17), Date.UTC(2019, 2, 31, 23), 6],
    ['2019-03-30 late evening', Date.UTC(2019, 2, 30, 21), Date.UTC(2019, 2, 31, 0), 3],
    // 27 October: 00:00 BST is 26 Oct 23:00Z; 03:00 GMT is 03:00Z; 06:00 GMT is 06:00Z.
    ['2019-10-27 night', Date.UTC(2019, 9, 26, 23), Date.UTC(2019, 9, 27, 6), 7],
    ['2019-10-27 early night', Date.UTC(2019, 9, 26, 23), Date.UTC(2019, 9, 27, 3), 4],
    ['2019-10-27 late night', Date.UTC(2019, 9, 27, 3), Date.UTC(2019, 9, 27, 6), 3],
    ['2019-10-27 morning', Date.UTC(2019, 9, 27, 6), Date.UTC(2019, 9, 27, 12), 6],
    ['2019-10-26 late evening', Date.UTC(2019, 9, 26, 20), Date.UTC(2019, 9, 26, 23), 3],
  ])('%s is [%i, %i), %i hours', (when, start, end, hours) => {
    const resolved = time(when);
    expect(resolved).toMatchObject({ start, end, precision: 'part-of-day' });
    expect((resolved.end - resolved.start) / H).toBe(hours);
  });

  it('a range across the night the clocks went back counts the repeated hour', () => {
    const resolved = time({ from: '2019-10-26 late evening', to: '2019-10-27 early night' });
    expect(resolved).toMatchObject({ start: Date.UTC(2019, 9, 26, 20), end: Date.UTC(2019, 9, 27, 3) });
    expect((resolved.end - resolved.start) / H).toBe(7);
  });
});

describe('minutes around the change', () => {
  it.each([
    ['2019-03-31T00:59', Date.UTC(2019, 2, 31, 0, 59), 'Sunday 31 March 2019, 00:59'],
    ['2019-03-31T02:00', Date.UTC(2019, 2, 31, 1, 0), 'Sunday 31 March 2019, 02:00'],
    ['2019-10-27T00:59', Date.UTC(2019, 9, 26, 23, 59), 'Sunday 27 October 2019, 00:59'],
    // The repeated hour: the earlier, BST, instance.
    ['2019-10-27T01:00', Date.UTC(2019, 9, 27, 0, 0), 'Sunday 27 October 2019, 01:00'],
    ['2019-10-27T01:30', Date.UTC(2019, 9, 27, 0, 30), 'Sunday 27 October 2019, 01:30'],
    ['2019-10-27T01:59', Date.UTC(2019, 9, 27, 0, 59), 'Sunday 27 October 2019, 01:59'],
    // The later, GMT, instance needs an explicit offset.
    ['2019-10-27T01:30+00:00', Date.UTC(2019, 9, 27, 1, 30), 'Sunday 27 October 2019, 01:30'],
    ['2019-10-27T02:00', Date.UTC(2019, 9, 27, 2, 0), 'Sunday 27 October 2019, 02:00'],
  ])('%s is %i', (when, start, label) => {
    expect(time(when)).toEqual({ start, end: start + 60_000, precision: 'minute', label });
  });

  it.each(['2019-03-31T01:00', '2019-03-31T01:30', '2019-03-31T01:59'])(
    '%s, which no clock showed, is an error',
    (when) => {
      const { times, diagnostics } = resolve(when);
      expect(times.size).toBe(0);
      expect(diagnostics).toEqual([
        {
          severity: 'error',
          code: 'nonexistent-time',
          file: 'cases/demo/x.md',
          position: { line: 1, column: 1 },
          message: `\`when\`: \`${when}\` never showed on clocks in \`Europe/London\`: they went forward over it for daylight saving`,
          hint: `check the time; if the source gives it in the old offset, write \`${when}+00:00\``,
        },
      ]);
    },
  );

  it('relative days are 24 elapsed hours, even across the change', () => {
    const { times } = resolveTimes(
      [
        { key: 'a', file: 'a.md', when: '2019-10-26T12:00', locate },
        { key: 'b', file: 'b.md', when: { after: 'a', within: '1d' }, locate },
      ],
      context,
    );
    expect(times.get('b')).toEqual({
      start: Date.UTC(2019, 9, 26, 11),
      end: Date.UTC(2019, 9, 27, 11, 1),
      precision: 'relative',
      label: 'Between Saturday 26 October 2019, 12:00 and Sunday 27 October 2019, 11:00 (less than 1 day after a)',
    });
  });
});
