import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/markdown/render.ts';
import { byTag, parseHtml, text } from './html.ts';
import { context } from './site.ts';

/** Renders a one-line body and returns its first reference element. */
async function reference(markdown: string, base = '/', overrides = {}) {
  const { html } = await renderMarkdown(markdown, context({ base, ...overrides }));
  const tree = parseHtml(html);
  const [ref] = [...byTag(tree, 'a', 'dataRef'), ...byTag(tree, 'span', 'dataRef')];
  return { html, ref };
}

describe.each(['/', '/sub/path/'])('references under base %s', (base) => {
  it.each([
    [':actor[Alan Woodward]{#alan-woodward}', 'actor', 'alan-woodward', 'actors/alan-woodward/', 'Alan Woodward'],
    [':term[denial of service]{#ddos}', 'term', 'ddos', 'glossary/ddos/', 'denial of service'],
    [':cite[the article]{#new-statesman-2019}', 'cite', 'new-statesman-2019', 'sources/new-statesman-2019/', 'the article'],
    [':cite[new-statesman-2019]', 'cite', 'new-statesman-2019', 'sources/new-statesman-2019/', 'Labour Party hit by second cyber attack'],
    [':statement[the email]{#sookoo-email}', 'statement', 'sookoo-email', 'cases/labour/statements/sookoo-email/', 'the email'],
    [':event[the first attack]{#first-attack}', 'event', 'first-attack', 'cases/labour/events/first-attack/', 'the first attack'],
    [':claim[the claim]{#sophisticated}', 'claim', 'sophisticated', 'cases/labour/claims/sophisticated/', 'the claim'],
  ])('%s', async (markdown, kind, id, path, label) => {
    const { ref } = await reference(`See ${markdown} here.`, base);
    expect(ref?.tagName).toBe('a');
    expect(ref?.properties).toMatchObject({
      href: `${base}${path}`,
      className: ['ref', `ref-${kind}`],
      dataRef: kind,
      dataId: id,
    });
    expect(ref && text(ref)).toBe(label);
  });
});

describe('references', () => {
  it('renders the exact markup of the output contract', async () => {
    const { html } = await renderMarkdown(':actor[Alan Woodward]{#alan-woodward}', context());
    expect(html).toBe(
      '<p><span class="has-card"><a href="/actors/alan-woodward/" class="ref ref-actor" data-ref="actor" data-id="alan-woodward" aria-describedby="card-1">Alan Woodward</a>' +
        '<span class="ref-card" id="card-1" role="tooltip"><span class="ref-card-title">Alan Woodward</span><span class="ref-card-line">Professor of computer science</span></span></span></p>',
    );
  });

  it.each([
    [':actor[]{#alan-woodward}', 'Alan Woodward'],
    [':term[]{#ddos}', 'DDoS'],
    [':cite[]{#new-statesman-2019}', 'Labour Party hit by second cyber attack'],
    [':event[]{#first-attack}', 'First DDoS attack'],
    [':claim[]{#sophisticated}', 'The attack was sophisticated.'],
    [':statement[]{#sookoo-email}', 'We\'ve experienced a sophisticated and large-scale…'],
  ])('an empty label shows the target: %s', async (markdown, label) => {
    const { ref } = await reference(markdown);
    expect(ref && text(ref)).toBe(label);
  });

  it.each([
    ['an unknown id', ':actor[Alan]{#alan-woodard}', 'Alan'],
    ['a missing id', ':actor[Alan]', 'Alan'],
    ['an unknown source', ':cite[nowhere]', 'nowhere'],
  ])('%s renders as a span with its text', async (_, markdown, label) => {
    const { ref } = await reference(markdown);
    expect(ref?.tagName).toBe('span');
    expect(ref?.properties['className']).toContain('ref-unresolved');
    expect(ref && text(ref)).toBe(label);
  });

  it('a case item outside a case is not linked', async () => {
    const { ref } = await reference(':event[the attack]{#first-attack}', '/', { caseId: undefined });
    expect(ref?.tagName).toBe('span');
  });

  it('does not curl quotes', async () => {
    const { html } = await renderMarkdown('He said "we\'ve been hit" -- twice.', context());
    expect(html).toBe('<p>He said "we\'ve been hit" -- twice.</p>');
  });
});

describe('unknown directives keep their text', () => {
  it.each([
    ['a colon inside a word', 'Note:this matters.', '<p>Note:this matters.</p>'],
    ['a time', 'At 10:30am.', '<p>At 10:30am.</p>'],
    ['an unknown text directive', 'A :foo[bar]{#baz} here.', '<p>A :foo[bar]{#baz} here.</p>'],
    ['an unknown leaf directive', '::foo[bar]', '<p>::foo[bar]</p>'],
    ['an unknown container keeps its content', ':::foo\nInside.\n:::', '<div><p>Inside.</p></div>'],
  ])('%s', async (_, markdown, html) => {
    expect((await renderMarkdown(markdown, context())).html).toBe(html);
  });
});

describe('blocks', () => {
  const body = 'Before.\n\n:::question\nWho gains from calling it sophisticated?\n:::\n\n:::teacher\nThe answer is the *party*.\n:::\n\nAfter.';

  it('a question is an aside with a labelled heading, in both editions', async () => {
    for (const edition of ['student', 'teacher'] as const) {
      const tree = parseHtml((await renderMarkdown(body, context({ edition }))).html);
      const [aside] = byTag(tree, 'aside', 'dataQuestion');
      expect(aside?.properties['className']).toEqual(['question']);
      const [heading] = aside ? byTag(aside, 'h2') : [];
      expect(heading && text(heading)).toBe('Discussion question');
      expect(aside?.properties['ariaLabelledBy']).toEqual([heading?.properties['id']]);
      expect(aside && text(aside)).toContain('Who gains from calling it sophisticated?');
    }
  });

  it('a question label replaces the heading text', async () => {
    const tree = parseHtml((await renderMarkdown(':::question[Think about it]\nWhy?\n:::', context())).html);
    expect(byTag(tree, 'h2').map(text)).toEqual(['Think about it']);
  });

  it('a teacher note is absent, text included, from the student edition', async () => {
    const { html } = await renderMarkdown(body, context({ edition: 'student' }));
    expect(html).not.toContain('answer');
    expect(html).not.toContain('data-audience');
    expect(html).not.toContain('teacher');
    expect(html).toContain('After.');
  });

  it('a teacher note is wrapped in data-audience="teacher" in the teacher edition', async () => {
    const tree = parseHtml((await renderMarkdown(body, context({ edition: 'teacher' }))).html);
    const [aside] = byTag(tree, 'aside', 'dataAudience', 'teacher');
    expect(aside?.properties['className']).toEqual(['teacher-note']);
    expect(aside && text(aside)).toContain('The answer is the party.');
  });

  it('question ids carry the page prefix', async () => {
    const { html } = await renderMarkdown(':::question\nWhy?\n:::', context({ idPrefix: 'case-' }));
    expect(html).toContain('id="user-content-case-question-1"');
  });
});
