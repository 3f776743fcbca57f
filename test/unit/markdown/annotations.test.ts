import { describe, expect, it } from 'vitest';
import { segmentQuote } from '../../../src/markdown/annotations.ts';
import { renderMarkdown, type RenderContext } from '../../../src/markdown/render.ts';
import { byTag, parseHtml, text, textWithoutMarkers } from './html.ts';
import { annotation, context } from './site.ts';

async function render(markdown: string, overrides: Partial<RenderContext>) {
  const { html, notes } = await renderMarkdown(markdown, context(overrides));
  return { html, notes, tree: parseHtml(html) };
}

/** The marked text of each annotation, by id (all its marks joined). */
function marked(tree: ReturnType<typeof parseHtml>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const mark of byTag(tree, 'mark')) {
    const id = String(mark.properties['dataAnnotationRef']);
    result[id] = (result[id] ?? '') + textWithoutMarkers(mark);
  }
  return result;
}

describe('rehypeCasebookAnnotations', () => {
  it('wraps a phrase in a mark followed by a numbered note marker', async () => {
    const { html } = await render('The attack was sophisticated and large.', { annotations: [annotation('a1', 'sophisticated')] });
    expect(html).toBe(
      '<p>The attack was <mark class="annotated" data-annotation-ref="a1" id="ref-a1">sophisticated</mark>' +
        '<sup class="note-ref"><a href="#note-a1" data-note-ref="a1" role="doc-noteref" aria-label="Note 1">1</a></sup> and large.</p>',
    );
  });

  it.each([
    ['half in <em>', 'A *very large* attack.', 'A very', '<mark class="annotated" data-annotation-ref="a1" id="ref-a1">A <em>very</em></mark>'],
    ['ending in <em>', 'A *very large* attack.', 'large attack', '<em>very </em><mark class="annotated" data-annotation-ref="a1" id="ref-a1"><em>large</em> attack</mark>'],
    ['inside <em>', 'A *very large* attack.', 'very', '<em><mark class="annotated" data-annotation-ref="a1" id="ref-a1">very</mark>'],
    ['across nested <strong> and <em>', 'An <strong>attack <em>on the</em></strong> party now.', 'the party', '<strong>attack <em>on </em></strong><mark class="annotated" data-annotation-ref="a1" id="ref-a1"><strong><em>the</em></strong> party</mark>'],
    ['over a reference link', 'Said :actor[Alan Woodward]{#alan-woodward} today.', 'Woodward today', '<a href="/actors/alan-woodward/" class="ref ref-actor" data-ref="actor" data-id="alan-woodward" aria-describedby="card-1">Alan </a><span class="ref-card" id="card-1" role="tooltip"><span class="ref-card-title">Alan Woodward</span><span class="ref-card-line">Professor of computer science</span></span></span><mark class="annotated" data-annotation-ref="a1" id="ref-a1"><a href="/actors/alan-woodward/" class="ref ref-actor" data-ref="actor" data-id="alan-woodward">Woodward</a> today</mark>'],
    ['with typographic quotes in the text', 'He said “we’ve been hit”.', '"we\'ve been hit"', '<mark class="annotated" data-annotation-ref="a1" id="ref-a1">“we’ve been hit”</mark>'],
  ])('marks a phrase %s', async (_, markdown, quote, expected) => {
    const { html, tree } = await render(markdown, { annotations: [annotation('a1', quote)] });
    expect(html).toContain(expected);
    expect(marked(tree)['a1']?.replace(/[“”]/g, '"').replace(/’/g, "'")).toBe(quote);
    expect(byTag(tree, 'mark', 'id', 'ref-a1')).toHaveLength(1);
  });

  it('marks a phrase across two paragraphs with one mark each and one marker', async () => {
    const { tree } = await render('First part.\n\nSecond part.', { annotations: [annotation('a1', 'part. Second')] });
    const marks = byTag(tree, 'mark');
    expect(marks.map(text)).toEqual(['part.', 'Second']);
    expect(marks.map((m) => m.properties['id'])).toEqual(['ref-a1', undefined]);
    expect(byTag(tree, 'sup')).toHaveLength(1);
  });

  it('uses prefix and suffix to pick an occurrence', async () => {
    const { tree, html } = await render('It was big. It was big again.', { annotations: [annotation('a1', 'big', { suffix: 'again' })] });
    expect(marked(tree)).toEqual({ a1: 'big' });
    expect(html).toContain('It was big. It was <mark');
  });

  it('nests a phrase inside another and cuts one that crosses', async () => {
    const { tree } = await render('one two three four five', {
      annotations: [annotation('outer', 'one two three'), annotation('inner', 'two'), annotation('cross', 'three four')],
    });
    const [outer] = byTag(tree, 'mark', 'dataAnnotationRef', 'outer');
    expect(outer && byTag(outer, 'mark', 'dataAnnotationRef', 'inner').map(text)).toEqual(['two']);
    expect(marked(tree)).toEqual({ outer: 'one two three', inner: 'two', cross: ' four' });
    expect(byTag(tree, 'a', 'dataNoteRef').map((a) => [a.properties['dataNoteRef'], text(a)])).toEqual([
      ['inner', '1'],
      ['outer', '2'],
      ['cross', '3'],
    ]);
  });

  it('leaves out phrases it cannot find once, and annotations of the quote', async () => {
    const { html, notes } = await render('A big, big attack.', {
      annotations: [annotation('missing', 'small'), annotation('twice', 'big'), annotation('quote', 'attack', { field: 'quote' })],
    });
    expect(html).toBe('<p>A big, big attack.</p>');
    expect(notes).toEqual([]);
  });

  it('shows teacher annotations in the teacher edition only', async () => {
    const annotations = [annotation('t1', 'attack', { audience: 'teacher', kind: 'teacher' })];
    const student = await render('An attack.', { annotations, edition: 'student' });
    expect(student.html).toBe('<p>An attack.</p>');
    const teacher = await render('An attack.', { annotations, edition: 'teacher' });
    expect(marked(teacher.tree)).toEqual({ t1: 'attack' });
    expect(byTag(teacher.tree, 'sup', 'dataAudience', 'teacher')).toHaveLength(1);
  });

  it('does not find phrases in a teacher note of the student edition', async () => {
    const markdown = 'Text.\n\n:::teacher\nA hidden phrase.\n:::';
    expect((await render(markdown, { annotations: [annotation('a1', 'hidden phrase')], edition: 'student' })).notes).toEqual([]);
    expect(marked((await render(markdown, { annotations: [annotation('a1', 'hidden phrase')], edition: 'teacher' })).tree)).toEqual({
      a1: 'hidden phrase',
    });
  });
});

describe('segmentQuote', () => {
  const quote = "We've experienced a sophisticated and large-scale cyber-attack.";
  const on = (id: string, phrase: string, extra = {}) => annotation(id, phrase, { field: 'quote', ...extra });

  it.each([
    ['no annotations', [], [{ text: quote }]],
    [
      'one phrase',
      [on('a', 'sophisticated')],
      [{ text: "We've experienced a " }, { text: 'sophisticated', annotationId: 'a', notesAfter: ['a'] }, { text: ' and large-scale cyber-attack.' }],
    ],
    [
      'a phrase matched with curly quotes',
      [on('a', 'We’ve experienced')],
      [{ text: "We've experienced", annotationId: 'a', notesAfter: ['a'] }, { text: ' a sophisticated and large-scale cyber-attack.' }],
    ],
    [
      'a nested phrase',
      [on('outer', 'sophisticated and large-scale'), on('inner', 'large-scale')],
      [
        { text: "We've experienced a " },
        { text: 'sophisticated and ', annotationId: 'outer' },
        { text: 'large-scale', annotationId: 'inner', notesAfter: ['inner', 'outer'] },
        { text: ' cyber-attack.' },
      ],
    ],
    ['body annotations and missing phrases are left out', [annotation('b', 'sophisticated'), on('m', 'nothing')], [{ text: quote }]],
  ])('%s', (_, annotations, segments) => {
    expect(segmentQuote(quote, annotations)).toEqual(segments);
    expect(segmentQuote(quote, annotations).map((s) => s.text).join('')).toBe(quote);
  });

  it('keeps teacher annotations for the teacher edition', () => {
    const teacher = [on('t', 'sophisticated', { audience: 'teacher' })];
    expect(segmentQuote(quote, teacher)).toEqual([{ text: quote }]);
    expect(segmentQuote(quote, teacher, { edition: 'teacher' }).map((s) => s.annotationId)).toEqual([undefined, 't', undefined]);
  });
});
