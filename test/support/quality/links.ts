/**
 * The link gate: every internal link and asset of a built site resolves to a file of the site,
 * under the base path it was built for, and every `#fragment` to an element of its page.
 * Links to other hosts are the privacy gate's business; nothing here goes online.
 */
import type { Element } from 'hast';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, describe, elements, readPages, siteFiles, textContent, where, type SitePage } from './html.ts';

/** Attributes that hold a URL, by element (`srcset` lists are split apart). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xLinkHref'],
  image: ['href', 'xLinkHref'],
};

/** A stand-in origin: URLs are resolved against it to tell the site's own from others. */
const ORIGIN = 'https://site.invalid';

/** The URLs an element refers to. */
export function urlsOf(element: Element): string[] {
  const urls: string[] = [];
  for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
    const value = attribute(element, name);
    if (value === undefined) continue;
    if (name === 'srcSet') urls.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean));
    else urls.push(value);
  }
  if (element.tagName === 'meta' && /^refresh$/i.test(attribute(element, 'httpEquiv') ?? '')) {
    const match = /url\s*=\s*['"]?([^'"]+)/i.exec(attribute(element, 'content') ?? '');
    if (match?.[1]) urls.push(match[1]);
  }
  return urls;
}

/** The `url(…)` and `@import` references of a stylesheet. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) urls.push((match[2] ?? match[4])!);
  return urls;
}

/** The ids (and `<a name>`s) of a page: where its fragments may point. */
function anchorsOf(page: SitePage): Set<string> {
  const ids = new Set<string>();
  for (const element of elements(page.tree)) {
    const id = attribute(element, 'id');
    if (id) ids.add(id);
    const name = element.tagName === 'a' ? attribute(element, 'name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}

/** A checker of one site: resolves URL paths to its files. */
class Site {
  private readonly pages: Map<string, SitePage>;
  private readonly anchors = new Map<string, Set<string>>();

  constructor(
    readonly dir: string,
    readonly base: string,
    pages: SitePage[],
  ) {
    this.pages = new Map(pages.map((page) => [page.file, page]));
  }

  /** The file a same-origin URL path is served from, or why there is none. */
  fileOf(pathname: string): { file: string } | { problem: string } {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return { problem: 'is not a valid URL path' };
    }
    if (!path.startsWith(this.base)) return { problem: `is outside the base path ${this.base}` };
    const rest = path.slice(this.base.length);
    if (rest.split('/').includes('..')) return { problem: 'climbs out of the site' };
    const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
    const full = join(this.dir, file);
    if (existsSync(full) && statSync(full).isFile()) return { file };
    if (existsSync(join(full, 'index.html'))) return { problem: 'needs a trailing slash (the site is built with trailingSlash: always)' };
    return { problem: `has no file (${file})` };
  }

  /** Whether the page in `file` has an element with id `fragment`. */
  hasAnchor(file: string, fragment: string): boolean {
    const page = this.pages.get(file);
    if (!page) return true;
    let ids = this.anchors.get(file);
    if (!ids) this.anchors.set(file, (ids = anchorsOf(page)));
    return ids.has(fragment);
  }

  /** What is wrong with `url`, found at `from` (a URL path of the site), if anything. */
  check(url: string, from: string): string | undefined {
    const trimmed = url.trim();
    if (trimmed === '') return 'is empty';
    if (/^(?:mailto|tel|data):/i.test(trimmed)) return undefined;
    let resolved: URL;
    try {
      resolved = new URL(trimmed, `${ORIGIN}${from}`);
    } catch {
      return 'is not a valid URL';
    }
    if (resolved.origin !== ORIGIN) return undefined;
    const target = this.fileOf(resolved.pathname);
    if ('problem' in target) return target.problem;
    const fragment = resolved.hash.slice(1);
    if (fragment && target.file.endsWith('.html') && !this.hasAnchor(target.file, decodeURIComponent(fragment))) {
      return `points at #${fragment}, which ${target.file} does not have`;
    }
    return undefined;
  }
}

/**
 * Every broken internal link and asset reference of the site built into `dir` for `base`, as
 * `file:line <a href="…"> problem`; empty when every one resolves.
 */
export function brokenLinks(dir: string, base = '/'): string[] {
  const pages = readPages(dir, base);
  const site = new Site(dir, base, pages);
  const problems: string[] = [];
  for (const page of pages) {
    for (const element of elements(page.tree)) {
      for (const url of urlsOf(element)) {
        const problem = site.check(url, page.url);
        if (problem) problems.push(`${where(page, element)} ${describe(element, 'href', 'src')} → ${url} ${problem}`);
      }
      // Stylesheets are inlined into each page's <style> (astro.config.mjs), so their url()s are checked here.
      const css = element.tagName === 'style' ? textContent(element) : attribute(element, 'style');
      for (const url of css ? cssUrls(css) : []) {
        const problem = site.check(url, page.url);
        if (problem) problems.push(`${where(page, element)} CSS url(${url}) ${problem}`);
      }
    }
  }
  for (const file of siteFiles(dir).filter((name) => name.endsWith('.css'))) {
    for (const url of cssUrls(readFileSync(join(dir, file), 'utf8'))) {
      const problem = site.check(url, `${base}${file}`);
      if (problem) problems.push(`${file} url(${url}) ${problem}`);
    }
  }
  return problems;
}
