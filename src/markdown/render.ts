/**
 * Rendering a body for a page, through Astro's own Markdown processor (the adapter between
 * Casebook's plugins and `@astrojs/markdown-remark`). The same plugin lists are what
 * astro.config.mjs passes to `unified({ remarkPlugins, rehypePlugins })`.
 */
import { createMarkdownProcessor, type MarkdownRenderer, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { remarkLiteralColons } from './literal-colons.ts';
import { rehypeCasebookAnnotations } from './annotations.ts';
import { rehypeCasebookCards } from './cards.ts';
import type { CasebookFrontmatter, RenderContext, RenderedBody } from './context.ts';
import { remarkCasebookDirectives } from './directives.ts';
import { rehypeCasebookLinks } from './links.ts';
import { rehypeCasebookNotes } from './notes.ts';
import { rehypeCasebookSanitize } from './sanitize.ts';

export type { Note, RenderContext, RenderedBody } from './context.ts';
export { segmentQuote, type QuoteSegment } from './annotations.ts';

/** Casebook's remark plugins, in order: directive syntax, then what directives render as. */
export const casebookRemarkPlugins: RemarkPlugins = [remarkDirective, remarkLiteralColons, remarkCasebookDirectives];

/**
 * Casebook's rehype plugins, in order: sanitise (after directives became elements), then give
 * links the base path and mark those that leave the site, then mark annotated phrases, then add
 * the cards of actor and term links (after the phrases were found, so that card text is never
 * matched), then number notes. Without a Casebook context only sanitising and marking links out
 * happen.
 */
export const casebookRehypePlugins: RehypePlugins = [
  rehypeCasebookSanitize,
  rehypeCasebookLinks,
  rehypeCasebookAnnotations,
  rehypeCasebookCards,
  rehypeCasebookNotes,
];

let processor: Promise<MarkdownRenderer> | undefined;

/** The one Markdown processor every body is rendered with, created on first use. */
function markdownProcessor(): Promise<MarkdownRenderer> {
  processor ??= createMarkdownProcessor({
    syntaxHighlight: false,
    // Quotes are evidence: they are shown as written, never curled.
    smartypants: false,
    gfm: true,
    remarkPlugins: casebookRemarkPlugins,
    rehypePlugins: casebookRehypePlugins,
  });
  return processor;
}

/**
 * Renders a Markdown body for a page: directives resolved against the site, HTML sanitised,
 * annotated phrases marked, notes numbered from `context.noteStart`. Returns the HTML (footnote
 * definitions taken out) and the notes, in order, for the page's combined notes list.
 */
export async function renderMarkdown(markdown: string, context: RenderContext): Promise<RenderedBody> {
  // Passed by reference: the plugins read `casebook` and the notes plugin writes `casebookNotes`.
  const frontmatter: CasebookFrontmatter = { casebook: context };
  const result = await (await markdownProcessor()).render(markdown, { frontmatter: frontmatter as Record<string, unknown> });
  return { html: result.code, notes: frontmatter.casebookNotes ?? [] };
}
