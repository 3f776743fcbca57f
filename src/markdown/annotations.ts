/**
 * Annotations on a phrase (PRODUCT.md §3, §7): in a body, a rehype plugin wraps each phrase in
 * `<mark class="annotated" data-annotation-ref="<id>" id="ref-<id>">` followed by a note marker
 * `<sup class="note-ref"><a href="#note-<id>">N</a></sup>` (numbered by the notes plugin); in a
 * statement's quote, a plain string, `segmentQuote` cuts the text into marked and unmarked parts.
 *
 * Phrases are found again, with `findQuote`, in the text the reader sees, rather than trusted to
 * the offsets the model computed: the student edition's text lacks the teacher notes, so offsets
 * may shift, and a phrase inside a removed teacher note is simply not marked.
 *
 * Overlaps: a phrase inside another is marked inside it; a phrase that crosses another's edge is
 * shortened to its part outside the earlier one (a mark cannot half-contain another).
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import type { Annotation } from '../model/types.ts';
import { editionOf, pluginContext, type Edition } from './context.ts';
import { bodyText, rangeInRuns } from './hast-text.ts';
import { findQuote, isQuoteMatch } from './text-quote.ts';
import { wrapRange, type Wrapped } from './wrap-range.ts';

/** An annotation and the range of text it marks. */
export interface PlacedAnnotation {
  annotation: Annotation;
  start: number;
  end: number;
}

/** Whether an annotation is shown in an edition: teacher annotations only in the teacher's. */
export function isShownIn(annotation: Annotation, edition: Edition): boolean {
  return edition === 'teacher' || (annotation.audience !== 'teacher' && annotation.kind !== 'teacher');
}

/**
 * Finds each annotation's phrase in `text` and returns the ranges to mark, ordered by start
 * (longest first). Phrases not found once are left out (`npm run check` reports them);
 * a phrase crossing the edge of an earlier one is cut to the part outside it.
 */
export function placeAnnotations(text: string, annotations: readonly Annotation[]): PlacedAnnotation[] {
  const found: PlacedAnnotation[] = [];
  for (const annotation of annotations) {
    const match = findQuote(text, annotation);
    if (isQuoteMatch(match)) found.push({ annotation, ...match });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || (a.annotation.id < b.annotation.id ? -1 : 1));
  const placed: PlacedAnnotation[] = [];
  for (const candidate of found) {
    const range = { ...candidate };
    for (const earlier of placed) {
      const crosses = range.start > earlier.start && range.start < earlier.end && range.end > earlier.end;
      if (crosses) range.start = earlier.end;
    }
    if (range.start < range.end) placed.push(range);
  }
  return placed;
}

function mark(annotation: Annotation, first: boolean): Element {
  return {
    type: 'element',
    tagName: 'mark',
    properties: {
      className: ['annotated'],
      dataAnnotationRef: annotation.id,
      ...(first && { id: `ref-${annotation.id}` }),
    },
    children: [],
  };
}

/** The note marker after a phrase; the notes plugin writes its number. */
function marker(annotation: Annotation, edition: Edition): Element {
  return {
    type: 'element',
    tagName: 'sup',
    properties: {
      className: ['note-ref'],
      // The marker exists only in the teacher edition for a teacher annotation.
      ...(edition === 'teacher' && !isShownIn(annotation, 'student') && { dataAudience: 'teacher' }),
    },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: `#note-${annotation.id}`, dataNoteRef: annotation.id, role: 'doc-noteref' },
        children: [{ type: 'text', value: '' }],
      },
    ],
  };
}

/** Marks one placed annotation in the tree (one mark per block it spans), then adds its marker. */
function markPhrase(tree: Root, placed: PlacedAnnotation, edition: Edition): void {
  // Earlier marks split nodes, so the runs are measured afresh; the text itself is unchanged.
  const parts = rangeInRuns(bodyText(tree).runs, placed.start, placed.end);
  let last: Wrapped | undefined;
  parts.forEach((part, index) => {
    last = wrapRange(part.run.parent, part.run.from, part.run.to, part.start, part.end, mark(placed.annotation, index === 0));
  });
  if (last) last.parent.children.splice(last.index + 1, 0, marker(placed.annotation, edition));
}

/**
 * Marks the phrases of the annotations anchored in this body (`anchor.field === 'body'`) that
 * the edition shows. Does nothing without annotations in the context.
 */
export function rehypeCasebookAnnotations() {
  return (tree: Root, file: VFile): void => {
    const context = pluginContext(file);
    const edition = editionOf(context);
    const annotations = (context.annotations ?? []).filter((a) => a.anchor.field === 'body' && isShownIn(a, edition));
    if (annotations.length === 0) return;
    for (const placed of placeAnnotations(bodyText(tree).text, annotations)) markPhrase(tree, placed, edition);
  };
}

/** A piece of a statement's quote: marked by an annotation, or plain. */
export interface QuoteSegment {
  text: string;
  /** The innermost annotation marking this piece, if any. */
  annotationId?: string;
  /** Annotations whose phrase ends with this piece, innermost first: their markers follow it. */
  notesAfter?: string[];
}

/**
 * Cuts a statement's quote (a plain string) into pieces for the page to render with marks, for
 * the annotations anchored in the quote (`anchor.field === 'quote'`) that the edition shows
 * (student by default: the safe side). Nested phrases give the inner piece the inner annotation.
 */
export function segmentQuote(text: string, annotations: readonly Annotation[], options: { edition?: Edition } = {}): QuoteSegment[] {
  const edition = options.edition ?? 'student';
  const placed = placeAnnotations(
    text,
    annotations.filter((a) => a.anchor.field === 'quote' && isShownIn(a, edition)),
  );
  const cuts = [...new Set([0, text.length, ...placed.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  const segments: QuoteSegment[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index] ?? 0;
    const end = cuts[index + 1] ?? text.length;
    // The innermost covering phrase is the last one placed (ordered by start, longest first).
    const covering = placed.filter((p) => p.start <= start && end <= p.end);
    const inner = covering[covering.length - 1];
    const ending = placed
      .filter((p) => p.end === end)
      .sort((a, b) => b.start - a.start)
      .map((p) => p.annotation.id);
    segments.push({
      text: text.slice(start, end),
      ...(inner && { annotationId: inner.annotation.id }),
      ...(ending.length > 0 && { notesAfter: ending }),
    });
  }
  return segments;
}
