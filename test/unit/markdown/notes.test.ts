import { describe, expect, it } from 'vitest';
import { renderMarkdown, type RenderContext } from '../../../src/markdown/render.ts';
import { byTag, parseHtml, text } from './html.ts';
import { annotation, context } from './site.ts';

const body = [
  'The party was hit[^hit] by a sophisticated attack, said Labour[^who].',
  '',
  'It was large-scale, and it came back[^hit].',
  '',
  '[^hit]: Twice, on *two days*.',
  '[^who]: Niall Sookoo.',
].join('\n');
const annotations = [annotation('soph', 'sophisticated attack'), annotation('scale', 'large-scale')];

async function render(overrides: Partial<RenderContext> = {}) {
  const { html, notes } = await renderMarkdown(body, context({ annotations, ...overrides }));
  return { html, notes, tree: parseHtml(html) };
}

describe('rehypeCasebookNotes', () => {
  it('numbers footnotes and annotations in one sequence, in document order', async () => {
    const { notes, tree } = await render();
    expect(notes.map((n) => [n.number, n.kind, n.id])).toEqual([
      [1, 'footnote', 'fn-hit'],
      [2, 'annotation', 'soph'],
      [3, 'footnote', 'fn-who'],
      [4, 'annotation', 'scale'],
    ]);
    // The second reference to a footnote keeps its number.
    expect(byTag(tree, 'sup').map(text)).toEqual(['1', '2', '3', '4', '1']);
  });

  it('starts at noteStart and prefixes footnote ids', async () => {
    const { notes, tree } = await render({ noteStart: 3, idPrefix: 'overview-' });
    expect(notes.map((n) => [n.number, n.id])).toEqual([
      [3, 'overview-fn-hit'],
      [4, 'soph'],
      [5, 'overview-fn-who'],
      [6, 'scale'],
    ]);
    const links = byTag(tree, 'a', 'role', 'doc-noteref');
    expect(links.map((a) => [a.properties['href'], a.properties['id'], text(a)])).toEqual([
      ['#note-overview-fn-hit', 'fnref-overview-hit', '3'],
      ['#note-soph', undefined, '4'],
      ['#note-overview-fn-who', 'fnref-overview-who', '5'],
      ['#note-scale', undefined, '6'],
      ['#note-overview-fn-hit', 'fnref-overview-hit-2', '3'],
    ]);
  });

  it('takes the footnote definitions out of the body', async () => {
    const { html } = await render();
    expect(html).not.toContain('data-footnotes');
    expect(html).not.toContain('Niall Sookoo');
    expect(html).not.toContain('user-content');
  });

  it('gives each footnote its HTML with back-links to every reference', async () => {
    const { notes } = await render({ idPrefix: 'p-' });
    expect(notes.filter((n) => n.kind === 'footnote').map((n) => n.html)).toEqual([
      '<p>Twice, on <em>two days</em>. <a href="#fnref-p-hit" class="note-back" aria-label="Back to reference 1">↩</a>' +
        ' <a href="#fnref-p-hit-2" class="note-back" aria-label="Back to reference 1 (2)">↩<sup>2</sup></a></p>',
      '<p>Niall Sookoo. <a href="#fnref-p-who" class="note-back" aria-label="Back to reference 3">↩</a></p>',
    ]);
  });

  it('renders directives inside footnotes', async () => {
    const { notes } = await renderMarkdown('Text[^1].\n\n[^1]: See :cite[new-statesman-2019].', context());
    expect(notes[0]?.html).toContain('<a href="/sources/new-statesman-2019/" class="ref ref-cite"');
  });

  it('numbers a footnote referenced only from another footnote after it', async () => {
    const { notes } = await renderMarkdown('A[^a] B[^b].\n\n[^a]: See also[^c].\n[^b]: Bee.\n[^c]: Sea.', context());
    expect(notes.map((n) => [n.number, n.id])).toEqual([
      [1, 'fn-a'],
      [2, 'fn-b'],
      [3, 'fn-c'],
    ]);
    expect(notes[0]?.html).toContain('href="#note-fn-c"');
  });

  it('gives a body without notes no notes', async () => {
    expect((await renderMarkdown('Plain.', context())).notes).toEqual([]);
  });
});
