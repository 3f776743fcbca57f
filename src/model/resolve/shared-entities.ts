/**
 * Actors, sources and glossary terms: the entities whose ids are unique across the site, wherever
 * they are defined (site level, or inside a case).
 */
import type { Diagnostic } from '../diagnostic.ts';
import { resolveAbsolute, type TimeContext } from '../time/index.ts';
import type { Actor, RawEntry, Source, Term } from '../types.ts';
import type { ActorData, SourceData, TermData } from '../../schemas/index.ts';
import { checkImage, type PublicFileExists } from './images.ts';
import type { Referrer } from './references.ts';
import { idPattern } from '../../schemas/common.ts';

/** A validated entry: the raw file and its typed frontmatter. */
export interface Valid<D> {
  entry: RawEntry;
  data: D;
}

/**
 * Builds every actor, then links affiliations (which may point at any actor). With `imageExists`
 * (the CLI's check), pictures are checked to be files of the site.
 */
export function buildActors(
  valid: readonly Valid<ActorData>[],
  refs: Referrer,
  diagnostics: Diagnostic[],
  imageExists?: PublicFileExists,
): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  for (const { entry, data } of valid) {
    const imageProblem = data.image && imageExists ? checkImage(data.image, entry, imageExists) : undefined;
    if (imageProblem) diagnostics.push(imageProblem);
    actors.set(entry.id, {
      type: 'actor',
      id: entry.id,
      file: entry.file,
      caseId: entry.caseId,
      name: data.name,
      kind: data.kind,
      role: data.role,
      summary: data.summary,
      aliases: data.aliases,
      image: data.image ? { src: data.image, alt: data.image_alt ?? '' } : undefined,
      links: data.links,
      body: entry.body,
    });
  }
  for (const { entry, data } of valid) {
    if (data.affiliation === undefined) continue;
    actors.get(entry.id)!.affiliation = refs.find(actors, data.affiliation, 'an actor', entry, ['affiliation']);
  }
  return actors;
}

/**
 * Builds every source, then links the chains of `reports`. A `publisher` that is an actor id
 * links to that actor; any other text is the publisher's name.
 */
export function buildSources(
  valid: readonly Valid<SourceData>[],
  actors: ReadonlyMap<string, Actor>,
  timeContextOf: (entry: RawEntry) => TimeContext,
  refs: Referrer,
  diagnostics: Diagnostic[],
): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const { entry, data } of valid) {
    const publisherActor = data.publisher === undefined ? undefined : publisherOf(data.publisher, actors, entry, refs);
    const published =
      data.published === undefined
        ? undefined
        : resolveAbsolute(data.published, timeContextOf(entry), { file: entry.file, field: 'published', locate: entry.locate });
    if (published !== undefined && 'message' in published) diagnostics.push(published);
    sources.set(entry.id, {
      type: 'source',
      id: entry.id,
      file: entry.file,
      caseId: entry.caseId,
      title: data.title,
      kind: data.kind,
      publisher:
        data.publisher === undefined
          ? undefined
          : { name: publisherActor?.name ?? data.publisher, actor: publisherActor },
      author: data.author,
      published: published !== undefined && !('message' in published) ? published : undefined,
      url: data.url,
      archived: data.archived,
      accessed: data.accessed,
      origin: data.origin,
      reports: [],
      reportedBy: [],
      note: data.note,
      body: entry.body,
    });
  }
  for (const { entry, data } of valid) {
    const source = sources.get(entry.id)!;
    source.reports = refs.findAll(sources, data.reports, 'a source', entry, 'reports');
    for (const original of source.reports) original.reportedBy.push(source);
  }
  return sources;
}

/**
 * The actor a `publisher` names. A publisher written like an id (`new-statesman`) must be an
 * actor, or it is reported as a mistyped one; anything else (`The New Statesman`) is a name.
 */
function publisherOf(publisher: string, actors: ReadonlyMap<string, Actor>, entry: RawEntry, refs: Referrer): Actor | undefined {
  if (!idPattern.test(publisher)) return undefined;
  return refs.find(actors, publisher, 'an actor (to give a name instead, write it as it is spelt, e.g. `The Times`)', entry, ['publisher']);
}

/** Builds the glossary. */
export function buildTerms(valid: readonly Valid<TermData>[]): Map<string, Term> {
  return new Map(
    valid.map(({ entry, data }) => [
      entry.id,
      { type: 'term', id: entry.id, file: entry.file, term: data.term, aliases: data.aliases, short: data.short, body: entry.body },
    ]),
  );
}
