/**
 * How long the timeline layout takes on the server: 1,000, 5,000 and 20,000 synthetic items in
 * 12 lanes over 60 days, laid out at 1,200 px, median of several runs. Budget: 5,000 items under
 * 100 ms. Run with `npm run bench` (or `npx tsx bench/timeline-layout.ts`).
 */
import { performance } from 'node:perf_hooks';
import { syntheticItems } from '../test/unit/timeline/items.ts';
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
  process.exitCode = failed ? 1 : 0;
}
