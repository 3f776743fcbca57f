/**
 * The Web Annotation export of the fixture case (a W3C AnnotationCollection in JSON-LD), from the
 * resolved model and given texts: what each note's target, selector, creator, audience and body are.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/markdown/plain-text.ts';
import { readContent } from '../../../src/model/load/read-content.ts';
import { resolveSite } from '../../../src/model/resolve/site.ts';
import { annotationCollection, type AnnotationTexts } from '../../../src/site/web-annotations.ts';
import { projectRoot } from '../../support/build.ts';

const root = join(projectRoot, 'test/fixtures/minimal');
const { site } = resolveSite(readContent(join(root, 'content'), root).entries);
const theCase = site.cases.find((each) => each.id === 'fixture-case')!;

/** Texts as rendering gives them: each note's HTML, and its target's words. */
function textsFor(anchoredIn: (id: string) => string): Map<string, AnnotationTexts> {
  return new Map(theCase.annotations.map((annotation) => [annotation.id, { html: `<p>Note ${annotation.id}</p>`, anchoredIn: anchoredIn(annotation.id) }]));
}

/** The words each note is anchored in, as the resolver counted them. */
function targetWords(id: string): string {
  const annotation = theCase.annotations.find((each) => each.id === id)!;
  const { target } = annotation;
  if (target.type === 'statement' && annotation.anchor.field === 'quote') return target.item.quote ?? target.item.paraphrase!;
  return plainText(target.type === 'case' ? theCase.body : target.item.body);
}

const collection = annotationCollection(theCase, textsFor(targetWords), '/');
const items = collection.first!.items;
const byId = (id: string) => items.find((item) => item.id.endsWith(`#note-${id}`))!;

describe('a case’s notes as W3C Web Annotations', () => {
  it('are one AnnotationCollection in the Web Annotation context, with its page embedded', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ id: '/cases/fixture-case/annotations.jsonld', type: 'AnnotationCollection', total: theCase.annotations.length });
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(items.map((item) => item.type)).toEqual(theCase.annotations.map(() => 'Annotation'));
  });

  it('name each note by its place on its target’s page, and pick out its phrase with a TextQuoteSelector', () => {
    const expert = byId('fixture-expert-note');
    expect(expert.id).toBe('/cases/fixture-case/statements/fixture-council-quote/#note-fixture-expert-note');
    expect(expert.target.source).toBe('/cases/fixture-case/statements/fixture-council-quote/');
    const words = targetWords('fixture-expert-note');
    const { exact, prefix, suffix } = expert.target.selector;
    expect(exact).toBe('sophisticated attack');
    expect(`${prefix ?? ''}${exact}${suffix ?? ''}`).toBe(words.slice(words.indexOf(prefix ?? exact), words.indexOf(exact) + exact.length + (suffix ?? '').length));
  });

  it('say who made a note, or the case’s authors, and link the source it rests on', () => {
    const expert = byId('fixture-expert-note');
    expect(expert.creator).toEqual({ id: '/actors/fixture-engineer/', type: 'Person', name: 'Dr Ada Ferreira' });
    expect(expert.motivation).toBe('commenting');
    expect(expert.body).toEqual([
      { type: 'TextualBody', value: '<p>Note fixture-expert-note</p>', format: 'text/html', language: theCase.locale, purpose: 'commenting' },
      { type: 'SpecificResource', source: '/sources/fixture-gazette/', purpose: 'linking' },
    ]);
    const context = byId('fixture-context-note');
    expect(context.motivation).toBe('describing');
    // The fixture case names no authors: an editors' note then names no creator.
    expect(theCase.authors).toEqual([]);
    expect(context).not.toHaveProperty('creator');
    const authored = annotationCollection({ ...theCase, authors: ['Ann Editor', 'Bo Editor'] }, textsFor(targetWords), '/');
    expect(authored.first!.items.find((item) => item.id.endsWith('#note-fixture-context-note'))!.creator).toEqual([{ name: 'Ann Editor' }, { name: 'Bo Editor' }]);
  });

  it('mark a teacher’s note with its audience, and only that one', () => {
    expect(byId('fixture-teacher-note').audience).toEqual({ type: 'schema:EducationalAudience', 'schema:educationalRole': 'teacher' });
    expect(items.filter((item) => 'audience' in item)).toHaveLength(1);
  });

  it('take the words around a phrase from its own block only', () => {
    const note = theCase.annotations[0]!;
    const text = "Before, in a teacher's block.\n\nThe words xxxx";
    const start = text.indexOf('words');
    const moved = { ...note, anchor: { field: 'body' as const, start, end: start + 'words'.length } };
    const single = annotationCollection({ ...theCase, annotations: [moved] }, new Map([[note.id, { html: '', anchoredIn: text }]]), '/');
    expect(single.first!.items[0]!.target.selector).toEqual({ type: 'TextQuoteSelector', exact: 'words', prefix: 'The ', suffix: ' xxxx' });
  });

  it('is an empty collection, with no page, for a case without notes; and refuses a note without its text', () => {
    const empty = annotationCollection({ ...theCase, annotations: [] }, new Map(), '/courses/media/');
    expect(empty).toMatchObject({ id: '/courses/media/cases/fixture-case/annotations.jsonld', total: 0 });
    expect(empty).not.toHaveProperty('first');
    expect(() => annotationCollection(theCase, new Map(), '/')).toThrow(/no rendered text for annotation/);
  });
});
