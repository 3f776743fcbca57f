import { describe, expect, it } from 'vitest';
import { resolveAbsolute, resolveTimes, type TimedItem } from '../../../src/model/time/index.ts';

const context = { timezone: 'Europe/London', locale: 'en-GB' };
const locate: TimedItem['locate'] = (path) => ({ line: path.length, column: 1 });

function resolve(when: unknown) {
  const { times, diagnostics } = resolveTimes([{ key: 'x', file: 'cases/demo/x.md', when, locate }], context);
  expect(diagnostics).toEqual([]);
  return times.get('x');
}

describe('calendar times in Europe/London', () => {
  it.each([
    ['2019-11-12', Date.UTC(2019, 10, 12), Date.UTC(2019, 10, 13), 'day', 'Tuesday 12 November 2019'],
    ['2019-07-01', Date.UTC(2019, 5, 30, 23), Date.UTC(2019, 6, 1, 23), 'day', 'Monday 1 July 2019'],
    ['2019-11-12T07:30', Date.UTC(2019, 10, 12, 7, 30), Date.UTC(2019, 10, 12, 7, 31), 'minute', 'Tuesday 12 November 2019, 07:30'],
    ['2019-07-01T07:30', Date.UTC(2019, 6, 1, 6, 30), Date.UTC(2019, 6, 1, 6, 31), 'minute', 'Monday 1 July 2019, 07:30'],
    ['2019-11-12T00:00', Date.UTC(2019, 10, 12), Date.UTC(2019, 10, 12, 0, 1), 'minute', 'Tuesday 12 November 2019, 00:00'],
    ['2019-11-12T23:59', Date.UTC(2019, 10, 12, 23, 59), Date.UTC(2019, 10, 13), 'minute', 'Tuesday 12 November 2019, 23:59'],
    ['2019-11-11 afternoon', Date.UTC(2019, 10, 11, 12), Date.UTC(2019, 10, 11, 18), 'part-of-day', 'Monday 11 November 2019, afternoon'],
    ['2019-11-12 early morning', Date.UTC(2019, 10, 12, 6), Date.UTC(2019, 10, 12, 9), 'part-of-day', 'Tuesday 12 November 2019, early morning'],
    ['2019-07-01 evening', Date.UTC(2019, 6, 1, 17), Date.UTC(2019, 6, 1, 23), 'part-of-day', 'Monday 1 July 2019, evening'],
    ['2019-10', Date.UTC(2019, 8, 30, 23), Date.UTC(2019, 10, 1), 'month', 'October 2019'],
    ['2019-12', Date.UTC(2019, 11, 1), Date.UTC(2020, 0, 1), 'month', 'December 2019'],
    ['2016', Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), 'year', '2016'],
    ['2020-02-29', Date.UTC(2020, 1, 29), Date.UTC(2020, 2, 1), 'day', 'Saturday 29 February 2020'],
  ])('%s → [%i, %i) %s "%s"', (when, start, end, precision, label) => {
    expect(resolve(when)).toEqual({ start, end, precision, label });
  });
});

describe('parts of the day on Monday 11 November 2019 (GMT, so local hours are UTC hours)', () => {
  it.each([
    ['night', 0, 6],
    ['early night', 0, 3],
    ['late night', 3, 6],
    ['morning', 6, 12],
    ['early morning', 6, 9],
    ['late morning', 9, 12],
    ['afternoon', 12, 18],
    ['early afternoon', 12, 15],
    ['late afternoon', 15, 18],
    ['evening', 18, 24],
    ['early evening', 18, 21],
    ['late evening', 21, 24],
  ])('%s is %i:00–%i:00', (part, from, to) => {
    expect(resolve(`2019-11-11 ${part}`)).toEqual({
      start: Date.UTC(2019, 10, 11, from),
      end: Date.UTC(2019, 10, 11, to),
      precision: 'part-of-day',
      label: `Monday 11 November 2019, ${part}`,
    });
  });

  it('reads the words whatever their case and spacing', () => {
    expect(resolve('  2019-11-11   Early   Morning ')).toMatchObject({
      start: Date.UTC(2019, 10, 11, 6),
      end: Date.UTC(2019, 10, 11, 9),
      label: 'Monday 11 November 2019, early morning',
    });
  });
});

describe('explicit offsets are honoured and shown on the case clock', () => {
  it.each([
    ['2019-11-12T07:30+00:00', Date.UTC(2019, 10, 12, 7, 30), 'Tuesday 12 November 2019, 07:30'],
    ['2019-11-12T07:30Z', Date.UTC(2019, 10, 12, 7, 30), 'Tuesday 12 November 2019, 07:30'],
    ['2019-11-12T07:30+01:00', Date.UTC(2019, 10, 12, 6, 30), 'Tuesday 12 November 2019, 06:30'],
    ['2019-11-12T07:30-05:30', Date.UTC(2019, 10, 12, 13), 'Tuesday 12 November 2019, 13:00'],
    ['2019-11-12T23:30-05:00', Date.UTC(2019, 10, 13, 4, 30), 'Wednesday 13 November 2019, 04:30'],
    ['2019-07-01T07:30+00:00', Date.UTC(2019, 6, 1, 7, 30), 'Monday 1 July 2019, 08:30'],
  ])('%s', (when, start, label) => {
    expect(resolve(when)).toEqual({ start, end: start + 60_000, precision: 'minute', label });
  });
});

describe('values YAML has already converted', () => {
  it.each([
    ['the number 2016', 2016, Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), 'year', '2016'],
    ['a Date at midnight UTC', new Date(Date.UTC(2019, 10, 12)), Date.UTC(2019, 10, 12), Date.UTC(2019, 10, 13), 'day', 'Tuesday 12 November 2019'],
    ['a summer Date at midnight UTC', new Date(Date.UTC(2019, 6, 1)), Date.UTC(2019, 5, 30, 23), Date.UTC(2019, 6, 1, 23), 'day', 'Monday 1 July 2019'],
  ])('%s', (_, when, start, end, precision, label) => {
    expect(resolve(when)).toEqual({ start, end, precision, label });
  });
});

describe('ranges run from the start of `from` to the end of `to`', () => {
  it.each([
    [
      { from: '2019-11-11 evening', to: '2019-11-12 early morning' },
      Date.UTC(2019, 10, 11, 18),
      Date.UTC(2019, 10, 12, 9),
      'Monday 11 November 2019, evening – Tuesday 12 November 2019, early morning',
    ],
    [
      { from: '2019-11-11 evening', to: '2019-11-11T22:00' },
      Date.UTC(2019, 10, 11, 18),
      Date.UTC(2019, 10, 11, 22, 1),
      'Monday 11 November 2019, evening – 22:00',
    ],
    [
      { from: '2019-11-11T18:00', to: '2019-11-11T22:00' },
      Date.UTC(2019, 10, 11, 18),
      Date.UTC(2019, 10, 11, 22, 1),
      'Monday 11 November 2019, 18:00 – 22:00',
    ],
    [
      { from: '2019-11-11', to: '2019-11-12' },
      Date.UTC(2019, 10, 11),
      Date.UTC(2019, 10, 13),
      'Monday 11 November 2019 – Tuesday 12 November 2019',
    ],
    [{ from: '2019-11-11', to: '2019-11-11' }, Date.UTC(2019, 10, 11), Date.UTC(2019, 10, 12), 'Monday 11 November 2019'],
    [
      { from: '2019-11-11 evening', to: '2019-11-11' },
      Date.UTC(2019, 10, 11, 18),
      Date.UTC(2019, 10, 12),
      'Monday 11 November 2019, evening – Monday 11 November 2019',
    ],
    [{ from: '2019-10', to: 2020 }, Date.UTC(2019, 8, 30, 23), Date.UTC(2021, 0, 1), 'October 2019 – 2020'],
    [
      { from: new Date(Date.UTC(2019, 10, 1)), to: new Date(Date.UTC(2019, 10, 30)) },
      Date.UTC(2019, 10, 1),
      Date.UTC(2019, 11, 1),
      'Friday 1 November 2019 – Saturday 30 November 2019',
    ],
    [
      { from: '2019-11-12T10:00', to: '2019-11-12' },
      Date.UTC(2019, 10, 12, 10),
      Date.UTC(2019, 10, 13),
      'Tuesday 12 November 2019, 10:00 – Tuesday 12 November 2019',
    ],
  ])('%o', (when, start, end, label) => {
    expect(resolve(when)).toEqual({ start, end, precision: 'range', label });
  });
});

describe('resolveAbsolute', () => {
  const at = { file: 'cases/demo/index.md', field: 'period', locate };

  it.each([
    ['a range', { from: '2019-11-01', to: '2019-11-30' }, Date.UTC(2019, 10, 1), Date.UTC(2019, 11, 1), 'range'],
    ['a day', '2019-11-12', Date.UTC(2019, 10, 12), Date.UTC(2019, 10, 13), 'day'],
    ['a year number', 2016, Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), 'year'],
    ['a minute', '2019-11-12T07:30', Date.UTC(2019, 10, 12, 7, 30), Date.UTC(2019, 10, 12, 7, 31), 'minute'],
  ])('resolves %s', (_, value, start, end, precision) => {
    expect(resolveAbsolute(value, context, at)).toMatchObject({ start, end, precision });
  });

  it('returns the first problem as a diagnostic, at the field it was given', () => {
    expect(resolveAbsolute({ from: '2019-11-12', to: '2019-13-01' }, context, at)).toEqual({
      severity: 'error',
      code: 'impossible-date',
      file: 'cases/demo/index.md',
      position: { line: 2, column: 1 },
      message: '`period.to`: `2019-13-01` is not a date: month 13 does not exist',
      hint: 'months run from `01` to `12`',
    });
  });

  it.each([[{ before: 'sookoo-email', within: '12h' }], [{ after: 'x', on: '2019-11-11' }]])(
    'refuses relative times: %o',
    (value) => {
      expect(resolveAbsolute(value, context, { ...at, field: 'end' })).toMatchObject({
        code: 'relative-not-allowed',
        file: 'cases/demo/index.md',
        message: '`end`: this time cannot be relative to other items',
        position: { line: 1, column: 1 },
      });
    },
  );
});
