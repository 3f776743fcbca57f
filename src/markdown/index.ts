/**
 * Casebook's Markdown: directives, sanitising, annotations and notes as remark/rehype plugins,
 * the renderer pages use, and the pure helpers `npm run check` uses.
 */
export { rehypeCasebookAnnotations, segmentQuote, type QuoteSegment } from './annotations.ts';
export type { Edition, Note, RenderContext, RenderedBody } from './context.ts';
export { cardText, rehypeCasebookCards, type CardText } from './cards.ts';
export { remarkCasebookDirectives } from './directives.ts';
export { lintBody, type BodyLocation, type KnownIds } from './lint.ts';
export { rehypeCasebookLinks, type LinksOptions } from './links.ts';
export { rehypeCasebookNotes } from './notes.ts';
export { insertSidenotes, phrasingCopy, sidenoteHtml, type SidenoteView } from './sidenotes.ts';
export { casebookRehypePlugins, casebookRemarkPlugins, renderMarkdown } from './render.ts';
export { casebookSchema, findUnsafeHtml, rehypeCasebookSanitize, type UnsafeHtml } from './sanitize.ts';
export { findQuote, plainText, type TextQuoteSelector } from './text-quote.ts';
