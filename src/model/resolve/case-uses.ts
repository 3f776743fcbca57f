/**
 * Who and what a case involves: its own actors and sources, and every site-level one its items,
 * annotations and claims mention — the lists its pages show.
 */
import type { Actor, Annotation, Claim, Item, Source } from '../types.ts';

/** The case's own actors plus every actor its items, annotations and claims mention, by name. */
export function usedActors(
  caseId: string,
  actors: ReadonlyMap<string, Actor>,
  items: readonly Item[],
  annotations: readonly Annotation[],
  claims: readonly Claim[],
): Actor[] {
  const used = new Set<Actor>([...actors.values()].filter((actor) => actor.caseId === caseId));
  for (const item of items) {
    if (item.type === 'statement') used.add(item.speaker);
    else item.actors.forEach((actor) => used.add(actor));
  }
  annotations.forEach((annotation) => annotation.by && used.add(annotation.by));
  claims.forEach((claim) => used.add(claim.claimant));
  return [...used].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The case's own sources plus every source it cites, by title. */
export function usedSources(
  caseId: string,
  sources: ReadonlyMap<string, Source>,
  items: readonly Item[],
  annotations: readonly Annotation[],
  claims: readonly Claim[],
  primary: Source | undefined,
): Source[] {
  const used = new Set<Source>([...sources.values()].filter((source) => source.caseId === caseId));
  if (primary) used.add(primary);
  for (const item of items) {
    if (item.type === 'statement') used.add(item.source);
    else item.sources.forEach((source) => used.add(source));
  }
  annotations.forEach((annotation) => annotation.source && used.add(annotation.source));
  claims.forEach((claim) => claim.evidence.forEach((source) => used.add(source)));
  return [...used].sort((a, b) => a.title.localeCompare(b.title, 'en'));
}
