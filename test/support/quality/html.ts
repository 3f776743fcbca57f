/**
 * A built site's files, parsed: every HTML page as hast (with positions, for messages that
 * point at a line), and small queries the static gates share.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { visit } from 'unist-util-visit';

/** One HTML file of a site. */
export interface SitePage {
  /** Path relative to the site folder, `/`-separated: `cases/x/index.html`. */
  file: string;
  /** The URL path it is served at under `base`: `/base/cases/x/`. */
  url: string;
  html: string;
  tree: Root;
}

/** Every file under `dir`, relative and `/`-separated, sorted. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The URL path of a file of the site: `a/index.html` → `<base>a/`. */
export function urlOf(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every HTML page of the site in `dir`, served under `base`. */
export function readPages(dir: string, base = '/'): SitePage[] {
  return siteFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      return { file, url: urlOf(file, base), html, tree: fromHtml(html) };
    });
}

/** Every element of a tree, in document order, with its ancestors' tag names. */
export function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    found.push(node);
  });
  return found;
}

/** An attribute's value as a string (hast keeps lists, such as `rel`, as arrays). */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The text of an element, hidden text included. */
export function textContent(node: Element | Root): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

/** Where an element is, for messages: `file:line`. */
export function where(page: SitePage, element: Element): string {
  const line = element.position?.start.line;
  return line === undefined ? page.file : `${page.file}:${line}`;
}

/** An element as a short tag for messages: `<a href="…">`. */
export function describe(element: Element, ...names: string[]): string {
  const attributes = names.map((name) => [name, attribute(element, name)]).filter(([, value]) => value !== undefined);
  return `<${element.tagName}${attributes.map(([name, value]) => ` ${name}="${value}"`).join('')}>`;
}
