/**
 * The shipped Labour case as a whole: it resolves without a single diagnostic, its relative and
 * uncertain times resolve to the intervals the sources allow, it has every actor, statement,
 * event, claim and term issue #3 asks for, and every statement can be followed to a source.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/model/diagnostic.ts';
import type { Item } from '../../../src/model/types.ts';
import { ARTICLE_ID, chain, loadShipped, reportedBy } from './labour-model.ts';

const { site, theCase, diagnostics } = loadShipped();

/** A UTC instant; November 2019 in Europe/London is GMT, so London wall-clock = UTC. */
const utc = (day: number, hour = 0, minute = 0) => Date.UTC(2019, 10, day, hour, minute);

function item(id: string): Item {
  const found = theCase.items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no statement or event \`${id}\` in the case`);
  return found;
}

const span = (id: string) => ({ start: item(id).when.start, end: item(id).when.end });

describe('the Labour case', () => {
  it('resolves with no errors and no warnings', () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('is a case a teacher can use for one 50-minute lesson', () => {
    expect(theCase.title).toMatch(/sophisticated/i);
    expect(theCase.summary.length).toBeGreaterThan(50);
    expect(theCase.classTime).toMatch(/50-minute/);
    expect(theCase.objectives.length).toBeGreaterThanOrEqual(4);
    expect(theCase.questions.length).toBeGreaterThanOrEqual(4);
    expect(theCase.license).toBe('CC-BY-4.0');
    expect(theCase.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(theCase.primarySource?.id).toBe(ARTICLE_ID);
    expect(theCase.body).toContain(':::teacher');
    expect(theCase.body).toContain(':::question');
  });
});

describe('times', () => {
  it('opens the timeline on 11–13 November 2019', () => {
    expect(theCase.period).toMatchObject({ start: utc(11), end: utc(14) });
  });

  it('draws the first attack over Monday afternoon and evening, as the two Labour accounts differ', () => {
    expect(span('first-attack')).toEqual({ start: utc(11, 12), end: utc(12) });
  });

  it('reads Sookoo’s email as early on Tuesday morning', () => {
    expect(span('sookoo-email-attacks')).toEqual({ start: utc(12, 6), end: utc(12, 9) });
  });

  it('places The Times’s report less than twelve hours before Labour’s first statement: Monday 18:00 to Tuesday 09:00', () => {
    // { before: sookoo-email-attacks, within: 12h }: from 12 h before the email's earliest moment
    // (06:00 − 12 h = Monday 18:00) to the email's latest moment (09:00).
    expect(span('times-donor-report')).toEqual({ start: utc(11, 18), end: utc(12, 9) });
    expect(item('times-donor-report').when.precision).not.toBe('minute');
  });

  it('places the spokeswoman’s statement before LBC’s 10:17 report', () => {
    expect(span('labour-spokeswoman-statement')).toEqual({ start: utc(12, 6), end: utc(12, 10, 18) });
  });

  it('dates the article’s sentence on the second attack to after that attack began, on the same day', () => {
    // { on: 2019-11-12, after: second-attack }: the second attack is "early afternoon" (12:00–15:00).
    expect(span('ns-ddos-classified')).toEqual({ start: utc(12, 12), end: utc(13) });
  });

  it('gives Woodward’s remark to Full Fact a span ending when Full Fact published', () => {
    expect(span('woodward-full-fact')).toEqual({ start: utc(12), end: utc(13, 9, 44) });
  });

  it('puts the 2017 precedent and the election milestones outside the period, in order', () => {
    const order = ['parliament-email-attack-2017', 'ncsc-annual-review', 'parliament-dissolved', 'first-attack',
      'times-donor-report', 'labour-announcement', 'second-attack', 'conservative-attack', 'full-fact-explainer',
      'nominations-close', 'polling-day'];
    const positions = order.map((id) => theCase.items.findIndex((candidate) => candidate.id === id));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(span('parliament-email-attack-2017')).toEqual({ start: Date.UTC(2017, 5, 22, 23), end: Date.UTC(2017, 5, 23, 23) });
    expect(span('parliament-dissolved').start).toBe(utc(6, 0, 1));
    expect(span('polling-day')).toEqual({ start: Date.UTC(2019, 11, 12), end: Date.UTC(2019, 11, 13) });
  });
});

describe('what issue #3 asks for', () => {
  it('has every required actor, with a role, and the unnamed ones as anonymous', () => {
    const actors = new Map(theCase.actors.map((actor) => [actor.id, actor]));
    const required = ['niall-sookoo', 'jeremy-corbyn', 'jennie-formby', 'alan-woodward', 'labour-party', 'labour-source',
      'government-investigation-sources', 'the-times', 'new-statesman', 'oscar-williams', 'ncsc', 'cloudflare',
      'conservative-party', 'university-of-surrey'];
    for (const id of required) {
      expect(actors.get(id), id).toBeDefined();
      expect(actors.get(id)?.role, `${id} has a role`).toBeTruthy();
    }
    expect(actors.get('labour-source')?.kind).toBe('anonymous');
    expect(actors.get('government-investigation-sources')?.kind).toBe('anonymous');
    expect(actors.get('alan-woodward')?.role).toMatch(/visiting/i);
    expect(actors.get('alan-woodward')?.affiliation?.id).toBe('university-of-surrey');
    expect(actors.get('ncsc')?.affiliation?.id).toBe('gchq');
    expect(actors.get('oscar-williams')?.affiliation?.id).toBe('new-statesman');
    for (const id of ['niall-sookoo', 'jeremy-corbyn', 'jennie-formby']) expect(actors.get(id)?.affiliation?.id).toBe('labour-party');
  });

  it('has every required statement, each from its own source', () => {
    const sourceOf = new Map(theCase.statements.map((statement) => [statement.id, statement.source.id]));
    const required: Record<string, string> = {
      'sookoo-email-attacks': 'sookoo-email-2019',
      'sookoo-email-intent': 'sookoo-email-2019',
      'corbyn-suspicious': ARTICLE_ID,
      'formby-tweet': ARTICLE_ID,
      'woodward-surprised': ARTICLE_ID,
      'woodward-juxtaposition': ARTICLE_ID,
      'woodward-sophisticated-methods': ARTICLE_ID,
      'woodward-could-be-anyone': ARTICLE_ID,
      'labour-source-russia-brazil': ARTICLE_ID,
      'government-sources-no-state-actor': ARTICLE_ID,
      'ncsc-annual-review-threat': ARTICLE_ID,
      'labour-no-response': ARTICLE_ID,
      'ncsc-common-form': 'teiss-ncsc-2019',
      'ncsc-incident-closed': 'teiss-ncsc-2019',
      'woodward-full-fact': 'full-fact-2019',
      'corbyn-in-house-system': 'aol-pa-2019',
      'security-sources-low-level': 'aol-pa-2019',
      'cloudflare-nothing-special': 'computing-2019',
    };
    for (const [id, source] of Object.entries(required)) expect(sourceOf.get(id), id).toBe(source);
  });

  it('gives reported speech as a paraphrase, never as a quote', () => {
    const paraphrased = ['corbyn-suspicious', 'formby-tweet', 'woodward-surprised', 'labour-source-russia-brazil',
      'government-sources-no-state-actor', 'labour-no-response', 'security-sources-low-level', 'cloudflare-nothing-special'];
    for (const id of paraphrased) {
      const statement = theCase.statements.find((candidate) => candidate.id === id);
      expect(statement?.paraphrase, id).toBeTruthy();
      expect(statement?.quote, id).toBeUndefined();
    }
  });

  it('attributes what only the article reports (unconfirmed in facts.md) to the article', () => {
    for (const id of ['formby-tweet', 'ncsc-annual-review-threat', 'ns-botnet-price', 'ns-times-report']) {
      expect(theCase.statements.find((statement) => statement.id === id)?.source.id, id).toBe(ARTICLE_ID);
    }
    const times = theCase.events.find((event) => event.id === 'times-donor-report');
    expect(times?.sources.map((source) => source.id)).toContain(ARTICLE_ID);
  });

  it('has every required event, each with a source', () => {
    const required = ['first-attack', 'times-donor-report', 'labour-announcement', 'second-attack', 'conservative-attack',
      'ns-article-published', 'full-fact-explainer', 'ncsc-annual-review', 'parliament-email-attack-2017',
      'parliament-dissolved', 'polling-day'];
    const events = theCase.events.map((event) => event.id);
    for (const id of required) expect(events).toContain(id);
    for (const event of theCase.events) expect(event.sources.length, event.id).toBeGreaterThan(0);
  });

  it('has every required claim, each with a verdict, evidence and reasoning that cites sources', () => {
    const verdicts = new Map(theCase.claims.map((claim) => [claim.id, claim.verdict]));
    expect(Object.fromEntries(verdicts)).toMatchObject({
      'large-scale-and-sophisticated': 'disputed',
      'russia-and-brazil': 'unverifiable',
      'no-data-breached': 'supported',
      'state-involvement': 'unsupported',
      'parliament-breach-2016': 'false',
    });
    for (const claim of theCase.claims) {
      expect(claim.verdict, claim.id).toBeDefined();
      expect(claim.evidence.length, claim.id).toBeGreaterThan(0);
      expect(claim.appearsIn.length, claim.id).toBeGreaterThan(0);
      expect(claim.body, claim.id).toContain(':cite[');
      for (const source of claim.evidence) expect(claim.body, `${claim.id} cites ${source.id}`).toContain(source.id);
    }
  });

  it('has expert notes on the words they answer, and the editorial notes of the teaching observations', () => {
    const notes = new Map(theCase.annotations.map((annotation) => [annotation.id, annotation]));
    const expert = (id: string) => notes.get(id);
    expect(expert('woodward-on-sophisticated')).toMatchObject({ kind: 'expert', quote: 'sophisticated attacks' });
    expect(expert('woodward-on-sophisticated')?.by?.id).toBe('alan-woodward');
    expect(expert('woodward-on-timing')).toMatchObject({ kind: 'expert' });
    expect(expert('woodward-on-timing')?.by?.id).toBe('alan-woodward');
    expect(expert('ncsc-on-scale')?.by?.id).toBe('ncsc');
    for (const id of ['timing-side-by-side', 'vague-quantities', 'no-suggestion-but', 'anonymous-against-anonymous',
      'parliament-date-check', 'unsourced-price', 'breaking-news', 'scale-others']) {
      expect(notes.get(id), id).toBeDefined();
      expect(notes.get(id)?.audience, `${id} is for every reader`).toBe('all');
    }
  });

  it('has every required glossary term', () => {
    for (const id of ['ddos', 'botnet', 'state-actor', 'attribution', 'anonymous-source', 'mitigation', 'security-flaw',
      'data-breach', 'dark-web', 'reported-speech', 'square-brackets']) {
      expect(site.terms.has(id), id).toBe(true);
    }
  });
});

describe('following every statement back to its source', () => {
  it.each(theCase.statements.map((statement) => [statement.id, statement] as const))('%s', (_, statement) => {
    const source = statement.source;
    const reachesAddress = chain(source).some((link) => link.url);
    if (reachesAddress) return;
    // Otherwise it must be an unpublished original, said to be one, that a published report carries.
    expect(source.origin, `${source.id} is a primary record`).toBe('primary');
    expect(source.note ?? '', `${source.id} says it was not published`).toMatch(/no public copy/i);
    expect(reportedBy(theCase, source).some((report) => report.url), `${source.id} is re-reported by a published source`).toBe(true);
  });
});
