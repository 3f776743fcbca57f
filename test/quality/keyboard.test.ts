/**
 * Keyboard gate: with the keyboard alone (Tab and Enter, no mouse), a reader skips to the
 * content, goes from an annotated phrase to its note and back, and sees where focus is.
 * (The timeline's keyboard tests join this file with the timeline.)
 *
 * Alone: `npx vitest run test/quality/keyboard.test.ts`
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { htmlPage, writeSite } from '../support/quality/broken.ts';
import { focused, inView, tabTo } from '../support/quality/keyboard.ts';
import { builtSite, FEATURE_CASE } from '../support/quality/sites.ts';

const statement = `cases/${FEATURE_CASE}/statements/agency-announcement/`;
let browser: Browser;
let served: Served;
let context: BrowserContext;

beforeAll(async () => {
  served = await serve(builtSite('student').dir);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await served?.stop();
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
});
