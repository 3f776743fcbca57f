/**
 * The resolved site, as pages see it: Astro's collections in, Casebook's model out. The content
 * was already checked by `casebook check` before Astro started; should a problem slip through
 * (in `npm run dev`, say), the page fails loudly with the same diagnostics.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { formatDiagnostic } from '../model/diagnostic.ts';
import { siteForEdition } from '../model/edition.ts';
import { placeEntry } from '../model/load/layout.ts';
import { resolveSite } from '../model/resolve/site.ts';
import type { RawEntry, Site } from '../model/types.ts';
import { edition } from './edition.ts';

const collectionKeys: CollectionKey[] = ['cases', 'actors', 'sources', 'statements', 'events', 'annotations', 'claims', 'glossary'];

let cached: Promise<Site> | undefined;

/** Astro's entry for each content file, by the path the model knows it by. */
const entriesByFile = new Map<string, CollectionEntry<CollectionKey>>();

/** Astro's entry for a content file of the site (for rendering `.mdx` bodies). */
export function contentEntry(file: string): CollectionEntry<CollectionKey> | undefined {
  return entriesByFile.get(file);
}

/** The site for this edition; computed once per build, afresh on every request in dev. */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV || !cached) cached = resolveFromCollections();
  return cached;
}

async function resolveFromCollections(): Promise<Site> {
  const lists = await Promise.all(collectionKeys.map((key) => getCollection(key)));
  entriesByFile.clear();
  const entries = lists.flat().map((entry): RawEntry => {
    const place = placeEntry(`${entry.id}.md`);
    if (!place) throw new Error(`Casebook: ${entry.filePath ?? entry.id} is not where content files go`);
    const file = entry.filePath ?? entry.id;
    entriesByFile.set(file, entry);
    return {
      ...place,
      file,
      data: entry.data as Record<string, unknown>,
      body: entry.body ?? '',
      bodyLine: 1,
      locate: () => undefined,
    };
  });
  // `casebook build` checked the content a moment ago; `astro build` alone and `astro dev` did not.
  const { site, diagnostics } = resolveSite(entries, { checked: process.env.CASEBOOK_CHECKED === '1' });
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`Casebook found problems in the content:\n${errors.map(formatDiagnostic).join('\n')}\nRun \`npm run check\` for details.`);
  }
  return siteForEdition(site, edition);
}
