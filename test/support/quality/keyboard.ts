/**
 * Keyboard-only operation: moving focus with Tab alone, and asking what has it.
 */
import type { Page } from 'playwright-core';

/** What has focus: its tag, `href` and `data-*` attributes, and whether it shows a focus ring. */
export interface Focused {
  tag: string;
  href: string;
  text: string;
  /** Whether the focused element is drawn with an outline or a box shadow. */
  visible: boolean;
}

/** What has focus now. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : undefined;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      href: element?.getAttribute('href') ?? '',
      text: element?.textContent?.trim() ?? '',
      visible: !!style && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'),
    };
  });
}

/**
 * Presses Tab until the focused element matches `wanted` (at most `limit` presses), and returns
 * it; throws, naming what was reached, if it never does.
 */
export async function tabTo(page: Page, wanted: (focus: Focused) => boolean, limit = 200): Promise<Focused> {
  const seen: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if (wanted(focus)) return focus;
    seen.push(`${focus.tag}${focus.href ? `[href=${focus.href}]` : ''}`);
    if (focus.tag === 'body' && press > 0) break;
  }
  throw new Error(`Tab never reached it; it went through ${seen.slice(0, 40).join(', ')}${seen.length > 40 ? ', …' : ''}`);
}

/** Whether the element `selector` is within the viewport. */
export function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const box = document.querySelector(css)?.getBoundingClientRect();
    return !!box && box.bottom > 0 && box.top < window.innerHeight;
  }, selector);
}
