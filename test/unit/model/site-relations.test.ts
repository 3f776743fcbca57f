/**
 * What points at actors and sources across the site, indexed once: each answer is what the
 * actor's or source's page used to find by scanning every case, from a small real content folder.
 */
import { describe, expect, it } from 'vitest';
import { actorRelations, sourceRelations } from '../../../src/model/site-relations.ts';
import { checkFiles, validCase } from '../../support/content.ts';

const { site, diagnostics } = checkFiles(validCase);
const actor = (id: string) => site.actors.get(id)!;
const source = (id: string) => site.sources.get(id)!;
const ids = (things: readonly { id: string }[]) => things.map((thing) => thing.id);

describe('site relations', () => {
  it('reads a valid site', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("finds an actor's statements (with their case), events, commentary and claims", () => {
    const party = actorRelations(site, actor('demo-party'));
    expect(party.statements.map(({ theCase, statement }) => `${theCase.id}/${statement.id}`)).toEqual(['demo/party-email']);
    expect(ids(party.events)).toEqual(['first-attack']);
    expect(ids(party.claims)).toEqual(['was-sophisticated']);
    expect(party.commentary).toEqual([]);
    const expert = actorRelations(site, actor('ann-expert'));
    expect(ids(expert.statements.map(({ statement }) => statement))).toEqual(['expert-view']);
    expect(ids(expert.commentary)).toEqual(['on-sophisticated']);
  });

  it('finds what cites a source: items, claims, commentary and the sources re-reporting it', () => {
    const email = sourceRelations(site, source('demo-email'));
    expect(ids(email.items).sort()).toEqual(['first-attack', 'party-email']);
    expect(ids(email.reportedBy)).toEqual(['demo-article']);
    const article = sourceRelations(site, source('demo-article'));
    expect(ids(article.items)).toEqual(['expert-view']);
    expect(ids(article.claims)).toEqual(['was-sophisticated']);
    expect(ids(article.commentary)).toEqual(['on-sophisticated']);
    expect(article.reportedBy).toEqual([]);
  });

  it('gives an actor or source nothing points at empty lists', () => {
    expect(actorRelations(site, actor('party-source'))).toEqual({ statements: [], events: [], commentary: [], claims: [] });
  });
});
