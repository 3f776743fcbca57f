/**
 * The commentary in Chromium: sidenotes in the margin at desktop width (on the shipped case's
 * most annotated pages too: each beside its line, none overlapping, long ones clamped with "more"),
 * notes opened in place at phone width (touch, keyboard, Esc), the kind of every note, the notes
 * list without JavaScript, cards on actor and term links kept inside the viewport, and the handout
 * as print and as a PDF.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/model/types.ts';
import { reportingLag, VERDICT_LABELS } from '../../src/site/format.ts';
import { pagePath } from '../../src/site/urls.ts';
import { page as builtPage } from '../support/build.ts';
import { builtFixture, openSite, type OpenSite } from '../support/fixture-site.ts';
import { builtSite } from '../support/quality/sites.ts';
import { loadShipped } from '../unit/case/labour-model.ts';
import { serve, type Served } from '../support/serve.ts';

const statementPath = 'cases/fixture-case/statements/fixture-council-quote/';
const casePath = 'cases/fixture-case/';
const desktop: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const phone: BrowserContextOptions = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true };
let site: OpenSite;
let served: Served;
let shipped: Served;
let browser: Browser;

beforeAll(async () => {
  site = await openSite(builtFixture());
  ({ served, browser } = site);
});

afterAll(async () => {
  await site?.close();
  await shipped?.stop();
});

/** Opens a page in a fresh context; console errors fail the test that reads `errors`. */
async function open(path: string, options: BrowserContextOptions = desktop, site: () => Served = () => served): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site().url(path));
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

  it("keeps clear of the margin's asides: the case page's glance", async () => {
    const { page } = await open(casePath);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-margin-notes'));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const note = await page.locator('[data-sidenote="fn-1"]').boundingBox();
    const glance = await page.locator('.margin').first().boundingBox();
    expect(note && glance).toBeTruthy();
    if (!note || !glance) return;
    expect(note.y >= glance.y + glance.height || note.y + note.height <= glance.y).toBe(true);
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

/** Each sidenote of the page: its top, its bottom, and the top and line height of its marker. */
function sidenoteBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.sidenote')].map((note) => {
      const marker = note.previousElementSibling as HTMLElement;
      const box = note.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(marker.closest('p, li, blockquote') ?? marker).lineHeight);
      return { id: note.dataset['sidenote'], top: box.top, bottom: box.bottom, marker: marker.getBoundingClientRect().top, line };
    }),
  );
}

/** Fails with the notes' positions when one is away from its line or overlaps the next. */
function expectBesideTheirLines(boxes: Awaited<ReturnType<typeof sidenoteBoxes>>): void {
  expect(boxes.length).toBeGreaterThan(1);
  for (const box of boxes) expect(Math.abs(box.top - box.marker), JSON.stringify(box)).toBeLessThanOrEqual(box.line);
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  sorted.forEach((box, index) => {
    const next = sorted[index + 1];
    if (next) expect(box.bottom, `${box.id} overlaps ${next.id}`).toBeLessThanOrEqual(next.top);
  });
}

// The shipped case's most annotated pages: two expert notes on two lines of one quote, and the
// overview's three footnotes, the first two a few lines apart.
const crowded = ['cases/labour-ddos-2019/statements/sookoo-email-attacks/', 'cases/labour-ddos-2019/statements/ns-no-suggestion/', 'cases/labour-ddos-2019/'];

/** The page an annotation of the shipped case is shown on. */
function targetPath(annotation: Annotation): string {
  const target = annotation.target;
  return target.type === 'case' ? pagePath('case', annotation.caseId) : pagePath(target.type, target.item.id, annotation.caseId);
}

describe('the shipped case', () => {
  // The quality gates' site: the shipped content with the feature fixture beside it, built once
  // a run. In a hook of its own, given more time: on a busy machine a build can take minutes.
  let shippedDir: string;
  beforeAll(async () => {
    shippedDir = builtSite('student').dir;
    shipped = await serve(shippedDir);
  }, 900_000);

  it.each([['desktop', desktop], ['phone', phone]] as const)('keep cards inside the viewport by the right and bottom edges (%s)', async (_, options) => {
    const { page } = await open('cases/labour-ddos-2019/', options, () => shipped);
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const inside = async (card: ReturnType<Page['locator']>) => {
      await page.waitForFunction((element) => element && getComputedStyle(element).display !== 'none', await card.elementHandle());
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const box = await card.boundingBox();
      expect(box).toBeTruthy();
      if (!box) return;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    };
    // The card link that ends nearest the right edge of the text (at 1440 px the text column is
    // far from the edge: one of its links is moved there, as in a right-hand column).
    const holders = page.locator('.overview .has-card');
    const rights = await holders.evaluateAll((elements) => elements.map((element) => element.querySelector('a')?.getBoundingClientRect().right ?? 0));
    const index = rights.indexOf(Math.max(...rights));
    const holder = holders.nth(index);
    // Through the style object: the page's CSP refuses style attributes.
    if (viewport.width > 1000) await holder.evaluate((element: HTMLElement) => Object.assign(element.style, { position: 'absolute', right: '4px' }));
    await holder.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    const linkBox = await holder.locator('a').boundingBox();
    expect(linkBox && linkBox.x + linkBox.width).toBeGreaterThan(viewport.width - 100);
    await holder.locator('a').hover();
    await inside(holder.locator('.ref-card'));
    // It was moved left: where CSS put it, it would have crossed the right edge.
    await expect(holder.locator('.ref-card').evaluate((card: HTMLElement) => parseFloat(card.style.getPropertyValue('--card-dx')))).resolves.toBeLessThan(0);
    await page.mouse.move(0, 0);
    // A link on the last line of the screen: its card opens above it.
    const low = holders.nth(2);
    await low.evaluate((element) => {
      const box = element.getBoundingClientRect();
      window.scrollBy(0, box.bottom - window.innerHeight + 4);
    });
    await low.locator('a').focus();
    await inside(low.locator('.ref-card'));
    await expect(low.locator('.ref-card').getAttribute('data-above')).resolves.toBe('');
    await page.context().close();
  });

  it.each(crowded)('sets sidenotes beside the line of their marker at 1440 px, none overlapping (%s)', async (path) => {
    const { page, errors } = await open(path, desktop, () => shipped);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-margin-notes'));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expectBesideTheirLines(await sidenoteBoxes(page));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('clamps a long note with a "more" button that expands it in place from the keyboard', async () => {
    const { page } = await open(crowded[0] ?? '', desktop, () => shipped);
    const note = page.locator('[data-sidenote="ncsc-on-scale"]');
    const more = note.locator('.sidenote-more');
    await more.waitFor();
    await expect(note.getAttribute('data-clamped')).resolves.toBe('');
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(more.textContent()).resolves.toBe('more of note 1');
    const clamped = await note.boundingBox();
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
    const expanded = await note.boundingBox();
    expect(expanded && clamped && expanded.height > clamped.height * 3).toBe(true);
    // The whole note shows: its last words and its source.
    await expect(note.locator('.sidenote-source').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('sidenote-more'))).resolves.toBe(true);
    // The next note yields: still no overlap.
    const boxes = await sidenoteBoxes(page);
    expect(boxes[0] && boxes[1] && boxes[0].bottom <= boxes[1].top).toBe(true);
    await page.keyboard.press('Space');
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
    expectBesideTheirLines(await sidenoteBoxes(page));
    await page.context().close();
  });

  it('expands a clamped note when focus moves to a link it hides', async () => {
    const { page } = await open(crowded[0] ?? '', desktop, () => shipped);
    const note = page.locator('[data-sidenote="ncsc-on-scale"]');
    await note.locator('.sidenote-more').waitFor();
    await note.locator('.sidenote-source a').focus();
    await expect(note.getAttribute('data-expanded')).resolves.toBe('');
    await expect(note.locator('.sidenote-source a').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  describe('what the shipped case shows of its commentary and sources', () => {
    const { theCase } = loadShipped();
    const experts = theCase.annotations.filter((annotation) => annotation.kind === 'expert' && annotation.audience === 'all');

    it('names the expert of every expert note, linked, with its source, in the margin and in the list', async () => {
      expect(experts.length).toBeGreaterThan(0);
      const { page } = await open(targetPath(experts[0]!), desktop, () => shipped);
      for (const annotation of experts) {
        await page.goto(shipped.url(targetPath(annotation)));
        for (const where of [`[data-sidenote="${annotation.id}"]`, `#note-${annotation.id}`]) {
          await expect(page.locator(`${where} .badge`).first().textContent(), where).resolves.toBe('Expert view');
          await expect(page.locator(`${where} a[href="/actors/${annotation.by?.id}/"]`).count(), where).resolves.toBeGreaterThan(0);
          await expect(page.locator(`${where} a[href="/sources/${annotation.source?.id}/"]`).count(), where).resolves.toBeGreaterThan(0);
        }
      }
      await page.context().close();
    });

    it("lists every note an expert gave on the expert's page, linked to the note", () => {
      for (const annotation of experts) {
        const html = builtPage(shippedDir, pagePath('actor', annotation.by?.id ?? ''));
        expect(html, annotation.id).toContain(`${targetPath(annotation)}#note-${annotation.id}"`);
      }
    });

    it('publishes ClaimReview JSON-LD, with the verdict shown, on every claim page', () => {
      for (const claim of theCase.claims.filter((candidate) => candidate.verdict !== undefined)) {
        const html = builtPage(shippedDir, pagePath('claim', claim.id, theCase.id));
        const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => JSON.parse(match[1] ?? '{}'));
        const review = scripts.find((data) => data['@type'] === 'ClaimReview');
        expect(review, claim.id).toBeDefined();
        expect(review.claimReviewed).toBe(claim.claim);
        expect(review.reviewRating.alternateName).toBe(VERDICT_LABELS[claim.verdict!]);
        expect(html).toContain(`data-verdict="${claim.verdict}"`);
      }
    });

    it('shows the chain from a report back to its original, and the lag between saying and reporting', () => {
      let lags = 0;
      for (const statement of theCase.statements) {
        const html = builtPage(shippedDir, pagePath('statement', statement.id, theCase.id));
        if (!statement.source.url) {
          for (const report of statement.source.reportedBy) expect(html, statement.id).toContain(`href="/sources/${report.id}/"`);
        }
        const lag = reportingLag(statement.when, statement.source.published, theCase.timezone);
        if (lag) {
          lags += 1;
          expect(html, statement.id).toContain(`<span class="lag">(${lag})</span>`);
        }
      }
      expect(lags).toBeGreaterThan(0);
      for (const source of theCase.sources.filter((candidate) => candidate.reports.length > 0)) {
        const html = builtPage(shippedDir, pagePath('source', source.id));
        const chain = html.slice(html.indexOf('id="chain"'));
        expect(chain, source.id).toContain('This source re-reports:');
        for (const original of source.reports) expect(chain, source.id).toContain(`href="/sources/${original.id}/"`);
      }
    });
  });
});

describe('the kind of a footnote', () => {
  it('is shown as "Context" in the margin, in place and in the list of notes', async () => {
    const { page } = await open(casePath);
    await expect(page.locator('[data-sidenote="fn-1"] .badge').textContent()).resolves.toBe('Context');
    await expect(page.locator('#note-fn-1 .badge').textContent()).resolves.toBe('Context');
    await expect(page.locator('#note-fn-1').getAttribute('data-note-kind')).resolves.toBe('context');
    await page.context().close();
    const phoneView = await open(casePath, phone);
    await phoneView.page.locator('a[href="#note-fn-1"]').tap();
    await expect(phoneView.page.locator('[data-sidenote="fn-1"] .badge').isVisible()).resolves.toBe(true);
    await expect(phoneView.page.locator('[data-sidenote="fn-1"] .badge').textContent()).resolves.toBe('Context');
    await phoneView.page.context().close();
  });
});

describe('the notes of an .mdx body', () => {
  const mdxPath = 'cases/fixture-case/events/fixture-gazette-story/';

  it('are numbered, set in the margin beside their marker and listed, as for .md', async () => {
    const { page, errors } = await open(mdxPath);
    const note = page.locator('[data-sidenote="fn-time"]');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.locator('.badge').textContent()).resolves.toBe('Context');
    const noteBox = await note.boundingBox();
    const markerBox = await page.locator('.prose a[href="#note-fn-time"]').boundingBox();
    expect(noteBox && markerBox && Math.abs(noteBox.y - markerBox.y) < 40).toBe(true);
    await expect(page.locator('.prose a[href="#note-fn-time"]').textContent()).resolves.toBe('1');
    await expect(page.locator('#notes #note-fn-time .badge').textContent()).resolves.toBe('Context');
    await expect(page.locator('.prose section[data-footnotes]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('open in place at phone width, and give actor links their card', async () => {
    const { page } = await open(mdxPath, phone);
    await page.locator('.prose a[href="#note-fn-time"]').tap();
    await expect(page.locator('[data-sidenote="fn-time"]').isVisible()).resolves.toBe(true);
    await page.locator('.prose a[href="/actors/fixture-engineer/"]').focus();
    await expect(page.locator('.prose .ref-card').first().textContent()).resolves.toContain('Network engineer');
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
