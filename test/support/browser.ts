/**
 * Debian's Chromium, driven by playwright-core (Playwright cannot download its own browsers
 * here). `CHROME_PATH` overrides the executable.
 */
import { chromium, type Browser } from 'playwright-core';

/** Launches headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
