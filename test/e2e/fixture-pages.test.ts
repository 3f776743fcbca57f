/**
 * Opens the built fixture case in Chromium: pages load without console errors or requests to
 * other hosts, notes are reachable from their markers, and a phone-width page does not scroll
 * sideways.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, openSite, type OpenSite } from '../support/fixture-site.ts';
import type { Served } from '../support/serve.ts';

const statementPath = 'cases/fixture-case/statements/fixture-council-quote/';
let site: OpenSite;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  site = await openSite(builtFixture());
  ({ served, browser } = site);
});

afterAll(() => site?.close());

/** Opens `path` and collects console errors and requests to any other host. */
async function open(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(served.url(''))) problems.push(`request to another host: ${request.url()}`);
  });
  const response = await page.goto(served.url(path));
  return { page, problems, status: response?.status() };
}

describe('the fixture case in Chromium', () => {
  it.each(['', 'cases/fixture-case/', statementPath, 'sources/', 'glossary/', 'actors/fixture-engineer/'])(
    '/%s loads cleanly',
    async (path) => {
      const context = await browser.newContext();
      const { page, problems, status } = await open(context, path);
      expect(status).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('takes a reader from an annotated phrase to its note and back', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, statementPath);
    const mark = page.locator('[data-annotation-ref="fixture-expert-note"]');
    await expect(mark.textContent()).resolves.toContain('sophisticated attack');
    await page.locator('a[href="#note-fixture-expert-note"]').first().click();
    expect(new URL(page.url()).hash).toBe('#note-fixture-expert-note');
    const note = page.locator('[data-annotation="fixture-expert-note"]');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toContain('nothing unusual');
    await context.close();
  });

  it('reaches the first link by keyboard: a skip link to the main content', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, statementPath);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLAnchorElement | null;
      return { tag: element?.tagName, href: element?.getAttribute('href') ?? '' };
    });
    expect(focused.tag).toBe('A');
    expect(focused.href).toMatch(/^#/);
    await context.close();
  });

  it('does not scroll sideways on a 375 px phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    // The insider's statement has an author's label, so its facts also spell out the resolved span.
    for (const path of ['cases/fixture-case/', statementPath, 'cases/fixture-case/statements/fixture-insider-tip/', 'cases/fixture-case/events/fixture-outage/']) {
      const { page } = await open(context, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
