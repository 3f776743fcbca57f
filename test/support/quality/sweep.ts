/**
 * The browser half of the CSP and privacy gates: every page of a built site opened in Chromium,
 * with JavaScript, noting each console error (a CSP violation is one) and each request to
 * another host (aborted, so that nothing leaves the machine). A site is swept once per run and
 * the result kept beside it for the other gate.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../browser.ts';
import { serve } from '../serve.ts';
import { pagePaths } from './pages.ts';
import { qualityDir, type BuiltSite } from './sites.ts';

/** What happened while one page loaded. */
export interface Visit {
  path: string;
  status: number | undefined;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any other host, and loads the CSP refused because they were for one. */
  offSite: string[];
}

/**
 * Chromium's words for a load the CSP blocked, which never becomes a request: "Loading the
 * script 'https://…' violates the following Content Security Policy directive" (older versions:
 * "Refused to load the script 'https://…' because it violates …").
 */
const REFUSED = /'((?:[a-z][a-z0-9+.-]*:)?\/\/[^']+)'[^']*(?:violates|because it violates) the following Content Security Policy/i;

/** How many visited pages stay open, so that what a page asks for late is still seen. */
const OPEN_PAGES = 4;

/**
 * Opens `paths` of the site in `dir` (served at the root) and reports what each did. Each path
 * gets its own tab with its own listeners, so a request a page makes late (a CSS background, a
 * script's fetch after `load`) is charged to that page, never to the next one.
 */
export async function visitPages(dir: string, paths: string[], browser?: Browser): Promise<Visit[]> {
  const served = await serve(dir);
  const own = browser ?? (await launchBrowser());
  try {
    const origin = new URL(served.url('')).origin;
    const context = await own.newContext();
    const visits: Visit[] = [];
    const open: Page[] = [];
    for (const path of paths) {
      const visit: Visit = { path, status: undefined, errors: [], offSite: [] };
      visits.push(visit);
      const page = await watchedPage(context, origin, visit);
      open.push(page);
      const response = await page.goto(served.url(path), { waitUntil: 'load' });
      visit.status = response?.status();
      if (open.length > OPEN_PAGES) await open.shift()?.close();
    }
    // Let the last pages' late work (scripts after load) report too.
    await new Promise((done) => setTimeout(done, 250));
    await context.close();
    return visits;
  } finally {
    if (!browser) await own.close();
    await served.stop();
  }
}

/** A new tab that records into `visit` its console errors and its requests to other hosts. */
async function watchedPage(context: BrowserContext, origin: string, visit: Visit): Promise<Page> {
  const page = await context.newPage();
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      visit.offSite.push(`request to ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const refused = REFUSED.exec(message.text());
    if (refused && new URL(refused[1]!, origin).origin !== origin) visit.offSite.push(`refused by the CSP: ${refused[1]}`);
    visit.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => visit.errors.push(`uncaught: ${error.message}`));
  return page;
}

/** Every page of a built quality site, visited once per run (the result is kept). */
export async function sweep(site: BuiltSite): Promise<Visit[]> {
  const file = join(qualityDir(), `sweep-${site.variant}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Visit[];
  if (site.base !== '/') throw new Error('sweep: sites under a sub-path are not served here');
  const visits = await visitPages(site.dir, pagePaths(site.dir));
  writeFileSync(file, JSON.stringify(visits));
  return visits;
}

/** The problems of `visits` that `pick` selects, as `path: problem` lines. */
export function problemsOf(visits: Visit[], pick: (visit: Visit) => string[]): string[] {
  return visits.flatMap((visit) => pick(visit).map((problem) => `/${visit.path}: ${problem}`));
}
