/**
 * The timeline of the fixture case, built for real: what the HTML and the data files hold
 * without JavaScript, then zoom, keyboard, filters, deep links, touch and reduced motion in
 * Chromium — with no console errors and no request to another host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page as builtPage } from '../support/build.ts';
import { builtFixture, openSite, type OpenSite } from '../support/fixture-site.ts';
import type { Served } from '../support/serve.ts';

const casePath = 'cases/fixture-case/';
// In time: by the middle of each item's span (the engineer's afternoon, 12:00–18:00, after the 14:00 story).
const order = ['fixture-outage', 'fixture-insider-tip', 'fixture-council-quote', 'fixture-gazette-story', 'fixture-engineer-view'];
let site: OpenSite;
let outDir: string;
let served: Served;
let browser: Browser;
let problems: string[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  site = await openSite(builtFixture());
  ({ dir: outDir, served, browser } = site);
});

afterAll(() => site?.close());

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  expect(problems).toEqual([]);
  problems = [];
});

/** Opens `path` in a fresh context, collecting console errors and requests to other hosts. */
async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(served.url(''))) problems.push(`request to another host: ${request.url()}`);
  });
  await page.goto(served.url(path));
  return page;
}

const markX = (page: Page, id: string) =>
  page.locator(`.tl-svg [data-item="${id}"]`).evaluate((element) => Number(/translate\(([^ ]+)/.exec(element.getAttribute('transform') ?? '')?.[1]));
const focusedItem = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-item'));
const enhanced = (page: Page) => page.locator('casebook-timeline.is-enhanced').waitFor();

describe('the timeline as built', () => {
  it('is SVG in the case page, a mark per item with data-item and data-kind (§7), beside the ordered list', () => {
    const html = builtPage(outDir, casePath);
    const svg = /<svg class="tl-svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('<title');
    expect([...svg.matchAll(/data-item="([^"]+)" data-kind="(statement|event)"/g)].map((m) => m[1])).toEqual(order);
    expect(html).toContain('class="chronology"');
    expect(html).toContain('/cases/fixture-case/embed/');
  });

  it('has a full page, an embeddable page without site chrome, and a small timeline on item pages', () => {
    expect(builtPage(outDir, `${casePath}timeline/`)).toContain('class="tl-svg"');
    const embed = builtPage(outDir, `${casePath}embed/`);
    expect(embed).toContain('class="tl-svg"');
    expect(embed).not.toContain('site-header');
    expect(embed).toContain('<base target="_top">');
    const statement = builtPage(outDir, `${casePath}statements/fixture-engineer-view/`);
    expect(statement).toMatch(/class="tl-item tl-statement is-current"[^>]*data-item="fixture-engineer-view"/);
    expect(statement).toContain(`href="/${casePath}timeline/#fixture-engineer-view"`);
  });

  it('exports the items as JSON and as a TimelineJS file written only to the precision known', () => {
    const json = JSON.parse(readFileSync(join(outDir, casePath, 'timeline.json'), 'utf8'));
    expect(json.items.map((item: { id: string }) => item.id)).toEqual(order);
    expect(json.items[0]).toMatchObject({ id: 'fixture-outage', type: 'event', when: { precision: 'part-of-day', start: '2019-11-11T12:00:00.000Z' } });
    const timelineJs = JSON.parse(readFileSync(join(outDir, casePath, 'timelinejs.json'), 'utf8'));
    const byId = Object.fromEntries(timelineJs.events.map((event: { unique_id: string }) => [event.unique_id, event]));
    expect(byId['fixture-council-quote']).toMatchObject({ start_date: { year: 2019, month: 11, day: 12, hour: 9, minute: 30 }, group: 'Riverside Borough Council' });
    expect(byId['fixture-council-quote'].end_date).toBeUndefined();
    expect(byId['fixture-outage']).toMatchObject({ start_date: { year: 2019, month: 11, day: 11, hour: 12 }, end_date: { day: 11, hour: 18 } });
    expect(byId['fixture-outage'].start_date.minute).toBeUndefined();
    expect(byId['fixture-insider-tip'].display_date).toBe('Before the Gazette story (time unknown)');
  });
});

describe('the timeline in Chromium', () => {
  it('reads without JavaScript: marks and labels drawn, controls hidden', async () => {
    const page = await open(casePath, { javaScriptEnabled: false });
    await expect(page.locator('.tl-svg [data-item]').count()).resolves.toBe(order.length);
    await expect(page.locator('.tl-svg').isVisible()).resolves.toBe(true);
    await expect(page.locator('.tl-label', { hasText: 'The council website slows down' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.tl-toolbar').isVisible()).resolves.toBe(false);
  });

  it('keeps room for the toolbar while its script loads, so the chart does not move down when it appears', async () => {
    const frameTop = (page: Page) => page.locator('.tl-frame').evaluate((frame) => frame.getBoundingClientRect().top - frame.parentElement!.getBoundingClientRect().top);
    const enhancedPage = await open(casePath, { viewport: { width: 375, height: 800 } });
    await enhanced(enhancedPage);
    // The same page with the timeline's script held back: scripts run, the element is not upgraded yet.
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    contexts.push(context);
    await context.route(/Timeline\.astro_astro_type_script/, (route) => route.abort());
    const waiting = await context.newPage();
    await waiting.goto(served.url(casePath));
    await expect(waiting.locator('.tl-toolbar').isVisible()).resolves.toBe(false);
    expect(await frameTop(waiting)).toBeGreaterThan(30);
    expect(await frameTop(waiting)).toBe(await frameTop(enhancedPage));
  });

  it('zooms with the buttons and the wheel, and pans by dragging; the axis follows', async () => {
    const page = await open(casePath, { reducedMotion: 'reduce' });
    await enhanced(page);
    const axis = async () => (await page.locator('.tl-svg .tl-axis text:not([visibility="hidden"])').allTextContents()).join(' ');
    expect(await axis()).toContain('afternoon');
    // Two marks that stay in view when zoomed in around the middle.
    const before = [await markX(page, 'fixture-outage'), await markX(page, 'fixture-council-quote')];
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const after = [await markX(page, 'fixture-outage'), await markX(page, 'fixture-council-quote')];
    expect(after[1]! - after[0]!).toBeCloseTo(2 * (before[1]! - before[0]!), 0);
    expect(await axis()).toMatch(/\d\d:00/);
    await page.getByRole('button', { name: 'Case period' }).click();
    expect(await markX(page, 'fixture-outage')).toBeCloseTo(before[0]!, 0);

    // A double-click does not zoom: d3-zoom's would run a d3 transition, and the bundle has none
    // (src/timeline/client/no-transition.ts).
    const box = (await page.locator('.tl-svg').boundingBox())!;
    await page.mouse.dblclick(box.x + 8, box.y + 8);
    expect(await markX(page, 'fixture-outage')).toBeCloseTo(before[0]!, 0);
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await markX(page, 'fixture-council-quote')) - (await markX(page, 'fixture-outage'))).toBeGreaterThan(before[1]! - before[0]! + 20);
    const x0 = await markX(page, 'fixture-outage');
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + 60, { steps: 6 });
    await page.mouse.up();
    expect(await markX(page, 'fixture-outage')).toBeCloseTo(x0 + 120, 0);
  });

  it('opens on axes the server worked out: no time zone or label is read through Intl until the reader comes near', async () => {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      contexts.push(context);
      // Counts the formats made: the first one in a page loads the browser's locale data.
      await context.addInitScript(() => {
        const Made = Intl.DateTimeFormat;
        const counted = { made: 0 };
        Object.assign(globalThis, { formatsMade: counted });
        Intl.DateTimeFormat = new Proxy(Made, {
          construct: (target, args: ConstructorParameters<typeof Made>) => ((counted.made += 1), new target(...args)),
          apply: (target, that, args: ConstructorParameters<typeof Made>) => ((counted.made += 1), target(...args)),
        });
      });
      const page = await context.newPage();
      await page.goto(served.url(casePath));
      await enhanced(page);
      const made = () => page.evaluate(() => (globalThis as unknown as { formatsMade: { made: number } }).formatsMade.made);
      const labels = () => page.locator('.tl-svg .tl-axis text:not([visibility="hidden"])').allTextContents();
      const overviewLabels = () => page.locator('svg.tl-overview .tl-ov-axis text').allTextContents();
      expect(Number(await page.locator('.tl-svg').getAttribute('width'))).toBeLessThanOrEqual(width);
      const opened = await labels();
      expect(opened.join(' ')).toContain('November 2019');
      expect((await overviewLabels()).length).toBeGreaterThan(0);
      expect(await made()).toBe(0);
      // The reader coming near loads Intl's data, before they zoom past those axes.
      await page.locator('.tl-svg').hover();
      await expect.poll(made).toBeGreaterThan(0);
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      expect(await labels()).not.toEqual(opened);
    }
  });

  it('lays itself out again when the page is resized, at the last width it is given', async () => {
    const page = await open(casePath, { reducedMotion: 'reduce' });
    await enhanced(page);
    const widths = () =>
      page.evaluate(() => ({
        frame: Math.floor(document.querySelector('.tl-frame')!.clientWidth),
        chart: Number(document.querySelector('.tl-svg')!.getAttribute('width')),
        strip: Number(document.querySelector('svg.tl-overview')!.getAttribute('width')),
      }));
    const wide = await widths();
    expect(wide.chart).toBe(wide.frame);
    // Two sizes in quick succession: the layout under way finishes, then the last one is laid out.
    await page.setViewportSize({ width: 700, height: 900 });
    await page.setViewportSize({ width: 480, height: 900 });
    // The chart is laid out a task before the strip: wait for both.
    await expect.poll(async () => (await widths()).strip).toBeLessThan(480);
    const narrow = await widths();
    expect(narrow).toEqual({ frame: narrow.frame, chart: narrow.frame, strip: narrow.frame });
    const marks = await page.locator('.tl-svg [data-item]').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().width));
    expect(marks.every((width) => width > 0)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(widths).toEqual(wide);
  });

  it('cuts a lane heading too long for a narrow screen inside the chart, and shows it whole when there is room', async () => {
    const insider = "An insider on the council's network operations team";
    const page = await open(casePath, { viewport: { width: 375, height: 800 }, reducedMotion: 'reduce' });
    await enhanced(page);
    const headings = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<SVGGElement>('.tl-svg .tl-lane')].map((lane) => {
          const text = lane.querySelector('text')!;
          const box = text.getBBox();
          return { text: text.textContent, title: lane.querySelector(':scope > title')?.textContent ?? null, right: box.x + box.width, width: lane.ownerSVGElement!.width.baseVal.value };
        }),
      );
    const narrow = await headings();
    expect(narrow.every((heading) => heading.right <= heading.width)).toBe(true);
    expect(narrow).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^An insider on the .*…$/), title: insider }));
    expect(narrow.filter((heading) => heading.title !== null)).toHaveLength(1);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(async () => (await headings()).find((heading) => heading.text?.startsWith('An insider'))).toEqual(expect.objectContaining({ text: insider, title: null }));
  });

  it('moves the window as the reader drags on the overview strip: the marks slide as one, then settle', async () => {
    const page = await open(casePath, { reducedMotion: 'reduce' });
    await enhanced(page);
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    const layerMoved = () => page.locator('.tl-svg .tl-marks').getAttribute('transform');
    // The time at the chart's left edge, from the marks drawn (all on one scale once settled).
    const leftEdgeTime = () =>
      page.locator('.tl-svg [data-item]:not([display="none"])').evaluateAll((marks) => {
        const placed = marks.map((mark) => ({
          x: Number(/translate\(([^ ]+)/.exec(mark.getAttribute('transform') ?? '')?.[1]),
          t: Number(mark.getAttribute('data-start')),
        }));
        const [a, b] = [placed[0]!, placed.find((other) => other.t !== placed[0]!.t)!];
        return a.t - a.x * ((b.t - a.t) / (b.x - a.x));
      });
    const strip = (await page.locator('svg.tl-overview').boundingBox())!;
    const before = await leftEdgeTime();
    const outage = await markX(page, 'fixture-outage');
    await page.mouse.move(strip.x + strip.width * 0.3, strip.y + strip.height / 2);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width * 0.7, strip.y + strip.height / 2, { steps: 5 });
    // Mid-drag only the marks' group has moved: no mark was drawn again.
    expect(await layerMoved()).toMatch(/^translate\(-\d/);
    expect(await markX(page, 'fixture-outage')).toBe(outage);
    await page.mouse.up();
    // Released: the group is back in place and every mark drawn for the later window it shows.
    await expect.poll(layerMoved).toBeNull();
    expect(await leftEdgeTime()).toBeGreaterThan(before + 3_600_000);
  });

  it('draws every mark where the scale puts it once a wheel zoom or an eased move ends, rows below the screen included', async () => {
    // A short screen: the lower rows are out of view while the view moves, and left for later.
    const page = await open(casePath, { viewport: { width: 1280, height: 520 } });
    await enhanced(page);
    const below = await page.locator('.tl-svg [data-item]').evaluateAll((marks) => marks.filter((mark) => mark.getBoundingClientRect().top > innerHeight + 60).length);
    expect(below).toBeGreaterThan(0);
    const [outageBefore, gazetteBefore] = [await markX(page, 'fixture-outage'), await markX(page, 'fixture-gazette-story')];
    // How far the marks are from one scale, from their times (the layer itself unmoved).
    const offScale = async () => {
      expect(await page.locator('.tl-svg .tl-marks').getAttribute('transform')).toBeNull();
      const marks = await Promise.all(order.map(async (id) => ({
        x: await markX(page, id),
        t: Number(await page.locator(`.tl-svg [data-item="${id}"]`).getAttribute('data-start')),
      })));
      const [a, b] = [marks[0]!, marks[3]!];
      const perMs = (b.x - a.x) / (b.t - a.t);
      return Math.max(...marks.map((mark) => Math.abs(a.x + (mark.t - a.t) * perMs - mark.x)));
    };
    // Zoomed in about 1.7 times around the middle of the marks, which all stay in view.
    const box = (await page.locator('.tl-svg').boundingBox())!;
    await page.mouse.move(box.x + (outageBefore + gazetteBefore) / 2, box.y + 60);
    for (let i = 0; i < 2; i++) await page.mouse.wheel(0, -200);
    const gap = async () => (await markX(page, 'fixture-gazette-story')) - (await markX(page, 'fixture-outage'));
    await expect.poll(gap).toBeGreaterThan(1.5 * (gazetteBefore - outageBefore));
    await expect(page.locator('.tl-svg [data-item][display="none"]').count()).resolves.toBe(0);
    await expect.poll(offScale).toBeLessThan(0.5);
    // Eased back to the case's period: every mark where it started.
    await page.getByRole('button', { name: 'Case period' }).click();
    await expect.poll(() => markX(page, 'fixture-gazette-story')).toBe(gazetteBefore);
    expect(await markX(page, 'fixture-outage')).toBe(outageBefore);
    expect(await offScale()).toBeLessThan(0.5);
  });

  it('sketches a zoom on a canvas while the gesture lasts, then shows the marks and labels where the sketch drew them', async () => {
    const page = await open(casePath);
    await enhanced(page);
    const box = (await page.locator('.tl-svg').boundingBox())!;
    // Over the axis, with the button held: the gesture lasts until the button is let go.
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.wheel(0, -200);
    const canvas = page.locator('.tl-frame > canvas.tl-sketch');
    await expect.poll(() => canvas.isVisible()).toBe(true);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const plotClip = () => page.locator('.tl-svg .tl-plot').evaluate((plot) => getComputedStyle(plot).clipPath);
    // The SVG's plot is clipped away under the canvas.
    expect(await plotClip()).toBe('inset(50%)');
    // What the canvas shows, kept to be compared with the SVG once the gesture ends.
    await canvas.evaluate((element: HTMLCanvasElement) => {
      const rect = element.getBoundingClientRect();
      const image = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
      Object.assign(window, { sketched: { rect, ratio: element.width / rect.width, image } });
    });
    await page.mouse.up();
    await expect.poll(() => canvas.isVisible()).toBe(false);
    expect(await plotClip()).toMatch(/^url/);
    // Every mark and label now shown in the SVG was sketched in its colour (a shape's fill or
    // stroke, a label's fill) within its box.
    const unsketched = await page.evaluate(() => {
      const { rect, ratio, image } = (window as unknown as { sketched: { rect: DOMRect; ratio: number; image: ImageData } }).sketched;
      const rgb = (colour: string) => (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      const sketchedIn = (r: DOMRect, colours: number[][]) => {
        for (let y = Math.floor(r.top); y <= r.bottom; y++)
          for (let x = Math.floor(r.left); x <= r.right; x++) {
            const [cx, cy] = [Math.round((x - rect.left) * ratio), Math.round((y - rect.top) * ratio)];
            if (cx < 0 || cy < 0 || cx >= image.width || cy >= image.height) continue;
            const at = (cy * image.width + cx) * 4;
            const pixel = [...image.data.slice(at, at + 4)];
            if (pixel[3]! > 200 && colours.some((colour) => colour.every((value, i) => Math.abs(value - pixel[i]!) < 40))) return true;
          }
        return false;
      };
      const shown = [...document.querySelectorAll('.tl-svg .tl-item:not([display="none"])')];
      const parts = shown.flatMap((item) => [item.querySelector('.tl-mark')!, ...item.querySelectorAll('.tl-label:not([visibility="hidden"])')]);
      const inView = parts
        .map((part) => ({ box: part.getBoundingClientRect(), colours: [rgb(getComputedStyle(part).fill), rgb(getComputedStyle(part).stroke)].filter((c) => c.length === 3) }))
        .filter(({ box }) => box.right > rect.left && box.left < rect.right && box.top >= rect.top && box.bottom <= rect.bottom);
      return { checked: inView.length, missing: inView.filter(({ box, colours }) => !sketchedIn(box, colours)).length };
    });
    expect(unsketched.checked).toBeGreaterThan(4);
    expect(unsketched.missing).toBe(0);
    await expect(page.locator('.tl-svg .tl-label:not([visibility="hidden"])').count()).resolves.toBeGreaterThan(0);
  });

  it('keeps the axis whole as ticks come and go: one line a tick, down to the foot of the chart, its label beside it', async () => {
    // On a phone, where filtering packs the chart to another height.
    const page = await open(casePath, { viewport: { width: 375, height: 800 }, reducedMotion: 'reduce' });
    await enhanced(page);
    const axis = () =>
      page.locator('.tl-svg .tl-axis').evaluate((group) => ({
        height: Number(group.closest('svg')!.getAttribute('height')),
        lines: [...group.querySelectorAll('line')].map((line) => ({ x: Number(line.getAttribute('x1')), y2: Number(line.getAttribute('y2')), minor: !line.classList.contains('tl-grid-major') })),
        labels: [...group.querySelectorAll('.tl-axis-minor')].map((label) => Number(label.getAttribute('x'))),
      }));
    const whole = async () => {
      const { height, lines, labels } = await axis();
      const minor = lines.filter((line) => line.minor).map((line) => line.x).sort((a, b) => a - b);
      expect(new Set(minor).size).toBe(minor.length);
      expect(lines.filter((line) => line.y2 !== height)).toEqual([]);
      // A minor tick's label starts 4 px after its line.
      expect(labels.sort((a, b) => a - b).map((x, i) => Math.abs(x - 4 - minor[i]!))).toEqual(minor.map(() => expect.closeTo(0, 0)));
    };
    for (const name of ['Zoom in', 'Zoom in', 'Zoom out', 'Zoom out', 'Zoom out']) {
      await page.getByRole('button', { name }).click();
      await whole();
    }
    // Filtered, the chart is packed again to another height: the lines follow.
    const heightBefore = (await axis()).height;
    await page.getByText('Filter').click();
    await page.getByRole('checkbox', { name: 'Riverside Borough Council' }).uncheck();
    expect((await axis()).height).not.toBe(heightBefore);
    await whole();
  });

  it('keeps the label of a span begun before the left edge at that edge, readable, while the span shows', async () => {
    const page = await open(casePath, { reducedMotion: 'reduce' });
    await enhanced(page);
    // Spans cut by the left edge of the chart, with where their labels start (null: label hidden).
    const cutSpans = () =>
      page.locator('.tl-svg').evaluate((svg) => {
        const edge = svg.getBoundingClientRect().left;
        return [...svg.querySelectorAll('.tl-item:not([display="none"])')].flatMap((item) => {
          const span = item.querySelector('.tl-span')?.getBoundingClientRect();
          const label = item.querySelector('.tl-label');
          if (!span || !(span.left < edge - 1 && span.right > edge + 1)) return [];
          return [{ id: item.getAttribute('data-item'), labelLeft: label?.getAttribute('visibility') === 'hidden' ? null : label!.getBoundingClientRect().left - edge }];
        });
      });
    for (let i = 0; i < 4 && (await cutSpans()).length === 0; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    const cut = await cutSpans();
    expect(cut.length, 'zooming in should cut a span at the left edge').toBeGreaterThan(0);
    for (const { labelLeft } of cut.filter((span) => span.labelLeft !== null)) expect(Math.abs(labelLeft!)).toBeLessThan(2);
    expect(cut.some((span) => span.labelLeft !== null)).toBe(true);
  });

  it('hides labels that would overlap when zoomed out, and shows them again when zoomed in', async () => {
    const page = await open(casePath, { reducedMotion: 'reduce' });
    await enhanced(page);
    const drawnLabels = () =>
      page.locator('.tl-svg .tl-item:not([display="none"]) .tl-label:not([visibility="hidden"])').evaluateAll((labels) =>
        labels.map((label) => label.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
      );
    const overlapping = (boxes: { left: number; right: number; top: number; bottom: number }[]) =>
      boxes.filter((a, i) => boxes.some((b, j) => i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)).length;
    const atStart = (await drawnLabels()).length;
    expect(atStart).toBe(order.length);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
    const zoomedOut = await drawnLabels();
    expect(zoomedOut.length).toBeLessThan(atStart);
    expect(zoomedOut.length).toBeGreaterThan(0);
    expect(overlapping(zoomedOut)).toBe(0);
    await page.getByRole('button', { name: 'Case period' }).click();
    expect((await drawnLabels()).length).toBe(atStart);
  });

  it('moves between items in time with the arrow keys, Home and End; Enter opens the details, Escape closes them', async () => {
    const page = await open(casePath);
    await enhanced(page);
    await expect(page.locator('.tl-svg [tabindex="0"]').count()).resolves.toBe(1);
    await page.locator('.tl-svg [tabindex="0"]').focus();
    expect(await focusedItem(page)).toBe(order[0]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedItem(page)).toBe(order[1]);
    await page.keyboard.press('End');
    expect(await focusedItem(page)).toBe(order[4]);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedItem(page)).toBe(order[3]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedItem(page)).toBe(order[4]);
    await page.keyboard.press('Enter');
    const panel = page.locator('.tl-panel');
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.textContent()).resolves.toContain('ordinary flood of traffic');
    await expect(panel.textContent()).resolves.toContain('Reported speech');
    expect(new URL(page.url()).hash).toBe('#fixture-engineer-view');
    expect(await focusedItem(page)).toBe(order[4]);
    await page.keyboard.press('Home');
    expect(await focusedItem(page)).toBe(order[0]);
    await expect(panel.textContent()).resolves.toContain('The council website slows down');
    await page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
    const name = await page.locator(`.tl-svg [data-item="${order[0]}"]`).getAttribute('aria-label');
    expect(name).toContain('The council website slows down');
    expect(name).toContain('Monday 11 November 2019, afternoon');
  });

  it('filters by kind and by actor', async () => {
    const page = await open(casePath);
    await enhanced(page);
    await page.getByText('Filter').click();
    await page.getByRole('checkbox', { name: 'Statements' }).uncheck();
    await expect(page.locator('.tl-svg .tl-statement:not([display="none"])').count()).resolves.toBe(0);
    await expect(page.locator('.tl-svg .tl-event:not([display="none"])').count()).resolves.toBe(2);
    await expect(page.locator('.tl-status').textContent()).resolves.toBe('Showing 2 of 5 items.');
    await page.getByRole('checkbox', { name: 'Statements' }).check();
    await page.getByRole('checkbox', { name: 'Riverside Borough Council' }).uncheck();
    const shown = await page.locator('.tl-svg [data-item]:not([display="none"])').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-item')));
    expect(shown).toEqual(['fixture-insider-tip', 'fixture-gazette-story', 'fixture-engineer-view']);
    await page.locator('.tl-svg [tabindex="0"]').focus();
    await page.keyboard.press('Home');
    expect(await focusedItem(page)).toBe('fixture-insider-tip');
  });

  it('shows the case as it was known at a moment chosen, in the chart and in the list of every item', async () => {
    const page = await open(casePath);
    await enhanced(page);
    const asOf = page.getByLabel('As known on');
    await expect(asOf.locator('option').allTextContents()).resolves.toEqual([
      'today: everything',
      'Tuesday 12 November 2019, 09:30 — Statement on website performance',
      'Tuesday 12 November 2019, 14:00 — Council website slows as officials blame attack',
    ]);
    const shown = () => page.locator('.tl-svg [data-item]:not([display="none"])').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-item')));
    const listed = () => page.locator('#chronology li:not([hidden]) a[href*="/cases/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').at(-2)));
    // As the council's release came out, only what rests on it was public.
    await asOf.selectOption({ index: 1 });
    await expect.poll(shown).toEqual(['fixture-outage', 'fixture-council-quote']);
    await expect(listed()).resolves.toEqual(['fixture-outage', 'fixture-council-quote']);
    await expect(page.locator('.tl-status').textContent()).resolves.toBe('Showing 2 of 5 items.');
    // The page's other lists follow: the sources published by then, the claims and statements public by then.
    await expect(page.locator('#sources li:not([hidden])').count()).resolves.toBe(1);
    await expect(page.locator('#sources li:not([hidden])').textContent()).resolves.toContain('Statement on website performance');
    await expect(page.locator('#key-statements .statement-card:not([hidden]) a[href*="/statements/"]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!.split('/').at(-2)))])).resolves.toEqual(['fixture-council-quote']);
    await expect(page.locator('#claims li:not([hidden])').textContent()).resolves.toContain('sophisticated');
    await asOf.selectOption({ index: 2 });
    await expect.poll(shown).toEqual(order);
    await asOf.selectOption({ index: 0 });
    await expect.poll(listed).toEqual(order);
  });

  it('opens on the item a deep link names', async () => {
    const page = await open(`${casePath}#fixture-gazette-story`);
    await enhanced(page);
    await expect(page.locator('.tl-panel').textContent()).resolves.toContain('The Gazette publishes');
    await expect(page.locator('.tl-svg [data-item="fixture-gazette-story"]').getAttribute('tabindex')).resolves.toBe('0');
    await expect(page.locator('.tl-svg [data-item="fixture-gazette-story"]').getAttribute('class')).resolves.toContain('is-selected');
  });

  it('zooms in with a two-finger pinch, on a phone: the marks spread out and the axis ticks a finer unit', async () => {
    const page = await open(casePath, { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    await enhanced(page);
    const axis = () => page.locator('.tl-svg .tl-axis .tl-axis-minor:not([visibility="hidden"])').allTextContents();
    const gap = async () => (await markX(page, 'fixture-gazette-story')) - (await markX(page, 'fixture-council-quote'));
    const [gapBefore, ticksBefore] = [await gap(), await axis()];
    expect(ticksBefore.some((tick) => /^(night|morning|afternoon|evening)$/.test(tick))).toBe(false);
    // Two fingers 60 px apart, centred between the two marks, move out to 240 px apart: a
    // fourfold pinch that keeps both in view.
    const centre = async (id: string) => {
      const box = (await page.locator(`.tl-svg [data-item="${id}"] .tl-mark`).boundingBox())!;
      return box.x + box.width / 2;
    };
    const x = ((await centre('fixture-council-quote')) + (await centre('fixture-gazette-story'))) / 2;
    const svgBox = (await page.locator('.tl-svg').boundingBox())!;
    const y = svgBox.y + 70;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: x - spread / 2, y, id: 1 }, { x: x + spread / 2, y, id: 2 }],
      });
    await touch('touchStart', 60);
    for (let spread = 80; spread <= 240; spread += 20) await touch('touchMove', spread);
    await touch('touchEnd', 240);
    await expect.poll(gap).toBeGreaterThan(3 * gapBefore);
    const ticksAfter = await axis();
    expect(ticksAfter.some((tick) => /^(morning|afternoon|evening|\d\d:00)$/.test(tick))).toBe(true);
  });

  it('opens the details on a click, and not at the end of a drag', async () => {
    const page = await open(casePath, { reducedMotion: 'reduce' });
    await enhanced(page);
    await page.locator('.tl-svg [data-item="fixture-council-quote"] .tl-mark').click();
    await expect(page.locator('.tl-panel').textContent()).resolves.toContain('sophisticated attack');
    await page.keyboard.press('Escape');
    const mark = (await page.locator('.tl-svg [data-item="fixture-gazette-story"] .tl-mark').boundingBox())!;
    await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await page.mouse.down();
    await page.mouse.move(mark.x + 80, mark.y + mark.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(page.locator('.tl-panel').isVisible()).resolves.toBe(false);
  });

  it('opens the details on a click that comes just after a wheel zoom, before the zoom has settled', async () => {
    const page = await open(casePath);
    await enhanced(page);
    // A wheel zoom keeps the time under the pointer where it is: the point stays under it.
    const mark = (await page.locator('.tl-svg [data-item="fixture-council-quote"] .tl-mark').boundingBox())!;
    await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await page.mouse.wheel(0, -200);
    await page.locator('canvas.tl-sketch').waitFor({ state: 'visible' });
    await page.mouse.down();
    await page.mouse.up();
    await expect(page.locator('.tl-panel').textContent()).resolves.toContain('sophisticated attack');
  });

  it('opens the details on a tap, on a phone', async () => {
    const page = await open(casePath, { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    await enhanced(page);
    const width = await page.locator('.tl-svg').evaluate((svg) => svg.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(375);
    // Packed again for the phone's width: every label still has a place.
    await expect(page.locator('.tl-svg .tl-label:not([visibility="hidden"])').count()).resolves.toBe(order.length);
    await page.locator('.tl-svg [data-item="fixture-council-quote"] .tl-mark').tap();
    await expect(page.locator('.tl-panel').textContent()).resolves.toContain('sophisticated attack');
  });
});
