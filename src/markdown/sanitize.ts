/**
 * rehype plugin: parses the author's raw HTML, then sanitises the whole body with GitHub's rules
 * extended for Casebook's own markup (`sanitize-schema.ts`).
 *
 * Order matters. It runs after remark-rehype, so directives are already the elements they render
 * as, and the schema lets exactly those through; and before the annotations and notes plugins,
 * whose marks, markers and ids therefore need no allowance, and cannot be forged by authors.
 * No raw HTML is left after it, so page bodies need no second pass through parse5 (`render.ts`).
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { parseRawHtml, sanitiseHast } from './pipeline.ts';

export { casebookSchema } from './sanitize-schema.ts';
export { findUnsafeHtml, type UnsafeHtml } from './unsafe-html.ts';

/** Parses raw HTML in the body and removes whatever the schema does not allow. */
export function rehypeCasebookSanitize() {
  return (tree: Root, file: VFile): Root => sanitiseHast(parseRawHtml(tree, file));
}
