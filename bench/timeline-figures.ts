/**
 * The timeline's figures, from the two timeline benchmarks: the layout's time (timeline-layout.ts)
 * and zoom and pan frames in Chromium (timeline-client.ts).
 */
import { median } from './measure-run.ts';
import { benchTimelineClient, type GestureRun } from './timeline-client.ts';
import { benchLayout } from './timeline-layout.ts';

/** Frame figures of one gesture, each the median over the client benchmark's runs, in ms. */
export type GestureFrames = Omit<GestureRun, 'settle' | 'cpuLongest'>;

/** The timeline's figures. */
export interface TimelineFigures {
  /** Median layout milliseconds by item count. */
  layoutMs: Record<string, number>;
  zoom: GestureFrames;
  pan: GestureFrames;
  /** Gzip bytes of the JavaScript of the client benchmark's case page. */
  jsGzip: number;
}

const ITEM_COUNTS = [1000, 5000, 20000];

/** Each figure of a gesture's runs, the median over the runs. */
function overRuns(runs: GestureRun[]): GestureFrames {
  const of = (pick: (run: GestureRun) => number) => median(runs.map(pick));
  return {
    frameMedian: of((run) => run.frameMedian),
    frameP95: of((run) => run.frameP95),
    cpuMedian: of((run) => run.cpuMedian),
    cpuP95: of((run) => run.cpuP95),
  };
}

/** Measures the layout at 1,000, 5,000 and 20,000 items, and zoom and pan in Chromium. */
export async function benchTimeline(): Promise<TimelineFigures> {
  const layoutMs = Object.fromEntries(ITEM_COUNTS.map((count) => [String(count), benchLayout(count)]));
  const client = await benchTimelineClient();
  return { layoutMs, zoom: overRuns(client.zoom), pan: overRuns(client.pan), jsGzip: client.jsGzip };
}
