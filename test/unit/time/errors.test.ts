import { describe, expect, it } from 'vitest';
import { resolveTimes, type TimedItem } from '../../../src/model/time/index.ts';

const context = { timezone: 'Europe/London', locale: 'en-GB' };

/** A stand-in for the YAML locator: each field path sits on its own line. */
const LINES = ['when', 'when.from', 'when.to', 'when.before', 'when.after', 'when.within', 'when.on', 'when.befor', 'when.label'];
const locate: TimedItem['locate'] = (path) => {
  const line = LINES.indexOf(path.join('.'));
  return line < 0 ? undefined : { line: line + 2, column: 3 };
};
const at = (path: string) => ({ line: LINES.indexOf(path) + 2, column: 3 });

const anchor: TimedItem = { key: 'sookoo-email', file: 'cases/demo/statements/sookoo-email.md', when: '2019-11-12T10:17', locate };

function diagnose(when: unknown) {
  const { times, diagnostics } = resolveTimes([anchor, { key: 'x', file: 'cases/demo/events/x.md', when, locate }], context);
  expect(times.has('sookoo-email')).toBe(true);
  expect(times.has('x')).toBe(false);
  return diagnostics;
}

type Row = [name: string, when: unknown, code: string, path: string, message: string, hint: string];

describe.each<[string, Row[]]>([
  [
    'impossible dates and times',
    [
      ['month 13', '2019-13-40', 'impossible-date', 'when', '`2019-13-40` is not a date: month 13 does not exist', 'months run from `01` to `12`'],
      ['month 00', '2019-00', 'impossible-date', 'when', '`2019-00` is not a date: month 0 does not exist', 'months run from `01` to `12`'],
      ['30 February', '2019-02-30', 'impossible-date', 'when', '`2019-02-30` is not a date: February 2019 has 28 days', 'run from `01` to `28`'],
      ['day 0', '2019-11-00 evening', 'impossible-date', 'when', '`2019-11-00 evening` is not a date: day 0 does not exist', 'days count from `01`'],
      ['hour 24', '2019-11-12T24:00', 'impossible-date', 'when', '`2019-11-12T24:00` is not a time: hour 24 does not exist', 'hours run from `00` to `23`'],
      ['minute 60', '2019-11-12T07:60', 'impossible-date', 'when', 'minute 60 does not exist', 'minutes run from `00` to `59`'],
      ['offset +15:00', '2019-11-12T07:30+15:00', 'impossible-date', 'when', '`+15:00` in `2019-11-12T07:30+15:00` is not a UTC offset', '`+01:00`'],
      ['impossible `from`', { from: '2019-13-01', to: '2019-12-01' }, 'impossible-date', 'when.from', '`when.from`: `2019-13-01` is not a date', 'months'],
      ['impossible `on`', { on: '2019-11-31', before: 'sookoo-email' }, 'impossible-date', 'when.on', 'November 2019 has 30 days', '`30`'],
    ],
  ],
  [
    'text outside the grammar',
    [
      ['a misspelt part of the day', '2019-11-11 aftrenoon', 'unknown-part-of-day', 'when', '`aftrenoon` in `2019-11-11 aftrenoon` is not a part of the day', 'did you mean `2019-11-11 afternoon`? The parts of the day are `night`, `early night`, `late night`, `morning`'],
      ['an unknown part of the day', '2019-11-11 brunch', 'unknown-part-of-day', 'when', '`brunch` in `2019-11-11 brunch` is not a part of the day', 'The parts of the day are `night`, `early night`'],
      ['"early" with a typo', '2019-11-11 erly evening', 'unknown-part-of-day', 'when', '`erly evening`', 'did you mean `2019-11-11 early evening`?'],
      ['a space before the clock time', '2019-11-12 7:30', 'unsupported-time', 'when', '`2019-11-12 7:30` puts a space between the day and the time', '`2019-11-12T07:30`'],
      ['seconds in text', '2019-11-12T07:30:15', 'unsupported-time', 'when', '`2019-11-12T07:30:15` has seconds, which times in Casebook do not', 'write the minute: `2019-11-12T07:30`'],
      ['free text', 'next tuesday', 'unsupported-time', 'when', '`next tuesday` is not a time Casebook understands', 'a part of a day (`2019-11-11 afternoon`)'],
      ['a one-digit month', '2019-1-05', 'unsupported-time', 'when', '`2019-1-05` is not a time Casebook understands', 'a day (`2019-11-12`)'],
    ],
  ],
  [
    'values of the wrong type',
    [
      ['a Date with a time of day', new Date(Date.UTC(2019, 10, 12, 7, 30)), 'unsupported-time', 'when', '`2019-11-12T07:30:00.000Z` has seconds', 'write the minute as `YYYY-MM-DDTHH:MM`, e.g. `2019-11-12T07:30+00:00`'],
      ['a Date with milliseconds', new Date(Date.UTC(2019, 10, 12, 0, 0, 0, 1)), 'unsupported-time', 'when', 'has seconds', '`YYYY-MM-DDTHH:MM`'],
      ['an invalid Date', new Date(Number.NaN), 'unsupported-time', 'when', 'the date is not valid', 'a year (`2016`)'],
      ['a Date on the last day JavaScript has', new Date(8.64e15), 'unsupported-time', 'when', '`+275760-09-13T00:00:00.000Z` is outside the years 0000 to 9999', 'write a day as `YYYY-MM-DD`'],
      ['a fraction', 2016.5, 'unsupported-time', 'when', '`2016.5` is not a year', 'four digits'],
      ['a short number', 99, 'unsupported-time', 'when', '`99` is not a year', 'four digits'],
      ['a boolean', true, 'unsupported-time', 'when', '`true` is not a time', 'a minute (`2019-11-12T07:30`)'],
      ['a list', ['2019-11-12'], 'unsupported-time', 'when', 'a list is not a time', 'a day (`2019-11-12`)'],
      ['nothing', null, 'unsupported-time', 'when', 'the time is empty', 'a year (`2016`)'],
      ['an empty object', {}, 'unsupported-time', 'when', 'an empty object is not a time', '`{ before: some-item, within: 12h }`'],
      ['a misspelt key', { befor: 'sookoo-email', within: '12h' }, 'unsupported-time', 'when.befor', '`befor` is not part of a time', 'did you mean `before`?'],
      ['a label inside `when`', { label: 'Monday', before: 'sookoo-email' }, 'unsupported-time', 'when.label', '`label` is not part of a time', 'a display label goes on the item itself'],
      ['a range that is also relative', { from: '2019-11-11', before: 'sookoo-email' }, 'unsupported-time', 'when', 'a time cannot be both a range (`from`) and relative (`before`)', 'a range'],
      ['a range without `to`', { from: '2019-11-11' }, 'unsupported-time', 'when', 'the range has no `to`', 'both `from` and `to`'],
      ['a nested range', { from: { from: '2019-11-11', to: '2019-11-12' }, to: '2019-11-13' }, 'unsupported-time', 'when.from', 'an object is not a time', 'a day'],
      ['`within` with no anchor', { within: '12h' }, 'unsupported-time', 'when', '`within` and `on` need an item to count from', 'add `before: <item>` or `after: <item>`'],
      ['`on` alone', { on: '2019-11-11' }, 'unsupported-time', 'when', '`within` and `on` need an item to count from', 'write it directly, e.g. `when: 2019-11-11`'],
      ['an anchor that is a number', { before: 42, within: '1h' }, 'bad-anchor', 'when.before', '`before` must be the id of a statement or event, not `42`', 'quote it'],
      ['an anchor that is a list', { after: ['a', 'b'], within: '1h' }, 'bad-anchor', 'when.after', 'not a list or object', 'write one id'],
    ],
  ],
  [
    'durations',
    [
      ['words', { before: 'sookoo-email', within: '12 hours' }, 'bad-duration', 'when.within', '`12 hours` is not a duration', 'a whole number followed by `m`, `h`, `d` or `w`, e.g. `30m`, `12h`, `2d` or `1w`'],
      ['a bare number', { before: 'sookoo-email', within: 12 }, 'bad-duration', 'when.within', '`12` is not a duration', '`12h`'],
      ['an upper-case unit', { before: 'sookoo-email', within: '12H' }, 'bad-duration', 'when.within', '`12H` is not a duration', '`12h`'],
      ['years', { before: 'sookoo-email', within: '1y' }, 'bad-duration', 'when.within', '`1y` is not a duration', '`1w`'],
      ['a fraction', { before: 'sookoo-email', within: '1.5h' }, 'bad-duration', 'when.within', '`1.5h` is not a duration', '`30m`'],
      ['zero', { before: 'sookoo-email', within: '0h' }, 'bad-duration', 'when.within', '`0h` is an empty duration', 'longer than zero'],
    ],
  ],
  [
    'relative times',
    [
      ['unbounded before', { before: 'sookoo-email' }, 'unbounded-time', 'when.before', '`before: sookoo-email` alone allows any time before `sookoo-email`, however long before', 'with `within` (e.g. `within: 12h`), or which day with `on`'],
      ['unbounded after', { after: 'sookoo-email' }, 'unbounded-time', 'when.after', '`after: sookoo-email` alone allows any time after `sookoo-email`', '`within`'],
      ['a misspelt anchor', { before: 'sookoo-emial', within: '12h' }, 'unknown-anchor', 'when.before', '`sookoo-emial` is not a statement or event of this case', 'did you mean `sookoo-email`?'],
      ['an unknown anchor', { after: 'completely-different', within: '12h' }, 'unknown-anchor', 'when.after', '`completely-different` is not a statement or event of this case', 'anchor a relative time to the id of a statement or event in the same case'],
      ['`on` in the spring-forward gap', { on: '2019-03-31T01:30', after: 'sookoo-email' }, 'nonexistent-time', 'when.on', '`2019-03-31T01:30` never showed on clocks in `Europe/London`', '`2019-03-31T01:30+00:00`'],
      ['a range end in the gap', { from: '2019-03-31T01:30', to: '2019-03-31' }, 'nonexistent-time', 'when.from', 'never showed on clocks', 'check the time'],
    ],
  ],
  [
    'contradictions',
    [
      ['a reversed range', { from: '2019-11-12', to: '2019-11-11' }, 'reversed-range', 'when.from', 'the range starts (`from: 2019-11-12`) after it ends (`to: 2019-11-11`)', 'swap `from` and `to`'],
      ['a reversed range of minutes', { from: '2019-11-12T10:00', to: '2019-11-12T09:59' }, 'reversed-range', 'when.from', '(`from: 2019-11-12T10:00`) after it ends (`to: 2019-11-12T09:59`)', 'swap'],
      [
        '`on` after the anchor',
        { on: '2019-11-13', before: 'sookoo-email', within: '12h' },
        'contradictory-time',
        'when',
        'the constraints contradict: `on: 2019-11-13` allows between Wednesday 13 November 2019, 00:00 and 23:59, but `before: sookoo-email` (within 12 hours) allows between Monday 11 November 2019, 22:17 and Tuesday 12 November 2019, 10:17',
        'widen `within`',
      ],
      [
        '`on` before the anchor, without `within`',
        { on: '2019-11-10', after: 'sookoo-email' },
        'contradictory-time',
        'when',
        '`on: 2019-11-10` allows between Sunday 10 November 2019, 00:00 and 23:59, but `after: sookoo-email` allows any time from Tuesday 12 November 2019, 10:17 on',
        'check the times',
      ],
      [
        '`on` after the anchor, without `within`',
        { on: '2019-11-13', before: 'sookoo-email' },
        'contradictory-time',
        'when',
        '`on: 2019-11-13` allows between Wednesday 13 November 2019, 00:00 and 23:59, but `before: sookoo-email` allows any time before Tuesday 12 November 2019, 10:18',
        'check the times',
      ],
    ],
  ],
])('%s', (_, rows) => {
  it.each(rows)('%s', (_name, when, code, path, message, hint) => {
    const diagnostics = diagnose(when);
    expect(diagnostics).toHaveLength(1);
    const [diagnostic] = diagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', code, file: 'cases/demo/events/x.md', position: at(path) });
    expect(diagnostic?.message.startsWith(`\`${path}\`: `)).toBe(true);
    expect(diagnostic?.message).toContain(message);
    expect(diagnostic?.hint).toContain(hint);
  });
});

describe('more than one problem in a time', () => {
  it('reports each of them', () => {
    expect(diagnose({ before: 42, within: 'soon', on: '2019-13-01' }).map((d) => [d.code, d.position])).toEqual([
      ['bad-anchor', at('when.before')],
      ['bad-duration', at('when.within')],
      ['impossible-date', at('when.on')],
    ]);
  });

  it('reports an unknown anchor on each side', () => {
    expect(diagnose({ after: 'nope', before: 'nada' }).map((d) => [d.code, d.position])).toEqual([
      ['unknown-anchor', at('when.after')],
      ['unknown-anchor', at('when.before')],
    ]);
  });
});

describe('fields other than `when`', () => {
  it('name the field in the message and locate inside it', () => {
    const calls: (string | number)[][] = [];
    const { diagnostics } = resolveTimes(
      [{ key: 'x', file: 'x.md', field: 'end', when: { from: '2019-11-12', to: 'tomorrow' }, locate: (p) => (calls.push([...p]), undefined) }],
      context,
    );
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'unsupported-time',
        file: 'x.md',
        message: '`end.to`: `tomorrow` is not a time Casebook understands',
        hint: expect.stringContaining('a year (`2016`)'),
      },
    ]);
    expect(calls).toEqual([['end', 'to']]);
  });
});

describe('odd values never crash the resolver', () => {
  it.each([
    ['a symbol', Symbol('when')],
    ['a bigint', 2016n],
    ['undefined', undefined],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { before: 'sookoo-email' })],
    ['an object anchor', { before: { id: 'sookoo-email' }, within: '1h' }],
    ['a Date as an anchor', { after: new Date(0), within: '1h' }],
    ['a Date as a duration', { after: 'sookoo-email', within: new Date(0) }],
    ['a deep object', { from: { on: { before: 'x' } }, to: [] }],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
  ])('%s', (_, when) => {
    const diagnostics = diagnose(when);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) {
      expect(diagnostic).toMatchObject({ severity: 'error', file: 'cases/demo/events/x.md' });
      expect(diagnostic.message).toMatch(/^`when(\.\w+)?`: /);
    }
  });
});
