/**
 * The timeline's figures, from the two timeline benchmarks: the layout's time (imported from
 * timeline-layout.ts) and zoom and pan frame times in Chromium (timeline-client.ts, run as its
 * own process and read from what it prints).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './build-speed.ts';
import { benchLayout } from './timeline-layout.ts';

/** Frame times of one gesture, in ms. */
export interface GestureFrames {
  redrawMedian: number;
  redrawP95: number;
  frameMedian: number;
  frameP95: number;
}

/** The timeline's figures. */
export interface TimelineFigures {
  /** Median layout milliseconds by item count. */
  layoutMs: Record<string, number>;
  zoom?: GestureFrames;
  pan?: GestureFrames;
  /** What timeline-client.ts printed, kept whole in case its wording changes. */
  clientOutput: string;
}

const ITEM_COUNTS = [1000, 5000, 20000];

/** Reads a gesture's line of timeline-client.ts's output. */
function gesture(output: string, kind: string): GestureFrames | undefined {
  const line = output.split('\n').find((text) => text.trim().startsWith(`${kind} with`));
  const numbers = [...(line ?? '').matchAll(/([\d.]+) ms/g)].map((m) => Number(m[1]));
  if (numbers.length < 4) return undefined;
  const [redrawMedian, redrawP95, frameMedian, frameP95] = numbers as [number, number, number, number];
  return { redrawMedian, redrawP95, frameMedian, frameP95 };
}

/** Measures the layout at 1,000, 5,000 and 20,000 items, and zoom and pan in Chromium. */
export async function benchTimeline(): Promise<TimelineFigures> {
  const layoutMs = Object.fromEntries(ITEM_COUNTS.map((count) => [String(count), benchLayout(count)]));
  const run = await promisify(execFile)(process.execPath, [join(repoRoot, 'bench', 'timeline-client.ts')], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  const clientOutput = run.stdout.trim();
  return { layoutMs, zoom: gesture(clientOutput, 'zoom'), pan: gesture(clientOutput, 'pan'), clientOutput };
}
