/**
 * Which pages the browser gates (accessibility, keyboard) open: one list of every kind of page.
 * When a new kind of page is added (the timeline, its embed, the lesson guide), add an entry
 * here and every browser gate covers it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { qualityCases, type BuiltSite } from './sites.ts';

/** One kind of page. */
export interface PageKind {
  /** What the page is, as test titles name it. */
  kind: string;
  /**
   * Where it is, under the base path. `{case}` stands for each case of the site (an entry per
   * case); `*` for one path segment, of which the largest page (the one with the most on it) is
   * taken. A pattern that matches no page fails the gates: the page is missing.
   */
  path: string;
  /** The edition the page is checked in (default: student). */
  edition?: 'student' | 'teacher';
}

/** Every kind of page. */
export const PAGE_KINDS: PageKind[] = [
  { kind: 'home', path: '' },
  { kind: 'case', path: 'cases/{case}/' },
  { kind: 'actor', path: 'actors/*/' },
  { kind: 'statement', path: 'cases/{case}/statements/*/' },
  { kind: 'event', path: 'cases/{case}/events/*/' },
  { kind: 'claim', path: 'cases/{case}/claims/*/' },
  { kind: 'source', path: 'sources/*/' },
  { kind: 'bibliography', path: 'sources/' },
  { kind: 'glossary', path: 'glossary/' },
  { kind: 'glossary term', path: 'glossary/*/' },
  { kind: 'not found', path: '404.html' },
  { kind: 'case', path: 'cases/{case}/', edition: 'teacher' },
  { kind: 'statement', path: 'cases/{case}/statements/*/', edition: 'teacher' },
  { kind: 'timeline', path: 'cases/{case}/timeline/' },
  { kind: 'embedded timeline', path: 'cases/{case}/embed/' },
  { kind: 'handout', path: 'cases/{case}/handout/' },
  { kind: 'lesson guide', path: 'cases/{case}/lesson/', edition: 'teacher' },
];

/** A page to open: its kind and its path under the base (`cases/x/`, `404.html`). */
export interface PageToTest {
  kind: string;
  path: string;
  edition: 'student' | 'teacher';
}

/** The page paths of a built site (`''` for the home page, `cases/x/`, `404.html`), sorted. */
export function pagePaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

function patternOf(path: string): RegExp {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

function fileOf(dir: string, path: string): string {
  return join(dir, path.endsWith('.html') ? path : `${path}index.html`);
}

/** The pages of `kinds` in the site of their edition, `{case}` and `*` resolved. */
export function pagesToTest(sites: Record<'student' | 'teacher', BuiltSite>, kinds: PageKind[] = PAGE_KINDS): PageToTest[] {
  const pages: PageToTest[] = [];
  for (const entry of kinds) {
    const edition = entry.edition ?? 'student';
    const { dir } = sites[edition];
    const paths = pagePaths(dir);
    const patterns = entry.path.includes('{case}') ? qualityCases.map((id) => entry.path.replaceAll('{case}', id)) : [entry.path];
    for (const pattern of patterns) {
      const matches = paths.filter((path) => patternOf(pattern).test(path));
      if (matches.length === 0) throw new Error(`no ${entry.kind} page at ${pattern} in the ${edition} edition (${dir})`);
      const largest = matches.reduce((a, b) => (statSync(fileOf(dir, b)).size > statSync(fileOf(dir, a)).size ? b : a));
      pages.push({ kind: entry.kind, path: largest, edition });
    }
  }
  return pages;
}
