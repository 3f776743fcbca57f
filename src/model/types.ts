/**
 * The Casebook domain, as the model resolves it: files in, a site of cases out.
 * Nothing here imports Astro or the DOM, so the CLI, the pages and the tests share it.
 */
import type { Position } from './diagnostic.ts';
import type { ResolvedTime } from './time/types.ts';

export type { ResolvedTime } from './time/types.ts';

/** The kinds of content file (PRODUCT.md §2). */
export type Kind = 'case' | 'actor' | 'statement' | 'event' | 'source' | 'annotation' | 'claim' | 'term';

/** A path into a frontmatter value, e.g. `['when', 'before']` or `['about', 2]`. */
export type FieldPath = readonly (string | number)[];

/**
 * One content file as read from disk (or from Astro's content layer), before validation.
 * `caseId` is undefined for site-level actors, sources and glossary terms.
 */
export interface RawEntry {
  kind: Kind;
  id: string;
  caseId?: string;
  /** Path relative to the project root, `/`-separated. */
  file: string;
  /** The frontmatter, as parsed (unvalidated). */
  data: Record<string, unknown>;
  /** The Markdown body, without frontmatter. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** Where a frontmatter field sits in the file; undefined when unknown. */
  locate: (path: FieldPath) => Position | undefined;
}

export type ActorKind = 'person' | 'organisation' | 'publication' | 'group' | 'anonymous';

export interface Link {
  label: string;
  url: string;
}

export interface Actor {
  type: 'actor';
  id: string;
  file: string;
  /** The case this actor is defined in, or undefined for a site-level actor. */
  caseId?: string;
  name: string;
  kind: ActorKind;
  role?: string;
  affiliation?: Actor;
  summary?: string;
  aliases: string[];
  image?: { src: string; alt: string };
  links: Link[];
  body: string;
}

export type SourceKind =
  | 'article'
  | 'email'
  | 'social-post'
  | 'report'
  | 'broadcast'
  | 'document'
  | 'interview'
  | 'dataset';

export interface Source {
  type: 'source';
  id: string;
  file: string;
  caseId?: string;
  title: string;
  kind: SourceKind;
  /** The publisher as text, or as the actor it names. */
  publisher?: { name: string; actor?: Actor };
  author?: string;
  published?: ResolvedTime;
  url?: string;
  archived?: string;
  /** ISO date `YYYY-MM-DD`. */
  accessed?: string;
  origin?: 'primary' | 'secondary';
  /** The sources this one re-reports (the chain back to the original). */
  reports: Source[];
  /** The sources that re-report this one: how an unpublished original is known. */
  reportedBy: Source[];
  note?: string;
  body: string;
}

export interface Statement {
  type: 'statement';
  id: string;
  caseId: string;
  file: string;
  speaker: Actor;
  when: ResolvedTime;
  source: Source;
  /** Verbatim words; exactly one of `quote` and `paraphrase` is set. */
  quote?: string;
  /** Reported speech. */
  paraphrase?: string;
  channel?: string;
  audience?: string;
  about: CaseEvent[];
  respondsTo: (Statement | CaseEvent)[];
  tags: string[];
  /** Display override for the time label. */
  label?: string;
  body: string;
}

export interface CaseEvent {
  type: 'event';
  id: string;
  caseId: string;
  file: string;
  title: string;
  when: ResolvedTime;
  end?: ResolvedTime;
  kind?: string;
  actors: Actor[];
  sources: Source[];
  label?: string;
  body: string;
}

export type AnnotationKind = 'expert' | 'context' | 'language' | 'fact-check' | 'question' | 'teacher';

/** Where an annotation's phrase was found: in the target's quote, or in its Markdown body. */
export interface Anchor {
  field: 'quote' | 'body';
  /** Offsets into the target's plain text (see `plainText`), end exclusive. */
  start: number;
  end: number;
}

export interface Annotation {
  type: 'annotation';
  id: string;
  caseId: string;
  file: string;
  target: { type: 'statement'; item: Statement } | { type: 'event'; item: CaseEvent } | { type: 'case' };
  quote: string;
  prefix?: string;
  suffix?: string;
  kind: AnnotationKind;
  by?: Actor;
  source?: Source;
  audience: 'all' | 'teacher';
  anchor: Anchor;
  body: string;
}

export type Verdict = 'supported' | 'disputed' | 'unsupported' | 'unverifiable' | 'misleading' | 'false' | 'true';

export interface Claim {
  type: 'claim';
  id: string;
  caseId: string;
  file: string;
  claim: string;
  claimant: Actor;
  appearsIn: Statement[];
  verdict?: Verdict;
  evidence: Source[];
  /** ISO date `YYYY-MM-DD`. */
  reviewed?: string;
  body: string;
}

export interface Term {
  type: 'term';
  id: string;
  file: string;
  term: string;
  aliases: string[];
  short: string;
  body: string;
}

/** A statement or event: what the timeline and the chronological list show. */
export type Item = Statement | CaseEvent;

export interface Case {
  type: 'case';
  id: string;
  file: string;
  title: string;
  summary: string;
  subtitle?: string;
  timezone: string;
  locale: string;
  primarySource?: Source;
  authors: string[];
  /** ISO date `YYYY-MM-DD`. */
  published?: string;
  level?: string;
  objectives: string[];
  questions: string[];
  classTime?: string;
  license?: string;
  revealVerdicts: boolean;
  lanes: 'actor' | 'kind';
  period?: ResolvedTime;
  /** Every actor the case defines or uses, by name. */
  actors: Actor[];
  statements: Statement[];
  events: CaseEvent[];
  /** Statements and events in chronological order (by start, then end, then id). */
  items: Item[];
  /** Every source the case defines or cites, by title. */
  sources: Source[];
  annotations: Annotation[];
  claims: Claim[];
  body: string;
}

/** A whole Casebook site: its cases and the site-level actors, sources and glossary. */
export interface Site {
  cases: Case[];
  /** Every actor, site-level and case-level, by id (actor ids are unique site-wide). */
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  terms: Map<string, Term>;
}
