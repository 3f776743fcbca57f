/**
 * Robustness gate, times: random `when` values and random graphs of relative times never crash
 * the resolver; every item gets a time (a non-empty span) or a diagnostic naming its file.
 *
 * Alone: `npx vitest run test/quality/properties/time.test.ts`
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/model/diagnostic.ts';
import { resolveAbsolute, resolveTimes, type ResolvedTime, type TimedItem } from '../../../src/model/time/index.ts';

const locate: TimedItem['locate'] = (path) => ({ line: path.length + 1, column: 1 });
const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Lord_Howe', 'UTC', 'Mars/Olympus', ''];
const locales = ['en-GB', 'en-US', 'de', 'ar-EG', 'x-invalid-', ''];

/** Pieces of the time grammar, valid and not, to build plausible text from. */
const word = fc.constantFrom(
  '2019', '2019-11', '2019-11-12', '2019-02-29', '2020-02-29', '2019-13-01', '0000-01-01', '9999-12-31',
  'T07:30', 'T24:00', 'T00:00+00:00', 'T07:30Z', 'T07:30+14:00', 'T07:30-12:00', ':15',
  ' morning', ' early morning', ' late evening', ' afternoon', ' night', ' late night', ' aftrenoon', ' early', ' ',
  '2019-03-31T01:30', '2019-10-27T01:30', '\u00a0', '\u200b', '٢٠١٩', 'Ⅻ',
);
const timeText = fc.oneof(fc.array(word, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')), fc.string({ maxLength: 40 }));
const duration = fc.oneof(
  fc.tuple(fc.integer({ min: -5, max: 10_000 }), fc.constantFrom('m', 'h', 'd', 'w', 'y', '')).map(([n, unit]) => `${n}${unit}`),
  fc.anything(),
);
const date = fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15) });

/** An absolute `when`: text, a number, a Date, a range, or anything at all. */
const absoluteWhen = fc.oneof(
  { weight: 4, arbitrary: timeText },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), date) },
  { weight: 2, arbitrary: fc.record({ from: timeText, to: timeText }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** A `when` that may name other items of `keys` (or itself, or nothing that exists). */
function anyWhen(keys: string[]) {
  const key = fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 }), fc.anything());
  const relative = fc.record(
    { before: key, after: key, within: duration, on: timeText, from: timeText, label: fc.string() },
    { requiredKeys: [] },
  );
  return fc.oneof({ weight: 3, arbitrary: absoluteWhen }, { weight: 3, arbitrary: relative });
}

function isTime(value: ResolvedTime | Diagnostic): value is ResolvedTime {
  return 'start' in value;
}

/** A resolved time is a real, non-empty span with a label. */
function expectSpan(time: ResolvedTime): void {
  expect(Number.isFinite(time.start) && Number.isFinite(time.end)).toBe(true);
  expect(time.end).toBeGreaterThan(time.start);
  expect(time.label.trim()).not.toBe('');
}

/**
 * Why an item has no time is reported: in a diagnostic of its own file, or, for an item anchored
 * to one without a time, where that failure is (resolveTimes reports one mistake once, where it
 * is, not again in every item anchored to it).
 */
function failureReported(item: TimedItem, items: TimedItem[], times: ReadonlyMap<string, ResolvedTime>, diagnostics: Diagnostic[], seen = new Set<string>()): boolean {
  if (seen.has(item.key)) return false;
  seen.add(item.key);
  if (diagnostics.some((diagnostic) => diagnostic.file === item.file)) return true;
  const when = item.when as Record<string, unknown> | null;
  const anchors = typeof when === 'object' && when !== null ? [when['before'], when['after']] : [];
  return anchors.some((anchor) => {
    const anchored = items.find((other) => other.key === anchor);
    return !!anchored && !times.has(anchored.key) && failureReported(anchored, items, times, diagnostics, seen);
  });
}

/** A diagnostic names a file it was given, and says what is wrong. */
function expectNamesFile(diagnostic: Diagnostic, files: ReadonlySet<string>): void {
  expect(files.has(diagnostic.file), `${diagnostic.file} is one of the items' files`).toBe(true);
  expect(diagnostic.code).toMatch(/^[a-z-]+$/);
  expect(diagnostic.message.trim()).not.toBe('');
}

/** The property: on any input, `resolve` returns a span, or a diagnostic naming the file. */
function absoluteProperty(resolve: typeof resolveAbsolute) {
  return fc.property(absoluteWhen, fc.constantFrom(...zones), fc.constantFrom(...locales), (when, timezone, locale) => {
    const file = 'cases/fuzz/events/x.md';
    const result = resolve(when, { timezone, locale }, { file, field: 'when', locate });
    if (isTime(result)) expectSpan(result);
    else expectNamesFile(result, new Set([file]));
  });
}

describe('resolveAbsolute on random input', () => {
  it('returns a span or a diagnostic naming the file, never throws', () => {
    fc.assert(absoluteProperty(resolveAbsolute), { numRuns: 2000 });
  });

  it('the property fails on a deliberately broken resolver: one that crashes, one that names no file', () => {
    const crashes: typeof resolveAbsolute = (when, ...rest) => {
      if (typeof when === 'string' && when.includes('T24')) throw new TypeError('hour out of range');
      return resolveAbsolute(when, ...rest);
    };
    expect(() => fc.assert(absoluteProperty(crashes), { numRuns: 2000, seed: 1 })).toThrow(/Property failed[\s\S]*Counterexample: \["[^"]*T24/);
    const anonymous: typeof resolveAbsolute = (...args) => {
      const result = resolveAbsolute(...args);
      return isTime(result) ? result : { ...result, file: '' };
    };
    expect(() => fc.assert(absoluteProperty(anonymous), { numRuns: 2000, seed: 1 })).toThrow(/Property failed/);
  });

  it('resolves every real day to one day, 23 to 25 hours long', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), fc.constantFrom(...zones.slice(0, 6)), (day, timezone) => {
        const text = day.toISOString().slice(0, 10);
        const result = resolveAbsolute(text, { timezone, locale: 'en-GB' }, { file: 'x.md', field: 'when', locate });
        expect(isTime(result), JSON.stringify(result)).toBe(true);
        if (isTime(result)) expect((result.end - result.start) / 3_600_000).toBeGreaterThanOrEqual(23);
        if (isTime(result)) expect((result.end - result.start) / 3_600_000).toBeLessThanOrEqual(25);
      }),
      { numRuns: 500 },
    );
  });
});

describe('resolveTimes on random graphs of relative times', () => {
  it('gives every item a span or a diagnostic naming a file, never throws or hangs', () => {
    const case_ = fc
      .integer({ min: 1, max: 12 })
      .chain((n) => {
        const keys = Array.from({ length: n }, (_, i) => `item-${i}`);
        return fc.tuple(fc.constant(keys), fc.array(anyWhen(keys), { minLength: n, maxLength: n }));
      });
    fc.assert(
      fc.property(case_, fc.constantFrom(...zones), ([keys, whens], timezone) => {
        const items: TimedItem[] = keys.map((key, i) => ({ key, file: `cases/fuzz/events/${key}.md`, when: whens[i], locate }));
        const files = new Set(items.map((item) => item.file));
        const { times, diagnostics } = resolveTimes(items, { timezone, locale: 'en-GB' });
        for (const diagnostic of diagnostics) expectNamesFile(diagnostic, files);
        for (const item of items) {
          const time = times.get(item.key);
          if (time) expectSpan(time);
          else expect(failureReported(item, items, times, diagnostics), `${item.key} has a time or a diagnostic`).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('resolves a long chain of valid relative times without a problem', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 48 })), { minLength: 1, maxLength: 40 }), (links) => {
        const items: TimedItem[] = [{ key: 'item-0', file: 'e/item-0.md', when: '2019-11-12T12:00', locate }];
        links.forEach(([after, hours], i) => {
          items.push({ key: `item-${i + 1}`, file: `e/item-${i + 1}.md`, when: { [after ? 'after' : 'before']: `item-${i}`, within: `${hours}h` }, locate });
        });
        const { times, diagnostics } = resolveTimes(items, { timezone: 'Europe/London', locale: 'en-GB' });
        expect(diagnostics).toEqual([]);
        expect(times.size).toBe(items.length);
      }),
      { numRuns: 200 },
    );
  });
});
