/**
 * The timeline in the browser: the gzip size of the JavaScript a case page loads (budget 30 KB
 * in all), and zoom and pan with 1,000 items in Chromium (budget: 60 frames per second, i.e. each
 * frame's work well under 16.7 ms). Builds a synthetic 1,000-statement case into a temporary
 * folder. Run with `npm run bench`.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** Frame statistics of `frames` rAF-driven steps, each running `step(n)`. */
const measureInPage = `async (kind) => {
  const svg = document.querySelector('.tl-svg');
  const box = svg.getBoundingClientRect();
  const x = box.x + box.width / 2, y = box.y + 60;
  const work = [], stamps = [];
  if (kind === 'pan') svg.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, bubbles: true, view: window, button: 0 }));
  await new Promise((done) => {
    let n = 0;
    const frame = (t) => {
      stamps.push(t);
      if (n++ >= 180) return done();
      const start = performance.now();
      if (kind === 'zoom') svg.dispatchEvent(new WheelEvent('wheel', { deltaY: n < 90 ? -12 : 12, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      else window.dispatchEvent(new MouseEvent('mousemove', { clientX: x + (n < 90 ? n * 4 : (180 - n) * 4), clientY: y, bubbles: true, view: window }));
      work.push(performance.now() - start);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  if (kind === 'pan') window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, view: window }));
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
  const sorted = (a) => [...a].sort((p, q) => p - q);
  const pick = (a, q) => sorted(a)[Math.floor(q * (a.length - 1))];
  return { workMedian: pick(work, 0.5), workP95: pick(work, 0.95), frameMedian: pick(gaps, 0.5), frameP95: pick(gaps, 0.95) };
}`;

async function main(): Promise<void> {
  const content = syntheticContent(ITEMS);
  const outDir = join(dirname(content), 'site');
  const build = casebook(['build', '--out-dir', outDir], content);
  if (build.status !== 0) throw new Error(build.output);
  const html = readFileSync(join(outDir, 'cases/bench/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const gzip = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(outDir, src)), { level: 9 }).length, 0);
  console.log(`timeline client\n  JavaScript on a case page: ${(gzip / 1024).toFixed(1)} KB gzip in ${scripts.length} file(s) ${gzip <= 30 * 1024 ? '✓ within 30 KB' : '✗ over 30 KB'}`);

  const served = await serve(outDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(served.url('cases/bench/'));
    await page.locator('casebook-timeline.is-enhanced').waitFor();
    for (const kind of ['zoom', 'pan']) {
      const stats = (await page.evaluate(`(${measureInPage})('${kind}')`)) as Record<string, number>;
      const fps = 1000 / stats.frameMedian!;
      console.log(
        `  ${kind} with ${ITEMS} items: redraw ${stats.workMedian!.toFixed(2)} ms median, ${stats.workP95!.toFixed(2)} ms p95; ` +
          `frames ${stats.frameMedian!.toFixed(1)} ms median (${fps.toFixed(0)} fps), ${stats.frameP95!.toFixed(1)} ms p95 ${stats.frameP95! <= 17.5 ? '✓' : '✗'}`,
      );
    }
  } finally {
    await browser.close();
    await served.stop();
  }
}

await main();
