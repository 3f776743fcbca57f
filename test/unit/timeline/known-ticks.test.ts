import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownTicks, rememberTicks, ticksWithin } from '../../../src/timeline/layout/known-ticks.ts';
import { axisTicks, DRAWN_WIDTHS, tickSpans } from '../../../src/timeline/layout/ticks.ts';

const H = 3_600_000;
const YEAR = 365 * 24 * H;
const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];

/** A window a page opens on: from an hour to thirty years, somewhere in 2012–2025. */
const windows = fc
  .record({ start: fc.integer({ min: Date.UTC(2012, 0, 1), max: Date.UTC(2025, 0, 1) }), length: fc.integer({ min: H, max: 30 * YEAR }) })
  .map(({ start, length }) => ({ start, end: start + length }));

/** A window from one tick to another (a case's focus often runs midnight to midnight). */
const alignedWindows = fc
  .record({ day: fc.integer({ min: 0, max: 4000 }), quarter: fc.integer({ min: 0, max: 3 }), quarters: fc.integer({ min: 1, max: 4 * 400 }) })
  .map(({ day, quarter, quarters }) => {
    const start = Date.UTC(2012, 0, 1) + day * 24 * H + quarter * 6 * H;
    return { start, end: start + quarters * 6 * H };
  });

describe('ticks worked out in advance', () => {
  it('give, for a window a rounding error off the one worked out and any width drawn, the ticks worked out afresh', () => {
    fc.assert(
      fc.property(fc.oneof(windows, alignedWindows), fc.constantFrom('UTC', ...zones), fc.integer({ min: DRAWN_WIDTHS.min, max: DRAWN_WIDTHS.max }), fc.oneof(fc.constant(0), fc.double({ min: -1, max: 1, noNaN: true })), (opened, zone, width, error) => {
        const spans = tickSpans(opened, zone, 'en-GB');
        const window = { start: opened.start + error, end: opened.end - error };
        const afresh = axisTicks(window, width, zone, 'en-GB');
        const span = spans.find((each) => each.level === afresh.level);
        expect(span, `no span for ${afresh.level}`).toBeDefined();
        expect(ticksWithin(span!, window)).toEqual(afresh);
      }),
      { numRuns: 300 },
    );
  });

  it('are the ticks axisTicks draws once remembered, and only within their spans', () => {
    const opened = { start: Date.UTC(2019, 9, 20, 7, 15), end: Date.UTC(2019, 10, 3, 22, 40) };
    const zone = 'Europe/London';
    const spans = tickSpans(opened, zone, 'fr-FR');
    const afresh = [240, 375, 928, 1600].map((width) => axisTicks(opened, width, zone, 'fr-FR'));
    expect(knownTicks(afresh[0]!.level, opened, zone, 'fr-FR')).toBeUndefined();
    rememberTicks(spans, zone, 'fr-FR');
    for (const [i, width] of [240, 375, 928, 1600].entries()) {
      expect(knownTicks(afresh[i]!.level, opened, zone, 'fr-FR')).toEqual(afresh[i]);
      expect(axisTicks(opened, width, zone, 'fr-FR')).toEqual(afresh[i]);
    }
    // Across the autumn change: 27 October 2019 is in the window, and its labels are French.
    expect(afresh[2]!.minor.map((tick) => tick.label)).toContain('dim. 27');
    const later = { start: opened.end + 40 * 24 * H, end: opened.end + 50 * 24 * H };
    expect(knownTicks(afresh[2]!.level, later, zone, 'fr-FR')).toBeUndefined();
    expect(knownTicks(afresh[2]!.level, opened, zone, 'en-GB')).toBeUndefined();
  });
});
