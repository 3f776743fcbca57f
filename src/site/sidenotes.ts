/**
 * The sidenotes of a page's notes (`src/markdown/sidenotes.ts`): what each one shows, from the
 * model and the rendered bodies, under this build's base path.
 */
import type { SidenoteView } from '../markdown/sidenotes.ts';
import type { Annotation, AnnotationKind, Site } from '../model/types.ts';
import { ANNOTATION_KIND_LABELS, ANNOTATION_KIND_TONES, isTeacherOnly, type Tone } from './format.ts';
import { annotationBody, type Note, type PageBody } from './render-body.ts';
import { pageUrl } from './urls.ts';

export type { SidenoteView } from '../markdown/sidenotes.ts';

/** The kind of a note as its badge shows it. */
export interface NoteBadge {
  kind: AnnotationKind;
  label: string;
  tone: Tone;
}

/** The badge of a note of this kind: "Expert view", "Context", … */
export function noteBadge(kind: AnnotationKind): NoteBadge {
  return { kind, label: ANNOTATION_KIND_LABELS[kind], tone: ANNOTATION_KIND_TONES[kind] };
}

/**
 * What kind of note a footnote is. PRODUCT.md §3 makes a body the editors' context ("Body:
 * context in Markdown, with footnotes"), and a footnote has no `by` or `source` of its own: it is
 * the case's editors adding context, so it is badged as a context note, everywhere it is shown.
 */
export const FOOTNOTE_BADGE: NoteBadge = noteBadge('context');

/** The sidenote of an annotation, its body already rendered. */
export function annotationSidenote(annotation: Annotation, number: number, body: PageBody, base: string): SidenoteView {
  const { by, source } = annotation;
  return {
    id: annotation.id,
    number,
    badge: noteBadge(annotation.kind),
    ...(by && { by: { name: by.name, href: pageUrl(base, 'actor', by.id), ...(by.role && { role: by.role }) } }),
    ...(source && { source: { title: source.title, href: pageUrl(base, 'source', source.id) } }),
    bodyHtml: body.html,
    ...(body.content && { content: body.content }),
    teacherOnly: isTeacherOnly(annotation),
  };
}

/**
 * The sidenotes of a page's notes: annotations (their bodies rendered as in the notes list) and
 * footnotes. Notes whose annotation is not given are left out.
 */
export async function sidenotesFor(site: Site, notes: readonly Note[], annotations: readonly Annotation[] = []): Promise<SidenoteView[]> {
  const base = import.meta.env.BASE_URL;
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const views = await Promise.all(
    notes.map(async (note): Promise<SidenoteView | undefined> => {
      if (note.kind === 'footnote') {
        return { id: note.id, number: note.number, badge: FOOTNOTE_BADGE, bodyHtml: note.html ?? '', ...(note.content && { content: note.content }) };
      }
      const annotation = byId.get(note.id);
      if (!annotation) return undefined;
      const body = await annotationBody(site, annotation);
      return annotationSidenote(annotation, note.number, body, base);
    }),
  );
  return views.filter((view) => view !== undefined);
}
