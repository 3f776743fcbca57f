/**
 * The readable text of a Markdown body: what annotations on a body are matched against in
 * `npm run check`, and what the anchors' offsets count in. It is computed from the same hast the
 * annotations plugin sees, so the two cannot disagree.
 */
import type { Site } from '../model/types.ts';
import { hastText } from './hast-text.ts';
import { sanitisedHast } from './pipeline.ts';

/** Where the body lives, for the words that references without a label show. */
export interface PlainTextOptions {
  /** With a site, `:cite[source-id]` and empty labels read as the rendered page does. */
  site?: Site;
  caseId?: string;
}

/**
 * The readable text of a body: blocks (paragraphs, headings, list items, cells) separated by a
 * blank line, footnote references and definitions left out, teacher notes included (it is the
 * teacher edition's text; the student edition's is the same with those blocks removed).
 */
export function plainText(markdown: string, options: PlainTextOptions = {}): string {
  return hastText(sanitisedHast(markdown, { ...options, edition: 'teacher', base: '/' }));
}
