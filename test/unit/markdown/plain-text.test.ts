import { describe, expect, it } from 'vitest';
import { hastText } from '../../../src/markdown/hast-text.ts';
import { renderMarkdown } from '../../../src/markdown/render.ts';
import { findQuote, plainText } from '../../../src/markdown/text-quote.ts';
import { parseHtml } from './html.ts';
import { annotation, context, site } from './site.ts';

const bodies: Record<string, string> = {
  paragraphs: 'First *paragraph* with **bold** and `code`.\nA soft break.\n\nSecond paragraph.',
  'headings and lists': '## Background\n\n- tight item\n  - nested item\n- another\n\n1. loose\n\n2. list\n\n> A quote\n> over lines.',
  'footnotes and directives': 'Said :actor[Alan Woodward]{#alan-woodward}[^1] about :term[DDoS]{#ddos}.\n\n[^1]: Not in the text.',
  'labels from the site': 'Per :cite[new-statesman-2019] and :event[]{#first-attack}.',
  'blocks and raw HTML': 'Intro <em>raw</em> <script>x()</script>.\n\n:::question\nWho gains?\n:::\n\n:::teacher\nThe answer.\n:::\n\n<details><summary>More</summary>\n\nHidden text.\n\n</details>',
  'a table': '| who | what |\n|---|---|\n| Labour | attacked |\n| NCSC | investigated |',
  'unknown directives': 'At 10:30am Note:this and :foo[bar].',
};

describe('plainText', () => {
  it.each(Object.entries(bodies))('agrees with the text of the rendered body: %s', async (_, markdown) => {
    const { html } = await renderMarkdown(markdown, context({ edition: 'teacher' }));
    expect(plainText(markdown, { site, caseId: 'labour' })).toBe(hastText(parseHtml(html)));
  });

  it.each([
    ['paragraphs are separated by a blank line', 'One *two*.\n\nThree.', 'One two.\n\nThree.'],
    ['footnote references and definitions are left out', 'A[^n] b.\n\n[^n]: Note.', 'A b.'],
    ['list items are blocks', '- one\n- two', 'one\n\ntwo'],
    ['directives read as their labels', ':actor[Alan]{#alan-woodward} said', 'Alan said'],
    ['without a site, a bare cite reads as its id', ':cite[new-statesman-2019]', 'new-statesman-2019'],
    ['quotes stay as written', 'He said "we\'ve" -- twice...', 'He said "we\'ve" -- twice...'],
    ['a question reads without its label', ':::question\nWhy?\n:::', 'Why?'],
    ['teacher notes are included', ':::teacher\nSecret.\n:::', 'Secret.'],
    ['scripts are not text', 'A <script>x()</script>b', 'A b'],
  ])('%s', (_, markdown, expected) => {
    expect(plainText(markdown)).toBe(expected);
  });

  it('anchors a phrase that the renderer then marks at the same place', async () => {
    const markdown = 'The *attack* on Labour[^1] was a DDoS attack, said :actor[Alan]{#alan-woodward}.\n\n[^1]: The party.';
    const text = plainText(markdown, { site });
    const selector = { quote: 'DDoS attack, said Alan' };
    const match = findQuote(text, selector);
    expect(match).toEqual({ start: text.indexOf('DDoS'), end: text.indexOf('Alan') + 4 });
    const { html } = await renderMarkdown(markdown, context({ annotations: [annotation('a1', selector.quote)] }));
    expect(html).toContain('<mark class="annotated" data-annotation-ref="a1" id="ref-a1">DDoS attack, said <span class="has-card"><a');
  });
});
