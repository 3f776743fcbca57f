/**
 * What points at an actor or a source across the whole site — what they said, took part in,
 * commented, claimed, or what cites them — indexed once per site, so that each actor's and
 * source's page finds its own in constant time instead of scanning every case (which made a
 * build of N items cost N² at those pages).
 */
import { oncePer } from './once-per.ts';
import type { Actor, Annotation, Case, CaseEvent, Claim, Item, Site, Source, Statement } from './types.ts';

/** A statement with the case it belongs to. */
export interface StatementInCase {
  theCase: Case;
  statement: Statement;
}

/** What points at one actor. */
export interface ActorRelations {
  statements: StatementInCase[];
  events: CaseEvent[];
  commentary: Annotation[];
  claims: Claim[];
}

/** What points at one source. */
export interface SourceRelations {
  /** Statements documented in it and events it is a source of. */
  items: Item[];
  /** Claims whose review cites it. */
  claims: Claim[];
  /** Annotations whose words come from it. */
  commentary: Annotation[];
  /** Sources that re-report it. */
  reportedBy: Source[];
}

interface Relations {
  actors: Map<string, ActorRelations>;
  sources: Map<string, SourceRelations>;
}

/** The entry for `id` in `map`, made empty on first use. */
function entry<T>(map: Map<string, T>, id: string, empty: () => T): T {
  let found = map.get(id);
  if (!found) {
    found = empty();
    map.set(id, found);
  }
  return found;
}

/** Empty relations: what an actor or a source has before anything pointing at it is found. */
const noActorRelations = (): ActorRelations => ({ statements: [], events: [], commentary: [], claims: [] });
const noSourceRelations = (): SourceRelations => ({ items: [], claims: [], commentary: [], reportedBy: [] });

/** The site's relations, built on first use; lists keep the order of the cases and their items. */
const relationsOf = oncePer((site: Site): Relations => {
  const actors = new Map<string, ActorRelations>();
  const sources = new Map<string, SourceRelations>();
  const actor = (id: string) => entry(actors, id, noActorRelations);
  const source = (id: string) => entry(sources, id, noSourceRelations);
  for (const theCase of site.cases) {
    for (const item of theCase.items) {
      if (item.type === 'statement') {
        actor(item.speaker.id).statements.push({ theCase, statement: item });
        source(item.source.id).items.push(item);
      } else {
        for (const id of new Set(item.actors.map((one) => one.id))) actor(id).events.push(item);
        for (const id of new Set(item.sources.map((one) => one.id))) source(id).items.push(item);
      }
    }
    for (const annotation of theCase.annotations) {
      if (annotation.by) actor(annotation.by.id).commentary.push(annotation);
      if (annotation.source) source(annotation.source.id).commentary.push(annotation);
    }
    for (const claim of theCase.claims) {
      actor(claim.claimant.id).claims.push(claim);
      for (const id of new Set(claim.evidence.map((one) => one.id))) source(id).claims.push(claim);
    }
  }
  for (const other of site.sources.values()) {
    for (const id of new Set(other.reports.map((one) => one.id))) source(id).reportedBy.push(other);
  }
  return { actors, sources };
});

/** What points at an actor or a source that nothing points at. */
const NO_ACTOR_RELATIONS = noActorRelations();
const NO_SOURCE_RELATIONS = noSourceRelations();

/** What `actor` said, took part in, commented and claimed, across the site's cases. */
export function actorRelations(site: Site, actor: Actor): Readonly<ActorRelations> {
  return relationsOf(site).actors.get(actor.id) ?? NO_ACTOR_RELATIONS;
}

/** What documents itself in, cites, quotes or re-reports `source`, across the site. */
export function sourceRelations(site: Site, source: Source): Readonly<SourceRelations> {
  return relationsOf(site).sources.get(source.id) ?? NO_SOURCE_RELATIONS;
}
