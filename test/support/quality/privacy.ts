/**
 * The static half of the privacy gate: nothing a page loads comes from another host (scripts,
 * styles, fonts, images, frames, prefetches, CSS `url()` and `@import`), and every link to
 * another host opens without opener or referrer and says it leaves the site. The browser half
 * — no request to another host while pages load and run — is in `sweep.ts`.
 */
import type { Element } from 'hast';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEAVES_SITE } from '../../../src/markdown/links.ts';
import { attribute, describe, elements, readPages, siteFiles, textContent, where } from './html.ts';
import { cssUrls, urlsOf } from './links.ts';

/** `rel` values of a `<link>` that the browser does not fetch. */
const NOT_FETCHED = new Set(['canonical', 'alternate', 'author', 'license', 'me', 'next', 'prev', 'help', 'bookmark', 'search']);

/** Whether a URL leads to another host. */
export function isOffSite(url: string): boolean {
  return /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^\s*file:/i.test(url);
}

/** Whether an element's URLs are fetched when the page loads (not followed, as a link is). */
function isLoaded(element: Element): boolean {
  if (element.tagName === 'a' || element.tagName === 'area') return false;
  if (element.tagName === 'link') return !(attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/).every((rel) => NOT_FETCHED.has(rel));
  return true;
}

/** What is wrong with a link to another host, if anything. */
function externalLinkProblem(link: Element): string | undefined {
  const rel = (attribute(link, 'rel') ?? '').toLowerCase().split(/\s+/);
  if (!rel.includes('noopener') || !rel.includes('noreferrer')) return 'lacks rel="noopener noreferrer"';
  const marked = elements({ type: 'root', children: link.children }).some((child) => (attribute(child, 'className') ?? '').split(' ').includes('external-mark'));
  if (!marked) return 'has no visible mark (↗) that it leaves the site';
  if (!textContent(link).includes(LEAVES_SITE)) return `does not tell screen readers that it leaves the site ("${LEAVES_SITE.trim()}")`;
  return undefined;
}

/** Every privacy problem of the site built into `dir`; empty when there is none. */
export function privacyProblems(dir: string): string[] {
  const problems: string[] = [];
  for (const page of readPages(dir)) {
    for (const element of elements(page.tree)) {
      for (const url of urlsOf(element)) {
        if (!isOffSite(url)) continue;
        if (isLoaded(element)) problems.push(`${where(page, element)} ${describe(element, 'href', 'src')} loads ${url} from another host`);
        else {
          const problem = externalLinkProblem(element);
          if (problem) problems.push(`${where(page, element)} the link to ${url} ${problem}`);
        }
      }
      const css = element.tagName === 'style' ? textContent(element) : attribute(element, 'style');
      for (const url of css ? cssUrls(css) : []) {
        if (isOffSite(url)) problems.push(`${where(page, element)} CSS loads ${url} from another host`);
      }
    }
  }
  for (const file of siteFiles(dir).filter((name) => name.endsWith('.css'))) {
    for (const url of cssUrls(readFileSync(join(dir, file), 'utf8'))) {
      if (isOffSite(url)) problems.push(`${file} loads ${url} from another host`);
    }
  }
  return problems;
}
