/**
 * Built sites as the browser tests open them: served with Astro's preview server, with a headless
 * Chromium (`openSite`). The minimal fixture case (`test/fixtures/minimal/content`) is built for
 * them once per test run, into the run's folder (`quality/global-setup.ts`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { projectRoot } from './build.ts';
import { buildInto, qualityDir } from './quality/sites.ts';
import { serve, type Served } from './serve.ts';

/** The minimal fixture's content folder. */
export const minimalContent = join(projectRoot, 'test/fixtures/minimal/content');

/** The minimal fixture's student edition, built on first use in this run; returns its folder. */
export function builtFixture(): string {
  const dir = join(qualityDir(), 'minimal');
  if (!existsSync(join(dir, 'index.html'))) buildInto(dir, minimalContent);
  return dir;
}

/** A built site, served, and a browser to open it in. */
export interface OpenSite {
  dir: string;
  served: Served;
  browser: Browser;
  /** Closes the browser and stops the server. */
  close: () => Promise<void>;
}

/** Serves the built folder `dir` and launches a browser. */
export async function openSite(dir: string): Promise<OpenSite> {
  const served = await serve(dir);
  const browser = await launchBrowser();
  return {
    dir,
    served,
    browser,
    close: async () => {
      await browser.close();
      await served.stop();
    },
  };
}
