/**
 * Links written in bodies: root-relative ones get the base path (Astro does not rewrite them),
 * links to other hosts are marked as leaving the site, and neither disturbs annotations.
 */
import { describe, expect, it } from 'vitest';
import { isExternal, isRootRelative } from '../../../src/markdown/links.ts';
import { plainText } from '../../../src/markdown/plain-text.ts';
import { renderMarkdown } from '../../../src/markdown/render.ts';
import { annotation, context } from './site.ts';

const base = '/courses/media/';

describe('root-relative links under a base path', () => {
  it.each([
    ['a page', '[the glossary](/glossary/ddos/)', 'href="/courses/media/glossary/ddos/"'],
    ['the home page', '[home](/)', 'href="/courses/media/"'],
    ['a page with a fragment', '[notes](/cases/labour/#notes)', 'href="/courses/media/cases/labour/#notes"'],
    ['raw HTML', '<a href="/sources/">sources</a>', 'href="/courses/media/sources/"'],
    ['an image', '![a chart](/images/chart.png)', 'src="/courses/media/images/chart.png"'],
    ['a reference-style link', '[the glossary][g]\n\n[g]: /glossary/', 'href="/courses/media/glossary/"'],
  ])('%s gets the base', async (_, markdown, expected) => {
    const { html } = await renderMarkdown(markdown, context({ base }));
    expect(html).toContain(expected);
  });

  it.each([
    ['a relative link', '[next](events/x/)', 'href="events/x/"'],
    ['a fragment', '[top](#main)', 'href="#main"'],
    ['a protocol-relative link', '[cdn](//example.org/x)', 'href="//example.org/x"'],
    ['an email address', '[mail](mailto:a@example.org)', 'href="mailto:a@example.org"'],
  ])('%s does not get the base', async (_, markdown, expected) => {
    const { html } = await renderMarkdown(markdown, context({ base }));
    expect(html).toContain(expected);
  });

  it('leaves the references Casebook resolved, which carry the base already', async () => {
    const { html } = await renderMarkdown(':actor[Alan]{#alan-woodward}', context({ base }));
    expect(html).toContain('href="/courses/media/actors/alan-woodward/"');
  });

  it('leaves root-relative links as they are at the root', async () => {
    const { html } = await renderMarkdown('[the glossary](/glossary/)', context());
    expect(html).toContain('href="/glossary/"');
  });

  it('prefixes links in footnotes too', async () => {
    const { notes } = await renderMarkdown('Text.[^a]\n\n[^a]: See [the glossary](/glossary/).', context({ base }));
    expect(notes[0]?.html).toContain('href="/courses/media/glossary/"');
  });
});

describe('links that leave the site', () => {
  it('open without opener or referrer and say that they leave, visibly and in words', async () => {
    const { html } = await renderMarkdown('Read [the article](https://example.org/a).', context());
    expect(html).toContain(
      '<a href="https://example.org/a" class="external" rel="noopener noreferrer">the article<span class="external-mark" aria-hidden="true">↗</span><span class="visually-hidden external-note"> (leaves Casebook)</span></a>',
    );
  });

  it('are marked in raw HTML and footnotes, whatever rel the author wrote', async () => {
    const { html, notes } = await renderMarkdown(
      'A <a href="http://example.org/b" rel="opener">b</a>.[^n]\n\n[^n]: [c](https://example.org/c)',
      context(),
    );
    expect(html).toMatch(/<a href="http:\/\/example.org\/b" class="external" rel="noopener noreferrer">b<span class="external-mark"/);
    expect(notes[0]?.html).toMatch(/<a href="https:\/\/example.org\/c" class="external" rel="noopener noreferrer">c<span/);
  });

  it('keep annotations on their words: the marks are not part of the text', async () => {
    const markdown = 'Experts [said it was](https://example.org/x) ordinary.';
    expect(plainText(markdown)).toBe('Experts said it was ordinary.');
    const note = annotation('on-ordinary', 'said it was ordinary');
    const { html, notes } = await renderMarkdown(markdown, context({ annotations: [note] }));
    expect(notes.map((n) => n.id)).toEqual(['on-ordinary']);
    expect(html).toContain('data-annotation-ref="on-ordinary"');
  });
});

describe('what counts as what', () => {
  it.each([
    ['/x/', true, false],
    ['//host/x', false, true],
    ['https://host/x', false, true],
    [' http://host', false, true],
    ['mailto:a@b', false, false],
    ['x/y', false, false],
    ['#top', false, false],
  ])('%j: root-relative %s, external %s', (url, rootRelative, external) => {
    expect(isRootRelative(url)).toBe(rootRelative);
    expect(isExternal(url)).toBe(external);
  });
});

describe('relative links', () => {
  it.each([
    ['a page below', '[the outage](events/x/)', '/courses/media/cases/demo/', 'href="/courses/media/cases/demo/events/x/"'],
    ['a page above', '[the glossary](../../glossary/)', '/courses/media/cases/demo/', 'href="/courses/media/glossary/"'],
    ['with a fragment', '[notes](events/x/#notes)', '/cases/demo/', 'href="/cases/demo/events/x/#notes"'],
  ])('resolve %s against the page the body belongs to', async (_, markdown, home, expected) => {
    const { html } = await renderMarkdown(markdown, context({ base, home }));
    expect(html).toContain(expected);
  });

  it('stay as written when the body has no page of its own', async () => {
    const { html } = await renderMarkdown('[next](events/x/)', context({ base }));
    expect(html).toContain('href="events/x/"');
  });
});
