/**
 * rehype plugin: links written in a body work wherever the site is served, and links that leave
 * the site say so.
 *
 * - A root-relative link or image (`/glossary/ddos/`) gets the site's base path
 *   (`/courses/media/glossary/ddos/`): Astro rewrites its own assets for `base`, but not the links
 *   an author writes in Markdown (TOOLCHAIN.md).
 * - A relative link (`events/first-attack/`) is resolved against the page the body belongs to
 *   (the context's `home`): the same body is shown on several pages (case page, handout).
 * - A link to another host (`https://…`, `//…`) opens without an opener or a referrer and is
 *   marked as leaving the site, visibly (↗) and for screen readers, as `ExternalLink.astro` does.
 *
 * Runs after the sanitiser (which would remove the marks' classes) and before annotations and
 * notes, so that footnotes get the same treatment; the marks' text is not the author's, so it is
 * left out of the body's text (`hast-text.ts`) and annotations anchor as before.
 *
 * The base comes from the render context (pages) or, for bodies compiled without one (`.mdx`),
 * from the `base` option, read when the body is rendered.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { withBase } from '../site/urls.ts';
import { pluginContext } from './context.ts';

/** Options of `rehypeCasebookLinks`. */
export interface LinksOptions {
  /** The base path when the render context has none: the site's `base` as Astro resolved it. */
  base?: () => string | undefined;
}

/** Classes of the marks added to a link that leaves the site (left out of the body's text). */
export const EXTERNAL_MARK_CLASS = 'external-mark';
export const EXTERNAL_NOTE_CLASS = 'external-note';

/** What screen readers hear after the text of a link that leaves the site. */
export const LEAVES_SITE = ' (leaves Casebook)';

/** Whether a URL is root-relative: `/path`, but not `//host/path`. */
export function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Whether a URL is relative to the page: no scheme, not rooted, not a fragment of the page. */
export function isPageRelative(url: string): boolean {
  return url !== '' && !url.startsWith('/') && !url.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** Resolves a page-relative URL against the address of a page: `events/x/` on `/cases/c/` → `/cases/c/events/x/`. */
export function resolveAgainst(home: string, url: string): string {
  const resolved = new URL(url, new URL(home, 'http://casebook.invalid'));
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** Whether a URL leads to another host: `http:`, `https:` or protocol-relative. */
export function isExternal(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url.trim());
}

/** The marks of a link that leaves the site: `↗`, hidden from screen readers, and words for them. */
function externalMarks(): ElementContent[] {
  return [
    { type: 'element', tagName: 'span', properties: { className: [EXTERNAL_MARK_CLASS], ariaHidden: 'true' }, children: [{ type: 'text', value: '↗' }] },
    { type: 'element', tagName: 'span', properties: { className: ['visually-hidden', EXTERNAL_NOTE_CLASS] }, children: [{ type: 'text', value: LEAVES_SITE }] },
  ];
}

function markExternal(link: Element): void {
  const classes = Array.isArray(link.properties['className']) ? link.properties['className'].map(String) : [];
  if (classes.includes('external')) return;
  link.properties['className'] = [...classes, 'external'];
  link.properties['rel'] = ['noopener', 'noreferrer'];
  link.children.push(...externalMarks());
}

/** Prefixes root-relative links and images with the base path, resolves relative ones against the body's page, marks links that leave the site. */
export function rehypeCasebookLinks(options: LinksOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const context = pluginContext(file);
    const base = context.base ?? options.base?.() ?? '/';
    visit(tree, 'element', (node) => {
      const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      // Casebook's own references (`:actor[…]{#id}` and the rest) already carry the base.
      if (!attribute || node.properties['dataRef'] !== undefined) return;
      const url = node.properties[attribute];
      if (typeof url !== 'string') return;
      if (isRootRelative(url)) node.properties[attribute] = withBase(base, url);
      else if (context.home && isPageRelative(url)) node.properties[attribute] = resolveAgainst(context.home, url);
      else if (node.tagName === 'a' && isExternal(url)) markExternal(node);
    });
  };
}
