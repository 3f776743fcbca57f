/**
 * A small literal Site for the Markdown tests: one case with an actor, a term, a source, a
 * statement, an event, a claim, and annotations built on demand.
 */
import type { Actor, Annotation, Case, CaseEvent, Claim, ResolvedTime, Site, Source, Statement, Term } from '../../../src/model/types.ts';
import type { RenderContext } from '../../../src/markdown/render.ts';

const when: ResolvedTime = { start: Date.UTC(2019, 10, 12), end: Date.UTC(2019, 10, 13), precision: 'day', label: '12 November 2019' };

export const actor: Actor = {
  type: 'actor',
  id: 'alan-woodward',
  file: 'content/actors/alan-woodward.md',
  name: 'Alan Woodward',
  kind: 'person',
  role: 'Professor of computer science',
  aliases: [],
  links: [],
  body: '',
};

export const term: Term = {
  type: 'term',
  id: 'ddos',
  file: 'content/glossary/ddos.md',
  term: 'DDoS',
  aliases: ['distributed denial of service'],
  short: 'Flooding a service with traffic from many machines.',
  body: '',
};

export const source: Source = {
  type: 'source',
  id: 'new-statesman-2019',
  file: 'content/cases/labour/sources/new-statesman-2019.md',
  caseId: 'labour',
  title: 'Labour Party hit by second cyber attack',
  kind: 'article',
  reports: [],
  reportedBy: [],
  body: '',
};

export const statement: Statement = {
  type: 'statement',
  id: 'sookoo-email',
  caseId: 'labour',
  file: 'content/cases/labour/statements/sookoo-email.md',
  speaker: actor,
  when,
  source,
  quote: "We've experienced a sophisticated and large-scale cyber-attack on our digital platforms.",
  about: [],
  respondsTo: [],
  tags: [],
  body: '',
};

export const event: CaseEvent = {
  type: 'event',
  id: 'first-attack',
  caseId: 'labour',
  file: 'content/cases/labour/events/first-attack.md',
  title: 'First DDoS attack',
  when,
  actors: [],
  sources: [source],
  body: '',
};

export const claim: Claim = {
  type: 'claim',
  id: 'sophisticated',
  caseId: 'labour',
  file: 'content/cases/labour/claims/sophisticated.md',
  claim: 'The attack was sophisticated.',
  claimant: actor,
  appearsIn: [statement],
  evidence: [source],
  body: '',
};

export const labour: Case = {
  type: 'case',
  id: 'labour',
  file: 'content/cases/labour/index.md',
  title: 'Labour DDoS',
  summary: 'A DDoS attack.',
  timezone: 'Europe/London',
  locale: 'en-GB',
  authors: [],
  objectives: [],
  questions: [],
  revealVerdicts: true,
  lanes: 'actor',
  actors: [actor],
  statements: [statement],
  events: [event],
  items: [event, statement],
  sources: [source],
  annotations: [],
  claims: [claim],
  body: '',
};

export const site: Site = {
  cases: [labour],
  actors: new Map([[actor.id, actor]]),
  sources: new Map([[source.id, source]]),
  terms: new Map([[term.id, term]]),
};

/** An annotation of the statement's body (or quote) on a phrase. */
export function annotation(
  id: string,
  quote: string,
  options: Partial<Pick<Annotation, 'prefix' | 'suffix' | 'audience' | 'kind'>> & { field?: 'body' | 'quote' } = {},
): Annotation {
  const { field = 'body', ...rest } = options;
  return {
    type: 'annotation',
    id,
    caseId: 'labour',
    file: `content/cases/labour/annotations/${id}.md`,
    target: { type: 'statement', item: statement },
    quote,
    kind: 'context',
    audience: 'all',
    // The offsets are not used by rendering, which finds the phrase again.
    anchor: { field, start: 0, end: 0 },
    body: '',
    ...rest,
  };
}

/** A render context for the test site. */
export function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return { site, caseId: 'labour', edition: 'student', base: '/', ...overrides };
}
