import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/markdown/render.ts';
import { insertSidenotes, phrasingCopy, sidenoteHtml, type SidenoteView } from '../../../src/markdown/sidenotes.ts';
import { byTag, parseHtml, text } from './html.ts';
import { annotation, context } from './site.ts';

const expert: SidenoteView = {
  id: 'a1',
  number: 1,
  badge: { label: 'Expert view', tone: 'blue' },
  by: { name: 'Alan Woodward', href: '/actors/alan-woodward/', role: 'Professor' },
  source: { title: 'Full Fact', href: '/sources/full-fact/' },
  bodyHtml: '<p>First <a href="/x/" id="keep-out">point</a>.</p><ul><li>One</li></ul><p>Second.<a class="note-back" href="#fnref-1">↩</a></p>',
};

describe('sidenoteHtml', () => {
  it('says the kind of note, who gave it and where it comes from', () => {
    const tree = parseHtml(sidenoteHtml(expert));
    const note = byTag(tree, 'span', 'dataSidenote', 'a1')[0];
    expect(note && text(note)).toContain('1 Expert view By Alan Woodward');
    expect(note && text(note)).toContain('Alan Woodward: Professor. Source: Full Fact');
    expect(byTag(tree, 'a').map((a) => a.properties['href'])).toEqual(['/actors/alan-woodward/', '/x/', '/sources/full-fact/']);
  });

  it('holds only phrasing content, without ids or back-links (the notes list keeps those)', () => {
    const html = sidenoteHtml(expert);
    expect(html).not.toMatch(/<(p|ul|li|div)[ >]/);
    expect(html).not.toContain('id=');
    expect(html).not.toContain('note-back');
    expect(html).toContain('<span class="sidenote-p">First');
    expect(html).toContain('<span class="sidenote-li">One</span>');
  });

  it('reads the same copied from the hast the renderer kept as from its HTML parsed again', () => {
    const markdown = 'A :actor[professor]{#alan-woodward} said so.[^a]\n\n[^a]: Twice, [in print](https://example.org/) and on *air*.[^b]\n\n[^b]: Nested.';
    const body = renderMarkdown(markdown, context());
    // The hast alone (no HTML to parse) gives the same sidenote as the HTML alone.
    const fromHast = (content: SidenoteView['content']) => sidenoteHtml({ ...expert, bodyHtml: '', content });
    const fromHtml = (bodyHtml = '') => sidenoteHtml({ ...expert, bodyHtml });
    expect(body.notes).toHaveLength(2);
    expect(fromHast(body.content)).toBe(fromHtml(body.html));
    for (const note of body.notes) expect(fromHast(note.content)).toBe(fromHtml(note.html));
    expect(fromHtml(body.html)).toContain('professor');
  });

  it('marks a teacher-only note', () => {
    expect(sidenoteHtml({ ...expert, teacherOnly: true })).toContain('data-audience="teacher"');
  });
});

describe('phrasingCopy', () => {
  it('drops cards, keeping their link, and unlinks nested markers', () => {
    const tree = parseHtml(
      '<p><span class="has-card"><a href="/a/" aria-describedby="card-1">A</a><span class="ref-card" id="card-1">Card</span></span>' +
        '<sup class="note-ref"><a href="#note-x" id="fnref-x">2</a></sup></p>',
    );
    const html = parseHtml('');
    html.children = phrasingCopy(tree.children);
    expect(text(html)).toBe('A2');
    expect(byTag(html, 'a')).toHaveLength(1);
    expect(byTag(html, 'a')[0]?.properties['ariaDescribedBy']).toBeUndefined();
  });
});

describe('insertSidenotes', () => {
  it('sets each sidenote right after the first marker of its note, in a real body', async () => {
    const markdown = 'A sophisticated attack[^f], they said[^f].\n\n[^f]: A footnote.';
    const { html, notes } = await renderMarkdown(markdown, context({ annotations: [annotation('a1', 'sophisticated attack')] }));
    const views: SidenoteView[] = notes.map((note) => ({ id: note.id, number: note.number, bodyHtml: note.html ?? '<p>Annotation.</p>' }));
    const tree = parseHtml(insertSidenotes(html, views));
    const paragraph = byTag(tree, 'p')[0];
    const kinds = (paragraph?.children ?? []).flatMap((child) =>
      child.type === 'element' ? [child.tagName === 'span' ? `sidenote:${String(child.properties['dataSidenote'])}` : child.tagName] : [],
    );
    expect(kinds).toEqual(['mark', 'sup', 'sidenote:a1', 'sup', 'sidenote:fn-f', 'sup']);
  });

  it('leaves a body without notes as it was', () => {
    expect(insertSidenotes('<p>Plain.</p>', [])).toBe('<p>Plain.</p>');
  });
});
