import { describe, expect, it } from 'vitest';
import { resolveTimes, type TimedItem } from '../../../src/model/time/index.ts';

const context = { timezone: 'Europe/London', locale: 'en-GB' };
const locate: TimedItem['locate'] = (path) => ({ line: path.length, column: 1 });
const item = (key: string, when: unknown): TimedItem => ({ key, file: `cases/demo/${key}.md`, when, locate });

/** Anchors shared by the tables below (November: GMT, so local times are UTC). */
const anchors = [
  item('sookoo-email', '2019-11-12T10:17'),
  item('first-attack', '2019-11-11 evening'),
  item('statement', '2019-11-12'),
  item('later', '2019-11-13T09:00'),
  item('week', { from: '2019-11-04', to: '2019-11-10' }),
];

function resolveX(when: unknown, describe?: (key: string) => string) {
  const { times, diagnostics } = resolveTimes([...anchors, item('x', when)], context, describe);
  expect(diagnostics).toEqual([]);
  return times.get('x');
}

describe('relative times', () => {
  it.each([
    [
      'before, within 12h',
      { before: 'sookoo-email', within: '12h' },
      Date.UTC(2019, 10, 11, 22, 17),
      Date.UTC(2019, 10, 12, 10, 18),
      'Between Monday 11 November 2019, 22:17 and Tuesday 12 November 2019, 10:17 (less than 12 hours before sookoo-email)',
    ],
    [
      'after a part of day, within 2d',
      { after: 'first-attack', within: '2d' },
      Date.UTC(2019, 10, 11, 18),
      Date.UTC(2019, 10, 14),
      'Between Monday 11 November 2019, 18:00 and Wednesday 13 November 2019, 23:59 (less than 2 days after first-attack)',
    ],
    [
      'before a day, within 30m',
      { before: 'statement', within: '30m' },
      Date.UTC(2019, 10, 11, 23, 30),
      Date.UTC(2019, 10, 13),
      'Between Monday 11 November 2019, 23:30 and Tuesday 12 November 2019, 23:59 (less than 30 minutes before statement)',
    ],
    [
      'after a range, within 1w',
      { after: 'week', within: '1w' },
      Date.UTC(2019, 10, 4),
      Date.UTC(2019, 10, 18),
      'Between Monday 4 November 2019, 00:00 and Sunday 17 November 2019, 23:59 (less than 1 week after week)',
    ],
    [
      'on a day and before, within (constraints intersect)',
      { on: '2019-11-11', before: 'sookoo-email', within: '12h' },
      Date.UTC(2019, 10, 11, 22, 17),
      Date.UTC(2019, 10, 12),
      'Between Monday 11 November 2019, 22:17 and 23:59 (less than 12 hours before sookoo-email, on Monday 11 November 2019)',
    ],
    [
      'after and before, without within',
      { after: 'first-attack', before: 'sookoo-email' },
      Date.UTC(2019, 10, 11, 18),
      Date.UTC(2019, 10, 12, 10, 18),
      'Between Monday 11 November 2019, 18:00 and Tuesday 12 November 2019, 10:17 (after first-attack and before sookoo-email)',
    ],
    [
      'after and before, both within 1d',
      { after: 'first-attack', before: 'later', within: '1d' },
      Date.UTC(2019, 10, 12, 9),
      Date.UTC(2019, 10, 13),
      'Between Tuesday 12 November 2019, 09:00 and 23:59 (less than 1 day after first-attack and less than 1 day before later)',
    ],
    [
      'after, on a day, without within',
      { after: 'first-attack', on: '2019-11-12' },
      Date.UTC(2019, 10, 12),
      Date.UTC(2019, 10, 13),
      'Between Tuesday 12 November 2019, 00:00 and 23:59 (after first-attack, on Tuesday 12 November 2019)',
    ],
    [
      'before, on a month',
      { before: 'sookoo-email', on: '2019-11' },
      Date.UTC(2019, 10, 1),
      Date.UTC(2019, 10, 12, 10, 18),
      'Between Friday 1 November 2019, 00:00 and Tuesday 12 November 2019, 10:17 (before sookoo-email, in November 2019)',
    ],
    [
      'before, on a part of the day',
      { before: 'sookoo-email', on: '2019-11-12 early morning' },
      Date.UTC(2019, 10, 12, 6),
      Date.UTC(2019, 10, 12, 9),
      'Between Tuesday 12 November 2019, 06:00 and 08:59 (before sookoo-email, on Tuesday 12 November 2019, early morning)',
    ],
    [
      'before, at one minute',
      { before: 'sookoo-email', on: '2019-11-12T10:17' },
      Date.UTC(2019, 10, 12, 10, 17),
      Date.UTC(2019, 10, 12, 10, 18),
      'Tuesday 12 November 2019, 10:17 (before sookoo-email, at Tuesday 12 November 2019, 10:17)',
    ],
  ])('%s', (_, when, start, end, label) => {
    expect(resolveX(when)).toEqual({ start, end, precision: 'relative', label });
  });

  it('names anchors with `describe` when given', () => {
    const label = resolveX({ before: 'sookoo-email', within: '12h' }, (key) => `“${key.toUpperCase()}”`)?.label;
    expect(label).toBe(
      'Between Monday 11 November 2019, 22:17 and Tuesday 12 November 2019, 10:17 (less than 12 hours before “SOOKOO-EMAIL”)',
    );
  });
});

describe('chains of relative items', () => {
  const chain = [
    item('a', '2019-11-12T10:00'),
    item('b', { after: 'a', within: '1h' }),
    item('c', { after: 'b', within: '1h' }),
    item('d', { before: 'c', within: '30m', on: '2019-11-12' }),
  ];

  it.each([
    ['in dependency order', chain],
    ['in reverse order', [...chain].reverse()],
  ])('resolves %s', (_, items) => {
    const { times, diagnostics } = resolveTimes(items, context);
    expect(diagnostics).toEqual([]);
    expect(Object.fromEntries([...times].map(([k, t]) => [k, [t.start, t.end]]))).toEqual({
      a: [Date.UTC(2019, 10, 12, 10), Date.UTC(2019, 10, 12, 10, 1)],
      b: [Date.UTC(2019, 10, 12, 10), Date.UTC(2019, 10, 12, 11, 1)],
      c: [Date.UTC(2019, 10, 12, 10), Date.UTC(2019, 10, 12, 12, 1)],
      d: [Date.UTC(2019, 10, 12, 9, 30), Date.UTC(2019, 10, 12, 12, 1)],
    });
  });

  it('resolves a long chain without trouble', () => {
    const items = [item('k0', '2019-11-12T00:00')];
    for (let i = 1; i < 2000; i++) items.push(item(`k${i}`, { after: `k${i - 1}`, within: '1m' }));
    const { times, diagnostics } = resolveTimes(items.reverse(), context);
    expect(diagnostics).toEqual([]);
    expect(times.get('k1999')).toMatchObject({ start: Date.UTC(2019, 10, 12), end: Date.UTC(2019, 10, 12) + 2000 * 60_000 });
  });
});
