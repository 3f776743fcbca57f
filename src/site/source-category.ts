/**
 * What kind of source a reader is looking at (PRODUCT.md §3): not the file's `kind` (article,
 * email…) but what it is as evidence — a news report, an official statement, a party's own
 * communication, a fact-check, academic work, a social post. Decided from the source's kind and,
 * where it helps, from its publisher: an organisation's email or document is an official
 * statement, a party's is party communication. Pure.
 */
import { oncePer } from '../model/once-per.ts';
import type { Actor, Source } from '../model/types.ts';
import type { Tone } from './format.ts';
import { SOURCE_KIND_LABELS } from './format.ts';

/** A source's category, as its badge shows it. */
export interface SourceCategory {
  id: 'news' | 'official' | 'party' | 'fact-check' | 'academic' | 'social' | 'dataset' | 'interview' | 'other';
  label: string;
  tone: Tone;
}

const CATEGORIES: Readonly<Record<Exclude<SourceCategory['id'], 'other'>, Omit<SourceCategory, 'id'>>> = {
  news: { label: 'News report', tone: 'blue' },
  official: { label: 'Official statement', tone: 'neutral' },
  party: { label: 'Party communication', tone: 'red' },
  'fact-check': { label: 'Fact-check', tone: 'green' },
  academic: { label: 'Academic', tone: 'green' },
  social: { label: 'Social post', tone: 'purple' },
  dataset: { label: 'Dataset', tone: 'neutral' },
  interview: { label: 'Interview', tone: 'blue' },
};

const PARTY = /\bpart(y|ies)\b/i;
const FACT_CHECK = /fact[- ]?check/i;
const ACADEMIC = /universit|academ|institute|college|journal|research centre|research center/i;

/** Words that describe an actor: name, role, summary. */
function describe(actor: Actor): string {
  return [actor.name, actor.role, actor.summary].filter(Boolean).join(' ');
}

function category(id: Exclude<SourceCategory['id'], 'other'>): SourceCategory {
  return { id, ...CATEGORIES[id] };
}

/**
 * The category of a source. `actorNamed` finds the actor a plain-text publisher names, if the
 * site has one ("Full Fact" → the actor `full-fact`), so that its kind and role can help.
 */
export function sourceCategory(source: Source, actorNamed: (name: string) => Actor | undefined = () => undefined): SourceCategory {
  if (source.kind === 'social-post') return category('social');
  if (source.kind === 'dataset') return category('dataset');
  const publisher = source.publisher && (source.publisher.actor ?? actorNamed(source.publisher.name));
  const words = publisher ? describe(publisher) : (source.publisher?.name ?? '');
  if (FACT_CHECK.test(words)) return category('fact-check');
  if (ACADEMIC.test(words)) return category('academic');
  if (publisher?.kind === 'organisation' || publisher?.kind === 'group') return category(PARTY.test(words) ? 'party' : 'official');
  if (source.kind === 'interview') return category('interview');
  if (source.kind === 'article' || source.kind === 'broadcast' || publisher?.kind === 'publication') return category('news');
  return { id: 'other', label: SOURCE_KIND_LABELS[source.kind], tone: 'neutral' };
}

/** The site's actors by name and alias, for `sourceCategory`. */
export function actorsByName(actors: Iterable<Actor>): (name: string) => Actor | undefined {
  const byName = new Map<string, Actor>();
  for (const actor of actors) for (const name of [actor.name, ...actor.aliases]) byName.set(name.toLowerCase(), actor);
  return (name) => byName.get(name.toLowerCase());
}

/** `actorsByName` of a site's actors (`site.actors`), made once per site: every source badge asks. */
export const siteActorsByName = oncePer((actors: ReadonlyMap<string, Actor>) => actorsByName(actors.values()));
