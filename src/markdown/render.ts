/**
 * Rendering a body for a page: the chain of Astro's own Markdown processor (remark-parse, GFM,
 * Casebook's remark plugins, remark-rehype with raw HTML, Casebook's rehype plugins, heading ids,
 * HTML out), run as one frozen unified processor. The same plugin lists are what
 * astro.config.mjs passes to `unified({ remarkPlugins, rehypePlugins })`.
 *
 * Astro's `createMarkdownProcessor` ends with rehype-raw, which sends every tree through parse5
 * again although Casebook's sanitiser has already parsed any raw HTML (a tenth of the time a body
 * takes), and collects images into metadata that a body's HTML never uses; so bodies skip it.
 */
import { rehypeHeadingIds, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkDirective from 'remark-directive';
import { VFile } from 'vfile';
import { remarkLiteralColons } from './literal-colons.ts';
import { rehypeCasebookAnnotations } from './annotations.ts';
import { rehypeCasebookCards } from './cards.ts';
import type { CasebookFrontmatter, RenderContext, RenderedBody } from './context.ts';
import { remarkCasebookDirectives } from './directives.ts';
import { rehypeCasebookLinks } from './links.ts';
import { rehypeCasebookMarkersOutsideLinks } from './markers.ts';
import { rehypeCasebookNotes } from './notes.ts';
import { parseBody } from './parse.ts';
import { toHast } from './pipeline.ts';
import { rehypeCasebookSanitize } from './sanitize.ts';

export type { Note, RenderContext, RenderedBody } from './context.ts';
export { segmentQuote, type QuoteSegment } from './annotations.ts';

/** Casebook's remark plugins, in order: directive syntax, then what directives render as. */
export const casebookRemarkPlugins = [remarkDirective, remarkLiteralColons, remarkCasebookDirectives] satisfies RemarkPlugins;

/**
 * Casebook's rehype plugins, in order: sanitise (after directives became elements), then give
 * links the base path and mark those that leave the site, then mark annotated phrases, then move
 * note markers out of links, then add the cards of actor and term links (after the phrases were
 * found, so that card text is never matched), then number notes. Without a Casebook context only
 * sanitising, marking links out and moving markers happen.
 */
export const casebookRehypePlugins = [
  rehypeCasebookSanitize,
  rehypeCasebookLinks,
  rehypeCasebookAnnotations,
  rehypeCasebookMarkersOutsideLinks,
  rehypeCasebookCards,
  rehypeCasebookNotes,
] satisfies RehypePlugins;

/**
 * What follows parsing (`parseBody`), as Astro's processor runs it with Casebook's plugins and
 * no syntax highlighting: directives and remark-rehype (`toHast`), Casebook's rehype plugins,
 * heading ids.
 */
const toBodyHast = toHast().use(casebookRehypePlugins).use(rehypeHeadingIds).freeze();

/**
 * Renders a Markdown body for a page: directives resolved against the site, HTML sanitised,
 * annotated phrases marked, notes numbered from `context.noteStart`. Returns the HTML (footnote
 * definitions taken out) and the notes, in order, for the page's combined notes list.
 */
export function renderMarkdown(markdown: string, context: RenderContext): RenderedBody {
  // Passed by reference: the plugins read `casebook` and the notes plugin writes `casebookNotes`.
  const frontmatter: CasebookFrontmatter = { casebook: context };
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: frontmatter as Record<string, unknown> } } });
  const tree = toBodyHast.runSync(parseBody(markdown), file) as Root;
  return { html: toHtml(tree, { allowDangerousHtml: true }), notes: frontmatter.casebookNotes ?? [], content: tree.children };
}
