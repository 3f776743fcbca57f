/**
 * The sidenotes of a page's notes (`src/markdown/sidenotes.ts`): what each one shows, from the
 * model and the rendered bodies, under this build's base path.
 */
import type { SidenoteView } from '../markdown/sidenotes.ts';
import type { Annotation, Site } from '../model/types.ts';
import { ANNOTATION_KIND_LABELS, ANNOTATION_KIND_TONES, isTeacherOnly } from './format.ts';
import { renderBody, type Note } from './render-body.ts';
import { pageUrl } from './urls.ts';

export type { SidenoteView } from '../markdown/sidenotes.ts';

/** The sidenote of an annotation, its body already rendered. */
export function annotationSidenote(annotation: Annotation, number: number, bodyHtml: string, base: string): SidenoteView {
  const { by, source } = annotation;
  return {
    id: annotation.id,
    number,
    badge: { label: ANNOTATION_KIND_LABELS[annotation.kind], tone: ANNOTATION_KIND_TONES[annotation.kind] },
    ...(by && { by: { name: by.name, href: pageUrl(base, 'actor', by.id), ...(by.role && { role: by.role }) } }),
    ...(source && { source: { title: source.title, href: pageUrl(base, 'source', source.id) } }),
    bodyHtml,
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
      if (note.kind === 'footnote') return { id: note.id, number: note.number, bodyHtml: note.html ?? '' };
      const annotation = byId.get(note.id);
      if (!annotation) return undefined;
      const body = await renderBody(site, annotation, { caseId: annotation.caseId, idPrefix: `${annotation.id}-` });
      return annotationSidenote(annotation, note.number, body.html, base);
    }),
  );
  return views.filter((view) => view !== undefined);
}
