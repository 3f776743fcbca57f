/**
 * axe-core in Chromium: WCAG 2.2 A and AA and axe's best practices, at desktop and phone widths,
 * with and without JavaScript.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The rule sets checked: WCAG 2.0–2.2 levels A and AA, and best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** How a page is looked at. */
export interface Mode {
  name: string;
  viewport: { width: number; height: number };
  javaScript: boolean;
}

/** Desktop and phone widths, each with and without JavaScript. */
export const MODES: Mode[] = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, javaScript: true },
  { name: 'phone', viewport: { width: 375, height: 740 }, javaScript: true },
  { name: 'desktop without JavaScript', viewport: { width: 1280, height: 800 }, javaScript: false },
  { name: 'phone without JavaScript', viewport: { width: 375, height: 740 }, javaScript: false },
];

/**
 * axe's violations on the page as it is now, one line each: rule, impact, what it means and
 * where (up to three elements). Empty when there is none.
 */
export async function axeViolations(page: Page, options: { javaScript?: boolean } = {}): Promise<string[]> {
  // Without JavaScript, Chromium still runs what Playwright evaluates, but never fires timers,
  // which axe waits on: let them run as microtasks. (The page's own scripts stay off.)
  if (options.javaScript === false) {
    await page.evaluate(`window.setTimeout = (run, _delay, ...args) => {
      Promise.resolve().then(() => (typeof run === 'function' ? run(...args) : undefined));
      return 0;
    };
    window.clearTimeout = () => {};`);
  }
  // Legacy mode: one run in the page (no iframes to reach into), without the extra blank page
  // the default mode opens to merge frame results — much faster, same findings here.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ');
    const more = violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : '';
    return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}${more}`;
  });
}
