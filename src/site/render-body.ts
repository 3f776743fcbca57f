/**
 * Bodies as pages render them: `renderMarkdown` with this build's base path and edition, and a
 * statement's quote cut into its annotated phrases, numbered in reading order.
 */
import { renderMarkdown, segmentQuote, type Note, type QuoteSegment, type RenderedBody } from '../markdown/render.ts';
import type { Annotation, Site } from '../model/types.ts';
import { edition } from './edition.ts';

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
  annotations?: Annotation[];
}

/** Renders a Markdown body of the site for this edition, under the site's base path. */
export function renderBody(site: Site, markdown: string, options: BodyOptions = {}): Promise<RenderedBody> {
  return renderMarkdown(markdown, { site, edition, base: import.meta.env.BASE_URL, ...options });
}

/** A quote cut at its annotated phrases, and the notes those phrases get, numbered 1..k. */
export interface AnnotatedQuote {
  segments: QuoteSegment[];
  notes: Note[];
}

/**
 * Cuts a statement's quote (or paraphrase) at the phrases its annotations mark, for this edition.
 * Notes are numbered in the order their markers appear, as in bodies.
 */
export function annotateQuote(text: string, annotations: Annotation[]): AnnotatedQuote {
  const segments = segmentQuote(text, annotations, { edition });
  const ids = [...new Set(segments.flatMap((segment) => segment.notesAfter ?? []))];
  const notes = ids.map((id, index): Note => ({ number: index + 1, kind: 'annotation', id }));
  return { segments, notes };
}
