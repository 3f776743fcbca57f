/**
 * What each kind of page of a built site makes the browser load: JavaScript and CSS, raw and
 * gzip (level 9, each file on its own, as a static host would serve it). Counts scripts and
 * style sheets the page links, the modules those import, and inline `<script>` and `<style>`.
 * A kind is a page's path with its ids replaced by `*` (`cases/*\/statements/*`); a kind's
 * figure is its heaviest page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of one kind of asset. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** The weight of one kind of page. */
export interface PageWeight {
  kind: string;
  /** The heaviest page of the kind, relative to the site's root. */
  page: string;
  js: Bytes;
  css: Bytes;
}

/** Folder names that are part of the site's structure rather than ids. */
const STRUCTURE = new Set(['cases', 'statements', 'events', 'claims', 'actors', 'sources', 'glossary', 'timeline', 'embed', 'handout', 'lesson']);

/** The kind of a page from its path, e.g. `cases/x/statements/y/index.html` → `cases/*\/statements/*`. */
export function pageKind(path: string): string {
  if (!path.includes('/')) return path.replace(/\.html$/, '') || 'index';
  const folders = dirname(path).split('/');
  return folders.map((folder) => (STRUCTURE.has(folder) ? folder : '*')).join('/');
}

function bytes(texts: readonly string[]): Bytes {
  return texts.reduce((sum, text) => ({ raw: sum.raw + Buffer.byteLength(text), gzip: sum.gzip + gzipSync(text, { level: 9 }).length }), { raw: 0, gzip: 0 });
}

/** A module's text and every module it imports statically, each once, keyed by site path. */
function scriptClosure(site: string, path: string, seen: Map<string, string>): void {
  if (seen.has(path) || !existsSync(join(site, path))) return;
  const text = readFileSync(join(site, path), 'utf8');
  seen.set(path, text);
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
    scriptClosure(site, posix.join(posix.dirname(path), match[1]!), seen);
  }
}

/** The JavaScript and CSS that the page at `file` (relative to `site`) loads. */
function weighPage(site: string, file: string): { js: Bytes; css: Bytes } {
  const html = readFileSync(join(site, file), 'utf8');
  const fromRoot = (url: string) => (url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(file), url));
  const modules = new Map<string, string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) scriptClosure(site, fromRoot(match[1]!), modules);
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\b(?:src=|type="application\/(?:ld\+)?json"))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(site, fromRoot(m[1]!)), 'utf8'));
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return { js: bytes([...modules.values(), ...inlineScripts]), css: bytes([...sheets, ...inlineStyles]) };
}

/** The weight of every kind of page in the built site at `site`, heaviest page of each kind. */
export function weighSite(site: string): PageWeight[] {
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).sort();
  const byKind = new Map<string, PageWeight>();
  for (const page of pages) {
    const weight = { kind: pageKind(page), page, ...weighPage(site, page) };
    const known = byKind.get(weight.kind);
    if (!known || weight.js.gzip + weight.css.gzip > known.js.gzip + known.css.gzip) byKind.set(weight.kind, weight);
  }
  return [...byKind.values()];
}
