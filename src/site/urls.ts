/**
 * Where each thing lives in the built site. Pure: every URL is a function of ids and the base
 * path, so pages, Markdown plugins and tests agree on them without asking Astro.
 */

import type { Actor, Annotation, Case, CaseEvent, Claim, Source, Statement, Term } from '../model/types.ts';

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

/** Anything with a body: a case, an actor, a statement, an event, a claim, a source, a term or an annotation. */
export type WithBody = Case | Actor | Statement | CaseEvent | Claim | Source | Term | Annotation;

/** The address of the page a body belongs to (an annotation's is its target's page). */
export function homeOf(thing: WithBody, base: string): string {
  switch (thing.type) {
    case 'case':
      return pageUrl(base, 'case', thing.id);
    case 'statement':
    case 'event':
    case 'claim':
      return pageUrl(base, thing.type, thing.id, thing.caseId);
    case 'annotation':
      return thing.target.type === 'case' ? pageUrl(base, 'case', thing.caseId) : homeOf(thing.target.item, base);
    default:
      return pageUrl(base, thing.type, thing.id);
  }
}

/** The address of an annotation's note: its place in the notes of its target's page. */
export function noteUrl(annotation: Annotation, base: string): string {
  return `${homeOf(annotation, base)}#note-${annotation.id}`;
}
