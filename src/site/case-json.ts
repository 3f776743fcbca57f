/**
 * A case's resolved model as plain JSON (PRODUCT.md §6, Data), for people who script against the
 * site: the case, its actors, sources, statements and events (in time order), claims and
 * annotations, each with its page; references between them are ids of things the file defines (a
 * shared source's reports in other cases too), times are resolved (ISO instants, precision,
 * label). Only what the edition's model holds: the student edition has no teacher notes and no
 * verdicts kept from students. Bodies stay on the pages (a Markdown body can hold teacher
 * blocks), and notes' words are in the Web Annotation file.
 */
import type { Actor, Annotation, Case, CaseEvent, Claim, Source, Statement } from '../model/types.ts';
import { timeJson } from '../timeline/export/json.ts';
import { timelineUrls } from './timeline-urls.ts';
import { noteUrl, pageUrl, withBase } from './urls.ts';
import { annotationsUrl } from './web-annotations.ts';

/** The address of a case's model file. */
export function caseJsonUrl(base: string, caseId: string): string {
  return withBase(base, `cases/${caseId}/case.json`);
}

const ids = (things: readonly { id: string }[]) => things.map((thing) => thing.id);

function actorJson(actor: Actor, base: string) {
  const { id, name, kind, role, affiliation, summary, aliases, links } = actor;
  return { id, name, kind, role, affiliation: affiliation?.id, summary, aliases, links, page: pageUrl(base, 'actor', id) };
}

function sourceJson(source: Source, base: string) {
  const { id, title, kind, publisher, author, published, url, archived, accessed, origin, note } = source;
  return {
    id,
    title,
    kind,
    publisher: publisher && { name: publisher.name, actor: publisher.actor?.id },
    author,
    published: published && timeJson(published),
    url,
    archived,
    accessed,
    origin,
    reports: ids(source.reports),
    reportedBy: ids(source.reportedBy),
    note,
    page: pageUrl(base, 'source', id),
  };
}

function statementJson(statement: Statement, base: string) {
  const { id, quote, paraphrase, channel, audience, tags, label } = statement;
  return {
    id,
    speaker: statement.speaker.id,
    ...(quote !== undefined ? { quote } : { paraphrase }),
    when: timeJson(statement.when),
    label,
    channel,
    audience,
    source: statement.source.id,
    about: ids(statement.about),
    respondsTo: statement.respondsTo.map((item) => ({ type: item.type, id: item.id })),
    tags,
    page: pageUrl(base, 'statement', id, statement.caseId),
  };
}

function eventJson(event: CaseEvent, base: string) {
  const { id, title, kind, label } = event;
  return {
    id,
    title,
    kind,
    when: timeJson(event.when),
    end: event.end && timeJson(event.end),
    label,
    actors: ids(event.actors),
    sources: ids(event.sources),
    page: pageUrl(base, 'event', id, event.caseId),
  };
}

function claimJson(claim: Claim, base: string) {
  const { id, verdict, reviewed } = claim;
  return {
    id,
    claim: claim.claim,
    claimant: claim.claimant.id,
    appearsIn: ids(claim.appearsIn),
    verdict,
    evidence: ids(claim.evidence),
    reviewed,
    page: pageUrl(base, 'claim', id, claim.caseId),
  };
}

function annotationJson(annotation: Annotation, base: string) {
  const { id, kind, quote, prefix, suffix, anchor, target, audience } = annotation;
  return {
    id,
    kind,
    target: target.type === 'case' ? { type: 'case' as const } : { type: target.type, id: target.item.id },
    quote,
    prefix,
    suffix,
    anchor,
    by: annotation.by?.id,
    source: annotation.source?.id,
    audience,
    note: noteUrl(annotation, base),
  };
}

/**
 * The case's sources and those they lead to (what they re-report and what re-reports them, which
 * may belong to another case); then its actors and those these sources and actors name
 * (publishers, affiliations): everything the file refers to, defined in it.
 */
function referenced(theCase: Case): { sources: Source[]; actors: Actor[] } {
  const sources = new Set(theCase.sources);
  for (const source of sources) for (const next of [...source.reports, ...source.reportedBy]) sources.add(next);
  const actors = new Set(theCase.actors);
  for (const source of sources) if (source.publisher?.actor) actors.add(source.publisher.actor);
  for (const actor of actors) if (actor.affiliation) actors.add(actor.affiliation);
  return { sources: [...sources], actors: [...actors] };
}

/** The model JSON of a case. */
export function caseJson(theCase: Case, base: string) {
  const { id, title, subtitle, summary, timezone, locale, authors, published, level, classTime, objectives, questions, license, lanes } = theCase;
  const { sources, actors } = referenced(theCase);
  return {
    case: {
      id,
      title,
      subtitle,
      summary,
      timezone,
      locale,
      authors,
      published,
      level,
      classTime,
      objectives,
      questions,
      license,
      lanes,
      period: theCase.period && timeJson(theCase.period),
      primarySource: theCase.primarySource?.id,
      page: pageUrl(base, 'case', id),
      timeline: timelineUrls(base, id).json,
      annotations: annotationsUrl(base, id),
    },
    actors: actors.map((actor) => actorJson(actor, base)),
    sources: sources.map((source) => sourceJson(source, base)),
    statements: theCase.items.filter((item) => item.type === 'statement').map((statement) => statementJson(statement, base)),
    events: theCase.items.filter((item) => item.type === 'event').map((event) => eventJson(event, base)),
    claims: theCase.claims.map((claim) => claimJson(claim, base)),
    annotations: theCase.annotations.map((annotation) => annotationJson(annotation, base)),
  };
}
