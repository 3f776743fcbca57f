/**
 * What the pages derive from a case for readers and teachers: source categories, evaluation
 * prompts and suggested activities, from a small real content folder.
 */
import { describe, expect, it } from 'vitest';
import { suggestedActivities } from '../../../src/model/activities.ts';
import { evaluationPrompts } from '../../../src/model/evaluation.ts';
import type { Source } from '../../../src/model/types.ts';
import { actorsByName, sourceCategory } from '../../../src/site/source-category.ts';
import { checkFiles, validCase } from '../../support/content.ts';

const files = {
  ...validCase,
  'cases/demo/actors/fact-checkers.md': '---\nname: Check It\nkind: organisation\nrole: Independent fact-checking charity\n---\n',
  'cases/demo/sources/check-it.md': '---\ntitle: We checked\nkind: article\npublisher: Check It\n---\n',
  'cases/demo/sources/agency-report.md': '---\ntitle: Annual review\nkind: report\npublisher: Cyber Agency\n---\n',
  'cases/demo/sources/uni-paper.md': '---\ntitle: A study\nkind: report\npublisher: University of Examples\n---\n',
  'cases/demo/sources/post.md': '---\ntitle: A post\nkind: social-post\npublisher: demo-party\n---\n',
  'cases/demo/statements/source-view.md': `---
speaker: party-source
when: 2019-11-12
source: demo-article
paraphrase: A party source said it came from abroad.
about: [first-attack]
responds_to: [party-email]
---
`,
};
const { site, diagnostics } = checkFiles(files);
const theCase = site.cases[0]!;
const source = (id: string): Source => site.sources.get(id)!;

describe('sourceCategory', () => {
  it.each([
    ['a newspaper article', 'demo-article', 'News report'],
    ["a party's email", 'demo-email', 'Party communication'],
    ['a fact-checker (named as text, known as an actor)', 'check-it', 'Fact-check'],
    ['a report by a body that is not an actor', 'agency-report', 'Report'],
    ['a university report', 'uni-paper', 'Academic'],
    ['a social post, whoever posts it', 'post', 'Social post'],
  ])('%s', (_, id, label) => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(sourceCategory(source(id), actorsByName(site.actors.values())).label).toBe(label);
  });

  it("calls an organisation's own document an official statement", () => {
    const council = { ...source('demo-email'), publisher: { name: 'Council', actor: { ...site.actors.get('demo-party')!, name: 'Riverside Council', role: undefined } } };
    expect(sourceCategory(council).label).toBe('Official statement');
  });
});

describe('evaluationPrompts', () => {
  const statement = (id: string) => theCase.statements.find((s) => s.id === id)!;

  it('says who is behind a statement and what stake they have', () => {
    const { who } = evaluationPrompts(theCase, statement('source-view'));
    expect(who.speaker.kind).toBe('anonymous');
    expect(who.affiliation?.id).toBe('demo-party');
    expect(who.ownEvents.map((event) => event.id)).toEqual(['first-attack']);
    expect(who.otherClaims.map((claim) => claim.id)).toEqual(['was-sophisticated']);
  });

  it('follows the evidence back to the original and lists the claims made', () => {
    const prompts = evaluationPrompts(theCase, statement('party-email'));
    expect(prompts.evidence.chain.map((s) => s.id)).toEqual(['demo-email']);
    expect(prompts.evidence.reachesOriginal).toBe(true);
    expect(prompts.evidence.claims.map((claim) => claim.id)).toEqual(['was-sophisticated']);
    const reported = evaluationPrompts(theCase, statement('source-view'));
    expect(reported.evidence.chain.map((s) => s.id)).toEqual(['demo-article', 'demo-email']);
  });

  it('finds what other speakers say about the same events, and the responses', () => {
    const { others } = evaluationPrompts(theCase, statement('source-view'));
    expect(others.byEvent.map(({ event, statements }) => [event.id, statements.map((s) => s.id)])).toEqual([['first-attack', ['expert-view']]]);
    expect(others.respondsTo.map((item) => item.id)).toEqual(['party-email']);
    expect(evaluationPrompts(theCase, statement('party-email')).others.responses.map((s) => s.id)).toEqual(['source-view']);
  });
});

describe('suggestedActivities', () => {
  it('suggests activities from what the case contains, naming what they use', () => {
    const activities = suggestedActivities(theCase);
    expect(activities.map((activity) => activity.id)).toEqual(['uncertain-times', 'source-chain', 'unnamed-sources', 'compare-accounts', 'judge-claims']);
    const chain = activities.find((activity) => activity.id === 'source-chain')!;
    expect(chain.targets.map((target) => (target.type === 'source' ? target.source.id : ''))).toEqual(['demo-article', 'demo-email']);
  });

  it('suggests nothing it cannot fill in', () => {
    const bare = { ...theCase, items: [], statements: [], events: [], sources: [], claims: [] };
    expect(suggestedActivities(bare)).toEqual([]);
  });
});
