/**
 * A case's annotations as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/):
 * one AnnotationCollection, each note an Annotation whose body is the note as the page shows it
 * and whose target is the phrase it is anchored on, picked out by a TextQuoteSelector — what
 * annotation tools read, and what people who script against the site can rely on. Pure: the
 * notes' rendered HTML and the texts they are anchored in are given.
 */
import type { Actor, Annotation, AnnotationKind, Case } from '../model/types.ts';
import { isTeacherOnly } from './format.ts';
import { homeOf, noteUrl, pageUrl, withBase } from './urls.ts';

/** What an annotation needs from rendering: its body as HTML, and the text its anchor counts in. */
export interface AnnotationTexts {
  html: string;
  /** The statement's words or the target's body as plain text (`Anchor` offsets count in it). */
  anchoredIn: string;
}

/** How far a TextQuoteSelector's prefix and suffix reach, in characters. */
const CONTEXT_CHARS = 32;

/** The Web Annotation motivation of each kind of note. */
const MOTIVATIONS: Readonly<Record<AnnotationKind, string>> = {
  expert: 'commenting',
  context: 'describing',
  language: 'commenting',
  'fact-check': 'assessing',
  question: 'questioning',
  teacher: 'commenting',
};

/** The address of a case's annotations file. */
export function annotationsUrl(base: string, caseId: string): string {
  return withBase(base, `cases/${caseId}/annotations.jsonld`);
}

/** An actor as the agent who made a note. */
function agent(actor: Actor, base: string) {
  const type = actor.kind === 'person' ? 'Person' : actor.kind === 'anonymous' ? undefined : 'Organization';
  return { id: pageUrl(base, 'actor', actor.id), ...(type && { type }), name: actor.name };
}

/**
 * The words before and after the anchored phrase, up to `CONTEXT_CHARS`, within its block (a
 * body's blocks are a blank line apart: a block of the teacher edition never leaks into the words
 * around a phrase of the student's).
 */
function context(text: string, start: number, end: number): { prefix?: string; suffix?: string } {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start).split('\n\n').at(-1)!;
  const after = text.slice(end, end + CONTEXT_CHARS).split('\n\n')[0]!;
  return { ...(before && { prefix: before }), ...(after && { suffix: after }) };
}

/** One note as a Web Annotation. */
function webAnnotation(annotation: Annotation, texts: AnnotationTexts, locale: string, authors: readonly string[], base: string) {
  const { start, end } = annotation.anchor;
  const motivation = MOTIVATIONS[annotation.kind];
  const creator = annotation.by ? agent(annotation.by, base) : authors.map((name) => ({ name }));
  return {
    id: noteUrl(annotation, base),
    type: 'Annotation',
    motivation,
    ...((!Array.isArray(creator) || creator.length > 0) && { creator }),
    ...(isTeacherOnly(annotation) && { audience: { type: 'schema:EducationalAudience', 'schema:educationalRole': 'teacher' } }),
    body: [
      { type: 'TextualBody', value: texts.html, format: 'text/html', language: locale, purpose: motivation },
      ...(annotation.source ? [{ type: 'SpecificResource', source: pageUrl(base, 'source', annotation.source.id), purpose: 'linking' }] : []),
    ],
    target: {
      source: homeOf(annotation, base),
      selector: { type: 'TextQuoteSelector', exact: texts.anchoredIn.slice(start, end), ...context(texts.anchoredIn, start, end) },
    },
  };
}

/**
 * A case's annotations, in the order the case lists them, as one AnnotationCollection with its
 * single page embedded (none when it has none). `texts` gives each annotation's rendered body and anchoring text, by id.
 */
export function annotationCollection(theCase: Case, texts: ReadonlyMap<string, AnnotationTexts>, base: string) {
  const items = theCase.annotations.map((annotation) => {
    const given = texts.get(annotation.id);
    if (!given) throw new Error(`annotationCollection: no rendered text for annotation \`${annotation.id}\``);
    return webAnnotation(annotation, given, theCase.locale, theCase.authors, base);
  });
  const id = annotationsUrl(base, theCase.id);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `Annotations: ${theCase.title}`,
    total: items.length,
    // The model wants no first page of an empty collection.
    ...(items.length > 0 && { first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items } }),
  };
}
