/**
 * Casebook's directive vocabulary (PRODUCT.md §5) and how a reference finds what it names.
 * Processor-free: the directives plugin, the linter and the tests share it.
 */
import type { PageKind } from '../site/urls.ts';
import type { Case, Site } from '../model/types.ts';

/** Text directives that link to something: `:actor[Alan Woodward]{#alan-woodward}`. */
export const REFERENCE_DIRECTIVES = ['actor', 'term', 'cite', 'statement', 'event', 'claim'] as const;

/** Container directives: `:::question` … `:::`. */
export const CONTAINER_DIRECTIVES = ['question', 'teacher'] as const;

/** The kind of thing a text directive refers to. */
export type ReferenceKind = (typeof REFERENCE_DIRECTIVES)[number];

/** The name of a container directive. */
export type ContainerKind = (typeof CONTAINER_DIRECTIVES)[number];

/** Whether a text directive's name is one of Casebook's references. */
export function isReferenceKind(name: string): name is ReferenceKind {
  return (REFERENCE_DIRECTIVES as readonly string[]).includes(name);
}

/** Whether a container directive's name is one of Casebook's blocks. */
export function isContainerKind(name: string): name is ContainerKind {
  return (CONTAINER_DIRECTIVES as readonly string[]).includes(name);
}

/** The page each kind of reference links to (`:cite` links to a source). */
export function pageKindOf(kind: ReferenceKind): PageKind {
  return kind === 'cite' ? 'source' : kind;
}

/** Whether the kind lives inside a case (its id is unique within the case only). */
export function isCaseScoped(kind: ReferenceKind): kind is 'statement' | 'event' | 'claim' {
  return kind === 'statement' || kind === 'event' || kind === 'claim';
}

/** What a reference resolved to: the words to show when the author gave none. */
export interface ResolvedReference {
  /** The target's name, title, term or (for a statement) its opening words. */
  name: string;
}

const LONGEST_STATEMENT_NAME = 60;

/** A statement's words, shortened at a word boundary, for a reference that gives no label. */
function statementName(text: string): string {
  if (text.length <= LONGEST_STATEMENT_NAME) return text;
  const cut = text.slice(0, LONGEST_STATEMENT_NAME);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function findCase(site: Site, caseId: string | undefined): Case | undefined {
  return caseId === undefined ? undefined : site.cases.find((c) => c.id === caseId);
}

/**
 * Finds what `:kind[…]{#id}` names in the site; statements, events and claims are looked up in
 * the given case. Undefined when there is no such thing (the linter reports it).
 */
export function resolveReference(
  site: Site,
  kind: ReferenceKind,
  id: string,
  caseId?: string,
): ResolvedReference | undefined {
  switch (kind) {
    case 'actor': {
      const actor = site.actors.get(id);
      return actor && { name: actor.name };
    }
    case 'term': {
      const term = site.terms.get(id);
      return term && { name: term.term };
    }
    case 'cite': {
      const source = site.sources.get(id);
      return source && { name: source.title };
    }
    case 'statement': {
      const statement = findCase(site, caseId)?.statements.find((s) => s.id === id);
      return statement && { name: statementName(statement.quote ?? statement.paraphrase ?? statement.id) };
    }
    case 'event': {
      const event = findCase(site, caseId)?.events.find((e) => e.id === id);
      return event && { name: event.title };
    }
    case 'claim': {
      const claim = findCase(site, caseId)?.claims.find((c) => c.id === id);
      return claim && { name: claim.claim };
    }
  }
}
