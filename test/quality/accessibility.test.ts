/**
 * Accessibility gate: axe-core (WCAG 2.2 A and AA, and best practices) finds no violation on
 * every kind of page (`PAGE_KINDS` in test/support/quality/pages.ts), at desktop and phone
 * widths, with and without JavaScript, and no page logs a console error meanwhile.
 *
 * Alone: `npx vitest run test/quality/accessibility.test.ts`
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { axeViolations, MODES } from '../support/quality/axe.ts';
import { htmlPage, writeSite } from '../support/quality/broken.ts';
import { pagesToTest } from '../support/quality/pages.ts';
import { builtSite } from '../support/quality/sites.ts';

const sites = { student: builtSite('student'), teacher: builtSite('teacher') };
const pages = pagesToTest(sites);
const titled = pages.map((page) => ({ ...page, title: `${page.kind}: /${page.path}${page.edition === 'teacher' ? ' (teacher edition)' : ''}` }));
let browser: Browser;
const served: Partial<Record<'student' | 'teacher', Served>> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  served.student = await serve(sites.student.dir);
  served.teacher = await serve(sites.teacher.dir);
});

afterAll(async () => {
  await browser?.close();
  await served.student?.stop();
  await served.teacher?.stop();
});

describe.each(MODES)('axe finds nothing: $name', (mode) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: mode.viewport, javaScriptEnabled: mode.javaScript });
  });
  afterAll(() => context?.close());

  // Two pages at a time: axe keeps one core busy, and CI has two.
  it.concurrent.for(titled)('$title', async ({ path, edition }, { expect }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(served[edition]!.url(path));
    expect(await axeViolations(page, { javaScript: mode.javaScript })).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the accessibility gate fails on a broken page', () => {
  it('an image without alt text, a link without a name, unreadable contrast, a missing language', async () => {
    const site = writeSite({
      'index.html': htmlPage(
        `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
         <a href="/"><span></span></a>
         <p style="color: #ccc; background: #fff">Faint text</p>`,
      ).replace(' lang="en"', ''),
    });
    const server = await serve(site);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url(''));
      const violations = (await axeViolations(page)).join('\n');
      expect(violations).toMatch(/^image-alt \(critical\)/m);
      expect(violations).toMatch(/^link-name \(serious\)/m);
      expect(violations).toMatch(/^color-contrast \(serious\)/m);
      expect(violations).toMatch(/^html-has-lang \(serious\)/m);
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
