/**
 * The timeline in the browser: the gzip size of the JavaScript a case page loads (budget 30 KB
 * in all), and zoom and pan with 1,000 items in Chromium (budget: 60 frames per second, i.e. a
 * frame every 16.7 ms at the 95th percentile). Builds a synthetic 1,000-statement case into a
 * temporary folder (or measures a folder it built before: `npx node bench/timeline-client.ts <dir>`).
 * Run with `npm run bench`.
 *
 * Each gesture is 30 steps, one wheel or mouse-move event per frame, sent between frames as a
 * reader's input arrives. Two measures of real frames: the time between animation frames (what
 * the reader sees), and the main thread's CPU time for each frame from a Chromium performance
 * trace (script, style, layout, paint and compositing; less swayed by other processes on a
 * loaded machine). "Settle" is the longest frame after the gesture ends, when labels, culling and
 * the note are brought up to date.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.ts';
import { casebook } from '../test/support/build.ts';
import { serve } from '../test/support/serve.ts';

const ITEMS = 1000;
const PARTS = ['morning', 'afternoon', 'evening', 'early morning', 'late afternoon'];

/** A content folder with one case of `count` statements by 12 actors over 30 days. */
function syntheticContent(count: number): string {
  const root = join(mkdtempSync(join(tmpdir(), 'casebook-bench-')), 'content');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('cases/bench/index.md', `---\ntitle: Benchmark case\nsummary: Many statements.\ntimezone: Europe/London\nperiod: { from: 2019-11-01, to: 2019-11-07 }\n---\nA case for benchmarks.\n`);
  write('cases/bench/sources/bench-source.md', `---\ntitle: A source\nkind: article\n---\n`);
  for (let a = 0; a < 12; a++) write(`cases/bench/actors/actor-${a}.md`, `---\nname: Actor number ${a}\nkind: person\n---\n`);
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 30)).padStart(2, '0');
    const when = i % 3 === 0 ? `2019-11-${day}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}` : i % 3 === 1 ? `2019-11-${day} ${PARTS[i % PARTS.length]}` : `2019-11-${day}`;
    write(`cases/bench/statements/s-${i}.md`, `---\nspeaker: actor-${i % 12}\nwhen: ${when}\nsource: bench-source\nquote: "Statement number ${i}, said on the record"\n---\n`);
  }
  return root;
}

const STEPS = 30;
const RUNS = 3;

/** In the page: 30 steps of a `zoom` or `pan` gesture, one a frame; frame times and settle time. */
const gestureInPage = `async ([kind, steps]) => {
  const svg = document.querySelector('.tl-svg');
  const box = svg.getBoundingClientRect();
  const x = box.x + box.width / 2, y = box.y + 60;
  const at = (n) => x + (n < steps / 2 ? n : steps - n) * 20;
  const stamps = [];
  performance.mark('gesture-start');
  if (kind === 'pan') svg.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, bubbles: true, view: window, button: 0 }));
  await new Promise((done) => {
    let n = 0;
    const frame = (t) => {
      stamps.push(t);
      if (n > steps) return done();
      const step = n++;
      // After this frame is drawn, as input arrives between frames.
      if (step < steps) setTimeout(() => {
        if (kind === 'zoom') svg.dispatchEvent(new WheelEvent('wheel', { deltaY: step < steps / 2 ? -100 : 100, clientX: x, clientY: y, bubbles: true, cancelable: true }));
        else window.dispatchEvent(new MouseEvent('mousemove', { clientX: at(step + 1), clientY: y, bubbles: true, view: window }));
      });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  performance.mark('gesture-end');
  const end = performance.now();
  if (kind === 'pan') window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, view: window }));
  const after = [];
  await new Promise((done) => {
    let last = end;
    const frame = (t) => { after.push(t - last); last = t; if (t - end < 400) requestAnimationFrame(frame); else done(); };
    requestAnimationFrame(frame);
  });
  return { frames: stamps.slice(2).map((t, i) => t - stamps[i + 1]), settle: Math.max(...after) };
}`;

/** The value at quantile `q` of `values`. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(Math.ceil(q * sorted.length) - 1, 0))] ?? Number.NaN;
}

/** Runs one gesture under a performance trace; frame times, and main-thread CPU per frame. */
async function measureGesture(page: Page, cdp: CDPSession, kind: 'zoom' | 'pan') {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => {
    events.push(...(data.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,cc,blink.user_timing', transferMode: 'ReportEvents' });
  const { frames, settle } = (await page.evaluate(`(${gestureInPage})(['${kind}', ${STEPS}])`)) as { frames: number[]; settle: number };
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const mark = (name: string) => events.find((event) => event.name === name)?.ts ?? Number.NaN;
  const [from, to] = [mark('gesture-start'), mark('gesture-end')];
  // One BeginMainFrame a frame: the rAF callbacks, style, layout, paint and the commit.
  const cpu = events
    .filter((event) => event.name === 'ProxyMain::BeginMainFrame' && event.ph === 'X' && event.pid === main?.pid && event.tid === main?.tid)
    .filter((event) => event.ts >= from && event.ts <= to)
    .map((event) => (event.tdur ?? 0) / 1000);
  return { frames, cpu, settle };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  args?: { name?: string };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Builds the synthetic case, unless given a folder where it was built before. */
function builtSite(given: string | undefined): string {
  if (given) return given;
  const content = syntheticContent(ITEMS);
  const outDir = join(dirname(content), 'site');
  const build = casebook(['build', '--out-dir', outDir], content);
  if (build.status !== 0) throw new Error(build.output);
  return outDir;
}

/** Frame figures of one run of a gesture, in ms. */
export interface GestureRun {
  /** Time between animation frames: what the reader sees. */
  frameMedian: number;
  frameP95: number;
  /** Main-thread CPU time of each frame, from the trace. */
  cpuMedian: number;
  cpuP95: number;
  /** The main thread's CPU time of the longest frame (a gesture's first may set things up). */
  cpuLongest: number;
  /** The longest frame after the gesture ended. */
  settle: number;
}

/** What the client benchmark measured. */
export interface ClientFigures {
  /** Gzip bytes of the JavaScript a case page loads. */
  jsGzip: number;
  /** The load average when the gestures started. */
  load: number[];
  zoom: GestureRun[];
  pan: GestureRun[];
}

/** Builds (or takes) the synthetic case and measures its JavaScript and its zoom and pan frames. */
export async function benchTimelineClient(given?: string): Promise<ClientFigures> {
  const outDir = builtSite(given);
  const html = readFileSync(join(outDir, 'cases/bench/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const jsGzip = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(outDir, src)), { level: 9 }).length, 0);
  const served = await serve(outDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(served.url('cases/bench/'));
    await page.locator('casebook-timeline.is-enhanced').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const figures: ClientFigures = { jsGzip, load: loadavg(), zoom: [], pan: [] };
    for (const kind of ['zoom', 'pan'] as const) {
      for (let run = 0; run < RUNS; run++) {
        const { frames, cpu, settle } = await measureGesture(page, cdp, kind);
        figures[kind].push({
          frameMedian: quantile(frames, 0.5),
          frameP95: quantile(frames, 0.95),
          cpuMedian: quantile(cpu, 0.5),
          cpuP95: quantile(cpu, 0.95),
          cpuLongest: Math.max(...cpu),
          settle,
        });
      }
    }
    return figures;
  } finally {
    await browser.close();
    await served.stop();
    // The temporary folder builtSite made: the content and the site in it.
    if (!given) rmSync(dirname(outDir), { recursive: true, force: true });
  }
}

/** Prints the figures as lines, a verdict on each frame p95. */
function print(figures: ClientFigures): void {
  const { jsGzip } = figures;
  console.log(`timeline client\n  JavaScript on a case page: ${(jsGzip / 1024).toFixed(1)} KB gzip ${jsGzip <= 30 * 1024 ? '✓ within 30 KB' : '✗ over 30 KB'}`);
  console.log(`  ${STEPS} steps a gesture, ${RUNS} runs; load average ${figures.load.map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
  for (const kind of ['zoom', 'pan'] as const) {
    for (const run of figures[kind]) {
      console.log(
        `  ${kind.padEnd(4)} ${ITEMS} items: frames ${ms(run.frameMedian)} median, ${ms(run.frameP95)} p95 ${run.frameP95 <= 17.5 ? '✓' : '✗'}; ` +
          `main thread ${ms(run.cpuMedian)} median, ${ms(run.cpuP95)} p95, ${ms(run.cpuLongest)} longest CPU a frame; settle ${ms(run.settle)}`,
      );
    }
  }
}

if (import.meta.main) print(await benchTimelineClient(process.argv[2]));
