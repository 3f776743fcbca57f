/**
 * What the Web Annotation export (`web-annotations.ts`) needs of each note from rendering: its
 * words as HTML, as its page shows them but without hover cards, followed by its own footnotes;
 * and the text its anchor counts in.
 */
import { toHtml } from 'hast-util-to-html';
import type { RootContent } from 'hast';
import { plainText } from '../markdown/plain-text.ts';
import { parseFragment } from '../markdown/sidenotes.ts';
import { withoutCards } from '../markdown/without-cards.ts';
import type { Annotation, Case, Site } from '../model/types.ts';
import { annotationBody } from './render-body.ts';
import type { AnnotationTexts } from './web-annotations.ts';

/** Rendered content as HTML, without cards. */
function cardFree(content: readonly RootContent[] | undefined, html: string): string {
  return toHtml({ type: 'root', children: withoutCards(content ?? parseFragment(html).children) }, { allowDangerousHtml: true });
}

/** The text an annotation's anchor counts in: the statement's words, or its target's body as plain text. */
function anchoredIn(theCase: Case, annotation: Annotation): string {
  const { target } = annotation;
  if (annotation.anchor.field === 'quote' && target.type === 'statement') return target.item.quote ?? target.item.paraphrase ?? '';
  return plainText(target.type === 'case' ? theCase.body : target.item.body);
}

/** Each annotation of the case's texts, by id. */
export async function annotationTexts(site: Site, theCase: Case): Promise<Map<string, AnnotationTexts>> {
  const texts = new Map<string, AnnotationTexts>();
  for (const annotation of theCase.annotations) {
    const body = await annotationBody(site, annotation);
    const footnotes = body.notes.map((note) => `<li id="${note.id}">${cardFree(note.content, note.html ?? '')}</li>`).join('');
    const words = cardFree(body.content, body.html);
    texts.set(annotation.id, { html: footnotes ? `${words}<ol class="footnotes">${footnotes}</ol>` : words, anchoredIn: anchoredIn(theCase, annotation) });
  }
  return texts;
}
