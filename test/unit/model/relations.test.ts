/**
 * The case's reverse links, indexed once: each answer is what a scan of the whole case finds, in
 * the case's (chronological) order, from a small real content folder.
 */
import { describe, expect, it } from 'vitest';
import { annotationsOn, claimsIn, responsesTo, statementsAbout } from '../../../src/model/relations.ts';
import { siteForEdition } from '../../../src/model/edition.ts';
import { checkFiles, validCase } from '../../support/content.ts';

const files = {
  ...validCase,
  'cases/demo/events/email-sent.md': '---\ntitle: The email goes out\nwhen: 2019-11-12 morning\nsources: [demo-email]\n---\nIt went out early.\n',
  'cases/demo/statements/reply.md': `---
speaker: party-source
when: { after: email-sent, within: 1d }
source: demo-article
paraphrase: A party source answered the email.
about: [first-attack]
responds_to: [party-email, email-sent]
---
`,
  'cases/demo/annotations/on-email-event.md': '---\ntarget: email-sent\nquote: went out early\nkind: context\n---\nBefore the second attack.\n',
  'cases/demo/annotations/teacher-only.md': '---\ntarget: party-email\nquote: hit by\nkind: context\naudience: teacher\n---\nAsk who saw it.\n',
};
const { site, diagnostics } = checkFiles(files);
const theCase = site.cases[0]!;
const statement = (id: string) => theCase.statements.find((s) => s.id === id)!;
const event = (id: string) => theCase.events.find((e) => e.id === id)!;
const ids = (things: readonly { id: string }[]) => things.map((thing) => thing.id);

describe('case relations', () => {
  it('reads a valid case', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('finds the annotations on a statement and on an event', () => {
    expect(ids(annotationsOn(theCase, statement('party-email')))).toEqual(['on-sophisticated', 'teacher-only']);
    expect(ids(annotationsOn(theCase, event('email-sent')))).toEqual(['on-email-event']);
    expect(annotationsOn(theCase, statement('expert-view'))).toEqual([]);
  });

  it('finds the claims made in a statement', () => {
    expect(ids(claimsIn(theCase, statement('party-email')))).toEqual(['was-sophisticated']);
    expect(claimsIn(theCase, statement('expert-view'))).toEqual([]);
  });

  it('finds the statements about an event and in response to an item, in time order', () => {
    const about = statementsAbout(theCase, event('first-attack'));
    expect(ids(about)).toEqual(theCase.statements.filter((s) => s.about.some((e) => e.id === 'first-attack')).map((s) => s.id));
    expect(ids(about).sort()).toEqual(['expert-view', 'reply']);
    expect(ids(responsesTo(theCase, statement('party-email')))).toEqual(['reply']);
    expect(ids(responsesTo(theCase, event('email-sent')))).toEqual(['reply']);
    expect(responsesTo(theCase, event('first-attack'))).toEqual([]);
  });

  it('indexes each edition of a case on its own: students never get teacher-only notes', () => {
    const student = siteForEdition(site, 'student').cases[0]!;
    expect(ids(annotationsOn(student, student.statements.find((s) => s.id === 'party-email')!))).toEqual(['on-sophisticated']);
    expect(ids(annotationsOn(theCase, statement('party-email')))).toContain('teacher-only');
  });
});
