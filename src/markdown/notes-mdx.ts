/**
 * The notes and cards of an `.mdx` body, once MDX has rendered it to HTML: the same passes a
 * `.md` body gets (`rehypeCasebookCards`, `rehypeCasebookNotes`), run on the HTML, so that its
 * footnotes join the page's one sequence of notes (margin, in place, list) and its actor and term
 * links get their cards. An MDX file is compiled once, apart from any page, which is why this
 * happens after rendering rather than inside MDX's own pipeline.
 *
 * What stays out: annotations cannot anchor in an `.mdx` body (`casebook check` says so, see
 * `src/model/resolve/anchor.ts`), and the body is not sanitised (`.mdx` is for trusted authors).
 *
 * Processor-free: HTML in, HTML and notes out.
 */
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { rehypeCasebookCards } from './cards.ts';
import type { CasebookFrontmatter, RenderContext, RenderedBody } from './context.ts';
import { rehypeCasebookNotes } from './notes.ts';
import { parseFragment } from './sidenotes.ts';

/** Numbers the notes of a rendered `.mdx` body and adds its cards, as for a `.md` body. */
export function finishMdxBody(html: string, context: RenderContext): RenderedBody {
  const frontmatter: CasebookFrontmatter = { casebook: context };
  const file = new VFile({ data: { astro: { frontmatter } } });
  const tree = parseFragment(html);
  rehypeCasebookCards()(tree, file);
  rehypeCasebookNotes()(tree, file);
  return { html: toHtml(tree), notes: frontmatter.casebookNotes ?? [] };
}
