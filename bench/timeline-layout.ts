/**
 * How long the timeline layout takes on the server: 1,000, 5,000 and 20,000 synthetic items in
 * 12 lanes over 60 days, laid out at 1,200 px, median of several runs. Budget: 5,000 items under
 * 100 ms. Then the small timeline of one statement or event page, which every item page of a
 * case draws: its cost must not grow with the case, or a build grows with the square of it.
 * Run with `npm run bench` (or `npx node bench/timeline-layout.ts`).
 */
import { performance } from 'node:perf_hooks';
import { syntheticItems } from '../test/unit/timeline/items.ts';
import { layoutPlace } from '../src/timeline/layout/place.ts';
import { layoutTimeline } from '../src/timeline/layout/timeline.ts';

const RUNS = 9;
const BUDGET_MS = { 5000: 100 } as Record<number, number>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds to lay out `count` items. */
export function benchLayout(count: number): number {
  const items = syntheticItems(count, 60, 12);
  const period = { start: items[0]!.start, end: items[0]!.start + 7 * 86_400_000 };
  const options = { width: 1200, period, zone: 'Europe/London', locale: 'en-GB' };
  layoutTimeline(items, [], options); // warm up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    layoutTimeline(items, [], options);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median milliseconds for one item page's small timeline, over pages spread through a case of `count` items. */
export function benchPlace(count: number): number {
  const items = syntheticItems(count, 60, 12);
  const lanes = { self: { id: '-this', label: 'This statement' }, others: { id: '-others', label: 'Just before and after' } };
  const options = { width: 560, zone: 'Europe/London', locale: 'en-GB' };
  const pages = Array.from({ length: 50 }, (_, i) => Math.floor(((i + 0.5) * count) / 50));
  for (const index of pages) layoutPlace(items, index, lanes, options); // warm up
  const times = pages.map((index) => {
    const start = performance.now();
    layoutPlace(items, index, lanes, options);
    return performance.now() - start;
  });
  return median(times);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  console.log('timeline layout (median of %d runs)', RUNS);
  for (const count of [1000, 5000, 20000]) {
    const ms = benchLayout(count);
    const budget = BUDGET_MS[count];
    const verdict = budget === undefined ? '' : ms <= budget ? `  ✓ under ${budget} ms` : `  ✗ over ${budget} ms`;
    if (budget !== undefined && ms > budget) failed = true;
    console.log(`  ${String(count).padStart(6)} items  ${ms.toFixed(1).padStart(7)} ms${verdict}`);
  }
  console.log('an item page’s small timeline (median of 50 pages)');
  const place = [100, 1000, 5000, 20000].map((count) => [count, benchPlace(count)] as const);
  for (const [count, ms] of place) console.log(`  ${String(count).padStart(6)} items in the case  ${ms.toFixed(2).padStart(6)} ms a page`);
  const growth = place.at(-1)![1] / place[0]![1];
  console.log(`  ${growth < 3 ? '✓' : '✗'} ${growth.toFixed(1)}× from 100 to 20,000 items (flat: a build grows in step with its pages)`);
  if (growth >= 3) failed = true;
  process.exitCode = failed ? 1 : 0;
}
