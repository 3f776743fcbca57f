/** `finishMdxBody`: an `.mdx` body's HTML, as MDX renders it, gets the notes and cards of a `.md` body. */
import { describe, expect, it } from 'vitest';
import { finishMdxBody } from '../../../src/markdown/notes-mdx.ts';
import { byTag, parseHtml, text } from './html.ts';
import { context } from './site.ts';

// What MDX (remark-gfm, remark-rehype) and CasebookRef render for
// `Labour was hit[^hit], said :actor[a professor]{#alan-woodward}.` and its footnote.
const mdxHtml = [
  '<p>Labour was hit<sup><a href="#user-content-fn-hit" id="user-content-fnref-hit" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>, said ',
  '<a href="/actors/alan-woodward/" class="ref ref-actor" data-ref="actor" data-id="alan-woodward">a professor</a>.</p>',
  '<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol>',
  '<li id="user-content-fn-hit"><p>Twice. <a href="#user-content-fnref-hit" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p></li>',
  '</ol></section>',
].join('');

describe('finishMdxBody', () => {
  it("numbers footnotes in the page's sequence and hands them to the page's list", () => {
    const { html, notes } = finishMdxBody(mdxHtml, context({ noteStart: 3, idPrefix: 'body-' }));
    expect(notes).toEqual([{ number: 3, kind: 'footnote', id: 'body-fn-hit', html: expect.stringContaining('Twice.'), content: expect.any(Array) }]);
    expect(notes[0]?.html).toContain('href="#fnref-body-hit"');
    const tree = parseHtml(html);
    expect(byTag(tree, 'section')).toEqual([]);
    const marker = byTag(tree, 'a', 'href', '#note-body-fn-hit')[0];
    expect(marker && text(marker)).toBe('3');
    expect(marker?.properties['id']).toBe('fnref-body-hit');
  });

  it('gives actor and term links their card', () => {
    const { html } = finishMdxBody(mdxHtml, context());
    expect(html).toMatch(/<span class="has-card"><a [^>]*aria-describedby="card-1">a professor<\/a><span class="ref-card" id="card-1" role="tooltip">/);
    expect(html).toContain('Professor of computer science');
  });
});
