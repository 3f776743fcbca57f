/**
 * The commentary in Chromium: sidenotes in the margin at desktop width, notes opened in place at
 * phone width (touch, keyboard, Esc), the notes list without JavaScript, cards on actor and term
 * links, and the handout as print and as a PDF.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { casebook, projectRoot } from '../support/build.ts';
import { serve, type Served } from '../support/serve.ts';

const outDir = join(mkdtempSync(join(tmpdir(), 'casebook-commentary-')), 'site');
const statementPath = 'cases/fixture-case/statements/fixture-council-quote/';
const casePath = 'cases/fixture-case/';
const desktop: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const phone: BrowserContextOptions = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true };
let served: Served;
let browser: Browser;

beforeAll(async () => {
  const build = casebook(['build', '--out-dir', outDir], join(projectRoot, 'test/fixtures/minimal/content'));
  expect(build.status, build.output).toBe(0);
  served = await serve(outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

/** Opens a page in a fresh context; console errors fail the test that reads `errors`. */
async function open(path: string, options: BrowserContextOptions = desktop): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(served.url(path));
  return { page, errors };
}

const marker = (page: Page) => page.locator('.statement-words a[href="#note-fixture-expert-note"]');
const sidenote = (page: Page) => page.locator('.statement-words [data-sidenote="fixture-expert-note"]');

describe('notes at desktop width', () => {
  it('sets each note in the margin, beside the line of its marker', async () => {
    const { page, errors } = await open(statementPath);
    const note = sidenote(page);
    await expect(note.isVisible()).resolves.toBe(true);
    const noteBox = await note.boundingBox();
    const textBox = await page.locator('.statement-words blockquote').boundingBox();
    const markerBox = await marker(page).boundingBox();
    expect(noteBox && textBox && markerBox).toBeTruthy();
    if (!noteBox || !textBox || !markerBox) return;
    expect(noteBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width);
    expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(1440);
    expect(Math.abs(noteBox.y - markerBox.y)).toBeLessThan(40);
    await expect(note.textContent()).resolves.toContain('nothing unusual');
    await expect(page.locator('#notes [data-annotation="fixture-expert-note"]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the marker a plain link to the list of notes', async () => {
    const { page } = await open(statementPath);
    await marker(page).click();
    expect(new URL(page.url()).hash).toBe('#note-fixture-expert-note');
    await expect(marker(page).getAttribute('aria-expanded')).resolves.toBeNull();
    await page.context().close();
  });
});

describe('notes at phone width', () => {
  it('hides sidenotes until a tap on the marker opens the note in place; a second tap closes it', async () => {
    const { page, errors } = await open(statementPath, phone);
    const note = sidenote(page);
    await expect(note.isVisible()).resolves.toBe(false);
    await expect(marker(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await marker(page).tap();
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(marker(page).getAttribute('aria-expanded')).resolves.toBe('true');
    expect(new URL(page.url()).hash).toBe('');
    const noteBox = await note.boundingBox();
    const markerBox = await marker(page).boundingBox();
    expect(noteBox && markerBox && noteBox.y > markerBox.y && noteBox.x + noteBox.width <= 375).toBe(true);
    await marker(page).tap();
    await expect(note.isVisible()).resolves.toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens with the keyboard, closes with Esc and returns focus to the marker', async () => {
    const { page } = await open(statementPath, phone);
    await marker(page).focus();
    await page.keyboard.press('Enter');
    await expect(sidenote(page).isVisible()).resolves.toBe(true);
    // Focus moves into the note's links, and Esc from there still closes it.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('.sidenote') !== null)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(sidenote(page).isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#note-fixture-expert-note');
    await expect(marker(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.context().close();
  });

  it('without JavaScript, links the marker to the note in the list', async () => {
    const { page } = await open(statementPath, { ...phone, javaScriptEnabled: false });
    await marker(page).tap();
    expect(new URL(page.url()).hash).toBe('#note-fixture-expert-note');
    await expect(page.locator('#notes [data-annotation="fixture-expert-note"]').isVisible()).resolves.toBe(true);
    await expect(sidenote(page).isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('cards on actor and term links', () => {
  const link = (page: Page) => page.locator('.overview a[href="/actors/fixture-council/"]').first();
  const card = (page: Page) => page.locator('.overview .has-card:has(a[href="/actors/fixture-council/"]) .ref-card').first();

  it.each([['desktop', desktop], ['phone', { viewport: { width: 375, height: 800 } }]] as const)('show on hover and go with the pointer (%s)', async (_, options) => {
    const { page } = await open(casePath, options);
    await expect(card(page).isVisible()).resolves.toBe(false);
    await link(page).hover();
    await expect(card(page).isVisible()).resolves.toBe(true);
    await expect(card(page).textContent()).resolves.toContain('Local authority that runs the affected website');
    // The card itself can be hovered without disappearing (WCAG 1.4.13).
    await card(page).hover();
    await expect(card(page).isVisible()).resolves.toBe(true);
    await page.mouse.move(0, 0);
    await expect(card(page).isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('show on keyboard focus, hide with Esc, and leave the link a plain link', async () => {
    const { page } = await open(casePath);
    await link(page).focus();
    await expect(card(page).isVisible()).resolves.toBe(true);
    await expect(link(page).getAttribute('aria-describedby')).resolves.toBe(await card(page).getAttribute('id'));
    await page.keyboard.press('Escape');
    await expect(card(page).isVisible()).resolves.toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/actors\/fixture-council\/$/);
    await page.context().close();
  });

  it("show a term's definition", async () => {
    const { page } = await open(casePath);
    await page.locator('.overview a[href="/glossary/ddos/"]').first().hover();
    await expect(page.locator('.overview .has-card:has(a[href="/glossary/ddos/"]) .ref-card').first().textContent()).resolves.toContain(
      'An attempt to overwhelm a website',
    );
    await page.context().close();
  });
});

describe('print', () => {
  it('prints the handout as a PDF, without navigation, with notes as endnotes', async () => {
    const { page, errors } = await open('cases/fixture-case/handout/');
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).display);
    await expect(display('.site-header')).resolves.toBe('none');
    await expect(display('.site-footer')).resolves.toBe('none');
    await expect(display('.trail')).resolves.toBe('none');
    await expect(page.locator('.skip-link').isVisible()).resolves.toBe(false);
    await expect(page.locator('#notes [data-annotation="fixture-expert-note"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('#questions').isVisible()).resolves.toBe(true);
    await expect(page.locator('#sources').isVisible()).resolves.toBe(true);
    await expect(page.locator('#timeline').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints a statement page without chrome, its notes in the list', async () => {
    const { page } = await open(statementPath);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    await expect(sidenote(page).isVisible()).resolves.toBe(false);
    await expect(page.locator('#notes').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().close();
  });
});
