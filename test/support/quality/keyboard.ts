/**
 * Keyboard-only operation: moving focus with Tab alone, and asking what has it.
 */
import type { Page } from 'playwright-core';

/** What has focus: its tag, `href`, text, timeline item, and whether it shows a focus ring. */
export interface Focused {
  tag: string;
  href: string;
  text: string;
  /** The `data-item` of a timeline mark (§7); empty for anything else. */
  item: string;
  /**
   * Whether the focused element is drawn with an outline or a box shadow, or, for an SVG element
   * (a timeline mark), with a shape stroked in the focus colour.
   */
  visible: boolean;
}

/** What has focus now. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : undefined;
    const ringed = !!style && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none');
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      href: element?.getAttribute('href') ?? '',
      text: element?.textContent?.trim() ?? '',
      item: element?.getAttribute('data-item') ?? '',
      visible: ringed || strokedInFocusColour(element),
    };

    /** Whether an SVG element draws a shape of it in the site's focus colour (`--focus`), its ring. */
    function strokedInFocusColour(svg: Element | null): boolean {
      if (!(svg instanceof SVGElement) || !getComputedStyle(document.documentElement).getPropertyValue('--focus').trim()) return false;
      const probe = document.createElement('span');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      const focusColour = getComputedStyle(probe).color;
      probe.remove();
      return [...svg.querySelectorAll('*')].some((shape) => getComputedStyle(shape).stroke === focusColour);
    }
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
    seen.push(`${focus.tag}${focus.href ? `[href=${focus.href}]` : ''}${focus.item ? `[data-item=${focus.item}]` : ''}`);
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
