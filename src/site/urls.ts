/**
 * Where each thing lives in the built site. Pure: every URL is a function of ids and the base
 * path, so pages, Markdown plugins and tests agree on them without asking Astro.
 */

/** Things that have a page of their own. */
export type PageKind = 'case' | 'actor' | 'statement' | 'event' | 'claim' | 'source' | 'term';

/** Path of a page, relative to the site root, without the base: `cases/labour/statements/x/`. */
export function pagePath(kind: PageKind, id: string, caseId?: string): string {
  switch (kind) {
    case 'case':
      return `cases/${id}/`;
    case 'actor':
      return `actors/${id}/`;
    case 'source':
      return `sources/${id}/`;
    case 'term':
      return `glossary/${id}/`;
    case 'statement':
    case 'event':
    case 'claim':
      if (!caseId) throw new Error(`pagePath: a ${kind} needs its case id (${id})`);
      return `cases/${caseId}/${kind}s/${id}/`;
  }
}

/** Joins the site's base path (`/` or `/some/path/`) and a root-relative path. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** The URL of a page under the given base. */
export function pageUrl(base: string, kind: PageKind, id: string, caseId?: string): string {
  return withBase(base, pagePath(kind, id, caseId));
}
