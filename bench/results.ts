/**
 * The shape of `bench/results.json`: every figure of one `npm run bench`.
 */
import type { AuthoringLoop } from './authoring-loop.ts';
import type { BuildSpeed } from './build-speed.ts';
import type { ShippedSiteFigures } from './shipped-site.ts';
import type { TimelineFigures } from './timeline-figures.ts';

/** One run of the benchmarks. */
export interface BenchResults {
  /** When the run started (ISO 8601). */
  date: string;
  /** `full` (N = 100, 1,000, 5,000), `quick` (small N, for development) or `custom` (`--sizes`). */
  mode: 'full' | 'quick' | 'custom';
  /** Median of how many runs each build figure is. */
  runs: number;
  machine: { cpus: number; node: string; loadBefore: number[]; loadAfter: number[] };
  builds: BuildSpeed[];
  timeline: TimelineFigures;
  shipped: ShippedSiteFigures;
  /** Saving a statement to seeing it in the browser under `npm run dev`. */
  authoring: AuthoringLoop;
}
