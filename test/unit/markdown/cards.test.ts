import { describe, expect, it } from 'vitest';
import { cardText } from '../../../src/markdown/cards.ts';
import { renderMarkdown } from '../../../src/markdown/render.ts';
import { byTag, parseHtml, text } from './html.ts';
import { context, site } from './site.ts';

describe('cards of actor and term links', () => {
  it.each([
    ['an actor: name and role', 'actor', 'alan-woodward', { title: 'Alan Woodward', line: 'Professor of computer science' }],
    ['a term: its one-sentence definition', 'term', 'ddos', { title: 'DDoS', line: 'Flooding a service with traffic from many machines.' }],
    ['nothing for a source', 'cite', 'new-statesman-2019', undefined],
    ['nothing for an unknown actor', 'actor', 'nobody', undefined],
  ])('%s', (_, kind, id, expected) => {
    expect(cardText(site, kind, id)).toEqual(expected);
  });

  it('follows the link, which stays a plain link described by the card', async () => {
    const { html } = await renderMarkdown('See :actor[Alan]{#alan-woodward} on :term[DDoS]{#ddos}.', context({ idPrefix: 'x-' }));
    const tree = parseHtml(html);
    const links = byTag(tree, 'a');
    expect(links.map((a) => a.properties['href'])).toEqual(['/actors/alan-woodward/', '/glossary/ddos/']);
    expect(links.map((a) => a.properties['ariaDescribedBy'])).toEqual([['card-x-1'], ['card-x-2']]);
    const cards = byTag(tree, 'span', 'role', 'tooltip');
    expect(cards.map((card) => card.properties['id'])).toEqual(['card-x-1', 'card-x-2']);
    expect(cards.map(text)).toEqual(['Alan WoodwardProfessor of computer science', 'DDoSFlooding a service with traffic from many machines.']);
  });

  it('gives no card to links of other kinds', async () => {
    const { html } = await renderMarkdown('See :cite[new-statesman-2019].', context());
    expect(html).not.toContain('ref-card');
  });
});
