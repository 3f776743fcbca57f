/**
 * Bodies as pages render them: `renderMarkdown` with this build's base path and edition, and a
 * statement's quote cut into its annotated phrases, numbered in reading order.
 */
import { render } from 'astro:content';
import { finishMdxBody } from '../markdown/notes-mdx.ts';
import { renderMarkdown, segmentQuote, type Note, type QuoteSegment, type RenderedBody } from '../markdown/render.ts';
import type { Annotation, Site } from '../model/types.ts';
import { homeOf, type WithBody } from './urls.ts';
import { edition } from './edition.ts';
import { contentEntry } from './load-site.ts';
import { renderMdxHtml } from './render-mdx.ts';

export type { Note, QuoteSegment, RenderedBody } from '../markdown/render.ts';

/** What varies between the bodies of a page. */
export interface BodyOptions {
  /** The case the body belongs to; undefined for site-level actors, sources and terms. */
  caseId?: string;
  /** Number of the body's first note (default 1). */
  noteStart?: number;
  /** Keeps footnote ids unique when several bodies share a page. */
  idPrefix?: string;
  /** Annotations anchored in this body. */
  annotations?: readonly Annotation[];
}

/**
 * A body ready for a page: its HTML and its notes, for a `.md` body as for an `.mdx` one (which
 * MDX renders, and whose footnotes and cards are then added as for `.md`: `finishMdxBody`).
 * Annotations cannot anchor in an `.mdx` body: `casebook check` says so.
 */
export type PageBody = RenderedBody;

/** Renders the body of a content file of the site for this edition, under the site's base path. */
export async function renderBody(site: Site, thing: WithBody, options: BodyOptions = {}): Promise<PageBody> {
  const base = import.meta.env.BASE_URL;
  const context = { site, edition, base, home: homeOf(thing, base), ...options };
  const entry = thing.file.endsWith('.mdx') ? contentEntry(thing.file) : undefined;
  if (entry) return finishMdxBody(await renderMdxHtml((await render(entry)).Content), context);
  return renderMarkdown(thing.body, context);
}

/** Each annotation's rendered body, made once: it reads the same on every page that shows it. */
const annotationBodies = new WeakMap<Annotation, Promise<PageBody>>();

/**
 * The body of an annotation, as its sidenote and its entry in a notes list show it (footnote ids
 * prefixed with the annotation's id). An annotation is shown on its target's page, twice there,
 * and on the pages of whoever gave it and of its source: it is rendered once for all of them.
 */
export function annotationBody(site: Site, annotation: Annotation): Promise<PageBody> {
  let body = annotationBodies.get(annotation);
  if (!body) {
    body = renderBody(site, annotation, { caseId: annotation.caseId, idPrefix: `${annotation.id}-` });
    annotationBodies.set(annotation, body);
  }
  return body;
}

/** Whether a body has anything to show. */
export function hasBody(body: PageBody): boolean {
  return body.html.trim() !== '';
}

/** A quote cut at its annotated phrases, and the notes those phrases get, numbered 1..k. */
export interface AnnotatedQuote {
  segments: QuoteSegment[];
  notes: Note[];
}

/**
 * Cuts a statement's quote (or paraphrase) at the phrases its annotations mark, for this edition.
 * Notes are numbered in the order their markers appear, as in bodies, from `start` (default 1).
 */
export function annotateQuote(text: string, annotations: Annotation[], start = 1): AnnotatedQuote {
  const segments = segmentQuote(text, annotations, { edition });
  const ids = [...new Set(segments.flatMap((segment) => segment.notesAfter ?? []))];
  const notes = ids.map((id, index): Note => ({ number: start + index, kind: 'annotation', id }));
  return { segments, notes };
}
