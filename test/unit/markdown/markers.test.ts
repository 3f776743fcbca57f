import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/markdown/render.ts';
import { findAll } from './html.ts';
import { annotation, context } from './site.ts';

/**
 * Links holding another link, in the tree as the renderer made it: parsing the HTML again would
 * take nested links apart, as browsers do, and hide them.
 */
function nestedLinks(content: RootContent[] | undefined): Element[] {
  const root: Root = { type: 'root', children: content ?? [] };
  return findAll(root, (link) => link.tagName === 'a' && findAll(link, (inner) => inner !== link && inner.tagName === 'a').length > 0);
}

describe('note markers never sit inside a link', () => {
  it("a footnote in a link's text has its marker right after the link", () => {
    const { html, content } = renderMarkdown('See [the report[^a]](https://example.org/) now.\n\n[^a]: A note.', context());
    expect(content).toBeDefined();
    expect(nestedLinks(content)).toEqual([]);
    expect(html).toMatch(/\(leaves Casebook\)<\/span><\/a><sup class="note-ref"><a href="#note-fn-a"[^>]*>1<\/a><\/sup> now\./);
  });

  it("an annotation on an actor's name has its marker after the link and its card, the phrase still marked in the link", () => {
    const markdown = 'Said by :actor[Alan Woodward]{#alan-woodward} today.';
    const { html, content } = renderMarkdown(markdown, context({ annotations: [annotation('a1', 'Alan Woodward')] }));
    expect(nestedLinks(content)).toEqual([]);
    expect(html).toMatch(/data-id="alan-woodward"[^>]*><mark class="annotated" data-annotation-ref="a1"[^>]*>Alan Woodward<\/mark><\/a>/);
    expect(html).toMatch(/<\/span><\/span><sup class="note-ref"><a href="#note-a1"[^>]*>1<\/a><\/sup> today\./);
  });

  it('leaves markers outside links where they are', () => {
    const { html } = renderMarkdown('A [link](/x/) and a note.[^n]\n\n[^n]: Note.', context());
    expect(html).toMatch(/and a note\.<sup class="note-ref"><a href="#note-fn-n"/);
  });
});
