/**
 * Keyboard gate: with the keyboard alone (Tab and Enter, no mouse), a reader skips to the
 * content, goes from an annotated phrase to its note and back, works the timeline (zoom,
 * filters, its items, their details), and sees where focus is.
 *
 * Alone: `npx vitest run test/quality/keyboard.test.ts`
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type OpenSite } from '../support/fixture-site.ts';
import { serve, type Served } from '../support/serve.ts';
import { htmlPage, writeSite } from '../support/quality/broken.ts';
import { focused, inView, tabTo } from '../support/quality/keyboard.ts';
import { builtSite, FEATURE_CASE } from '../support/quality/sites.ts';

const statement = `cases/${FEATURE_CASE}/statements/agency-announcement/`;
const timeline = `cases/${FEATURE_CASE}/timeline/`;
let opened: OpenSite;
let browser: Browser;
let served: Served;
let context: BrowserContext;

beforeAll(async () => {
  opened = await openSite(builtSite('student').dir);
  ({ browser, served } = opened);
  context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
});

afterAll(async () => {
  await context?.close();
  await opened?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(served.url(path));
  return page;
}

describe('with the keyboard alone', () => {
  it('the first Tab reaches a visible skip link, and Enter moves to the main content', async () => {
    const page = await open(statement);
    const skip = await tabTo(page, () => true, 1);
    expect(skip).toMatchObject({ tag: 'a', href: '#main', visible: true });
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    expect((await focused(page)).tag).toBe('main');
  });

  it('goes from an annotated phrase to its note and back', async () => {
    const page = await open(statement);
    const marker = await tabTo(page, (focus) => focus.href === '#note-on-sophisticated');
    expect(marker.visible, 'the focused marker shows a focus ring').toBe(true);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#note-on-sophisticated');
    expect(await inView(page, '#note-on-sophisticated')).toBe(true);
    // Tab continues from the note: its back link is reached without passing the page's top.
    const back = await tabTo(page, (focus) => focus.href === '#ref-on-sophisticated', 10);
    expect(back.visible).toBe(true);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#ref-on-sophisticated');
    expect(await inView(page, '#ref-on-sophisticated')).toBe(true);
    // …and the next Tab is the phrase's own marker again.
    expect((await tabTo(page, () => true, 1)).href).toBe('#note-on-sophisticated');
  });

  it('reaches every note marker of a body and a quote', async () => {
    const page = await open(statement);
    const markers = await page.locator('sup.note-ref a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(markers.length).toBeGreaterThan(2);
    for (const href of markers) await tabTo(page, (focus) => focus.href === href);
  });
});

describe('the timeline with the keyboard alone', () => {
  /** The full-page timeline, once the browser has enhanced it. */
  async function openTimeline(): Promise<Page> {
    const page = await open(timeline);
    await page.locator('casebook-timeline.is-enhanced').waitFor();
    return page;
  }
  const axis = (page: Page) => page.locator('.tl-svg .tl-axis').innerHTML();
  const panelShown = (page: Page) => page.locator('.tl-panel').isVisible();

  it('zooms with a button reached by Tab and pressed with Enter', async () => {
    const page = await openTimeline();
    const before = await axis(page);
    const zoomIn = await tabTo(page, (focus) => focus.tag === 'button' && focus.text === '+');
    expect(zoomIn.visible, 'the focused button shows a focus ring').toBe(true);
    await page.keyboard.press('Enter');
    // The zoom is drawn in the next animation frames, not at once: wait for the axis to change.
    await expect.poll(() => axis(page)).not.toBe(before);
  });

  it('opens the filters with Enter and unticks a kind with Space', async () => {
    const page = await openTimeline();
    const summary = await tabTo(page, (focus) => focus.tag === 'summary');
    expect(summary.visible).toBe(true);
    await page.keyboard.press('Enter');
    const box = await tabTo(page, (focus) => focus.tag === 'input', 3);
    expect(box.visible).toBe(true);
    await page.keyboard.press('Space');
    await expect(page.locator('.tl-status').textContent()).resolves.toMatch(/^Showing \d+ of \d+ items\.$/);
    expect(await page.locator('.tl-svg [data-item][display="none"]').count()).toBeGreaterThan(0);
  });

  it('is one tab stop: arrows move between items, Enter opens the details, Escape closes them', async () => {
    const page = await openTimeline();
    const first = await tabTo(page, (focus) => focus.item !== '');
    expect(first.visible, 'the focused item shows a focus ring').toBe(true);
    await page.keyboard.press('ArrowRight');
    const second = await focused(page);
    expect(second.item).not.toBe('');
    expect(second.item).not.toBe(first.item);
    await page.keyboard.press('Enter');
    expect(await panelShown(page)).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#${second.item}`);
    await page.keyboard.press('Escape');
    expect(await panelShown(page)).toBe(false);
    expect((await focused(page)).item).toBe(second.item);
    // The next Tab leaves the items: they are one stop, not one each.
    expect((await tabTo(page, () => true, 1)).item).toBe('');
  });

  it('reaches the open details by Tab, and their close button returns to the item', async () => {
    const page = await openTimeline();
    const item = await tabTo(page, (focus) => focus.item !== '');
    await page.keyboard.press('Enter');
    expect(await panelShown(page)).toBe(true);
    const close = await tabTo(page, (focus) => focus.tag === 'button' && focus.text === '×', 10);
    expect(close.visible).toBe(true);
    await page.keyboard.press('Enter');
    expect(await panelShown(page)).toBe(false);
    expect((await focused(page)).item).toBe(item.item);
  });
});

describe('the keyboard gate fails on a broken page', () => {
  it('a note marker that is not a link cannot be reached by Tab', async () => {
    const site = writeSite({
      'index.html': htmlPage(`<p>A <mark>phrase</mark><sup class="note-ref"><span data-href="#note-1">1</span></sup> and <a href="#x">a link</a>.</p>
        <ol><li id="note-1">The note.</li></ol>`),
    });
    const server = await serve(site);
    const page = await context.newPage();
    try {
      await page.goto(server.url(''));
      await expect(tabTo(page, (focus) => focus.text === '1', 20)).rejects.toThrow(/Tab never reached it; it went through a\[href=#x\]/);
    } finally {
      await page.close();
      await server.stop();
    }
  });

  it('a timeline whose items never get a tab stop cannot be reached by Tab', async () => {
    const site = writeSite({
      'index.html': htmlPage(`<svg width="200" height="40" role="group" aria-label="Timeline">
          <a href="#a" tabindex="-1" data-item="a" aria-label="Item A"><rect width="20" height="20"/></a>
          <a href="#b" tabindex="-1" data-item="b" aria-label="Item B"><rect x="40" width="20" height="20"/></a>
        </svg>
        <p><a href="#x">a link</a></p>`),
    });
    const server = await serve(site);
    const page = await context.newPage();
    try {
      await page.goto(server.url(''));
      await expect(tabTo(page, (focus) => focus.item !== '', 20)).rejects.toThrow(/Tab never reached it; it went through a\[href=#x\]/);
    } finally {
      await page.close();
      await server.stop();
    }
  });
});
