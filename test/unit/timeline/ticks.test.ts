import { describe, expect, it } from 'vitest';
import { axisTicks, tickLevel } from '../../../src/timeline/layout/ticks.ts';
import { fromWallTime, zoneOffset } from '../../../src/timeline/layout/zone.ts';

const H = 3_600_000;
const D = 24 * H;
const zone = 'Europe/London';
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe('tick levels read naturally at every zoom', () => {
  it.each([
    [6 * H, 'hour', ['09:00', '10:00']],
    [24 * H, '3 hours', ['09:00', '12:00']],
    [3 * D, 'part-of-day', ['afternoon', 'evening', 'night', 'morning']],
    [10 * D, 'day', ['Tue 12', 'Wed 13']],
    [60 * D, 'week', ['15', '22']],
    [2 * 365 * D, 'month', ['Dec', 'Jan']],
    [20 * 365 * D, 'year', ['2020', '2021']],
    [200 * 365 * D, 'decade', ['2030', '2040']],
  ])('a window of %i ms on 1000 px ticks by %s', (length, level, labels) => {
    const start = Date.UTC(2019, 10, 11, 8, 30);
    const ticks = axisTicks({ start, end: start + length }, 1000, zone, 'en-GB');
    expect(ticks.level).toBe(level);
    const text = ticks.minor.map((tick) => tick.label).join(' | ');
    for (const label of labels) expect(text).toContain(label);
    expect(ticks.minor.length).toBeGreaterThan(1);
    for (const tick of ticks.minor) expect(tick.time).toBeGreaterThanOrEqual(start);
  });

  it('gives the context row the unit that began before the window, so the reader knows where they are', () => {
    const start = Date.UTC(2019, 10, 12, 9);
    const ticks = axisTicks({ start, end: start + 18 * H }, 1000, zone, 'en-GB');
    expect(ticks.major[0]).toEqual({ time: Date.UTC(2019, 10, 12), label: 'Tuesday 12 November 2019' });
    expect(ticks.major[1]?.label).toBe('Wednesday 13 November 2019');
  });

  it('labels in the case locale', () => {
    const start = Date.UTC(2019, 10, 11);
    const ticks = axisTicks({ start, end: start + 10 * D }, 1000, 'America/New_York', 'fr-FR');
    expect(ticks.major.map((tick) => tick.label)).toContain('novembre 2019');
  });

  it('never chooses a level whose labels get less room than they need', () => {
    for (let msPerPx = 1000; msPerPx < 1e11; msPerPx *= 1.7) {
      const level = tickLevel(msPerPx);
      if (level.name !== 'century') expect(level.approx / msPerPx).toBeGreaterThanOrEqual(level.minPx);
    }
  });
});

describe('daylight-saving days', () => {
  it('draws the autumn change day (Europe/London, 27 October 2019) 25 hours long', () => {
    const start = Date.UTC(2019, 9, 26, 20);
    const ticks = axisTicks({ start, end: start + 3 * D }, 1000, zone, 'en-GB');
    expect(ticks.level).toBe('part-of-day');
    const days = ticks.major.map((tick) => tick.time);
    expect(days).toContain(Date.UTC(2019, 9, 26, 23));
    expect(days).toContain(Date.UTC(2019, 9, 28, 0));
    const parts = ticks.minor.filter((tick) => tick.time >= Date.UTC(2019, 9, 26, 23) && tick.time < Date.UTC(2019, 9, 28));
    expect(parts.map((tick) => [iso(tick.time), tick.label])).toEqual([
      ['2019-10-26T23:00', 'night'],
      ['2019-10-27T06:00', 'morning'],
      ['2019-10-27T12:00', 'afternoon'],
      ['2019-10-27T18:00', 'evening'],
    ]);
  });

  it('repeats the hour the clocks go back, and skips the hour they go forward', () => {
    const autumn = axisTicks({ start: Date.UTC(2019, 9, 26, 22, 30), end: Date.UTC(2019, 9, 27, 2, 30) }, 1000, zone, 'en-GB');
    expect(autumn.minor.map((tick) => [iso(tick.time), tick.label])).toEqual([
      ['2019-10-26T23:00', '00:00'],
      ['2019-10-27T00:00', '01:00'],
      ['2019-10-27T01:00', '01:00'],
      ['2019-10-27T02:00', '02:00'],
    ]);
    const spring = axisTicks({ start: Date.UTC(2019, 2, 30, 23, 30), end: Date.UTC(2019, 2, 31, 2, 30) }, 1000, zone, 'en-GB');
    expect(spring.minor.map((tick) => [iso(tick.time), tick.label])).toEqual([
      ['2019-03-31T00:00', '00:00'],
      ['2019-03-31T01:00', '02:00'],
      ['2019-03-31T02:00', '03:00'],
    ]);
  });

  it('gives the same ticks again for windows that overlap, as neighbouring pages draw them (intervals remember their instants)', () => {
    const window = (hour: number) => ({ start: Date.UTC(2019, 9, 26, hour, 30), end: Date.UTC(2019, 9, 27, hour - 20, 30) });
    const ticks = (hour: number) => axisTicks(window(hour), 1000, zone, 'en-GB').minor.map((tick) => [iso(tick.time), tick.label]);
    const first = ticks(22);
    expect(first).toEqual([
      ['2019-10-26T23:00', '00:00'],
      ['2019-10-27T00:00', '01:00'],
      ['2019-10-27T01:00', '01:00'],
      ['2019-10-27T02:00', '02:00'],
    ]);
    const shifted = ticks(23);
    expect(shifted.slice(0, 3)).toEqual(first.slice(1));
    expect(ticks(21).slice(1)).toEqual(first.slice(0, 3));
    expect(ticks(22)).toEqual(first);
  });

  it('finds wall-clock times and offsets in the zone', () => {
    expect(zoneOffset(Date.UTC(2019, 6, 1), zone)).toBe(H);
    expect(zoneOffset(Date.UTC(2019, 11, 1), zone)).toBe(0);
    expect(fromWallTime({ year: 2019, month: 10, day: 27 }, zone)).toBe(Date.UTC(2019, 9, 26, 23));
    expect(fromWallTime({ year: 2019, month: 10, day: 28 }, zone)).toBe(Date.UTC(2019, 9, 28));
    expect(fromWallTime({ year: 2019, month: 11, day: 12, hour: 9 }, 'Asia/Kolkata')).toBe(Date.UTC(2019, 10, 12, 3, 30));
  });
});
