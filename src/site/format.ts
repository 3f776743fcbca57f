/**
 * Words the pages show for the model's values: kinds, verdicts, precisions, dates, counts.
 * Pure: no Astro, no DOM, so tests can check every label directly.
 */
import type {
  ActorKind,
  Annotation,
  AnnotationKind,
  Case,
  Item,
  ResolvedTime,
  SourceKind,
  Statement,
  Verdict,
} from '../model/types.ts';
import type { Precision } from '../model/time/types.ts';
import { wallTime } from '../timeline/layout/zone.ts';

/** The locale of pages that belong to no case. */
export const DEFAULT_LOCALE = 'en-GB';

/** Badge tones; each has a light and a dark pair of colours in `badges.css`. */
export type Tone = 'neutral' | 'blue' | 'green' | 'amber' | 'red' | 'purple';

export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  person: 'Person',
  organisation: 'Organisation',
  publication: 'Publication',
  group: 'Group',
  anonymous: 'Unnamed source',
};

/** Source kinds as a reader recognises them at a glance. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  article: 'Article',
  email: 'Email',
  'social-post': 'Social post',
  report: 'Report',
  broadcast: 'Broadcast',
  document: 'Document',
  interview: 'Interview',
  dataset: 'Dataset',
};

export const ANNOTATION_KIND_LABELS: Readonly<Record<AnnotationKind, string>> = {
  expert: 'Expert view',
  context: 'Context',
  language: 'Language',
  'fact-check': 'Fact-check',
  question: 'Question',
  teacher: 'Teacher note',
};

export const ANNOTATION_KIND_TONES: Readonly<Record<AnnotationKind, Tone>> = {
  expert: 'blue',
  context: 'neutral',
  language: 'purple',
  'fact-check': 'amber',
  question: 'green',
  teacher: 'red',
};

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  true: 'True',
  supported: 'Supported',
  disputed: 'Disputed',
  unverifiable: 'Unverifiable',
  unsupported: 'Unsupported',
  misleading: 'Misleading',
  false: 'False',
};

/** Verdicts by colour: green holds up, amber is doubtful, red does not hold up. */
export const VERDICT_TONES: Readonly<Record<Verdict, Tone>> = {
  true: 'green',
  supported: 'green',
  disputed: 'amber',
  unverifiable: 'neutral',
  unsupported: 'red',
  misleading: 'amber',
  false: 'red',
};

/** How precisely a time is known, as the parenthesis after its label: "(day known)". */
export const PRECISION_LABELS: Readonly<Record<Precision, string>> = {
  minute: 'minute known',
  'part-of-day': 'part of day known',
  day: 'day known',
  month: 'month known',
  year: 'year known',
  range: 'somewhere in this range',
  relative: 'estimated from other items',
};

export const ORIGIN_LABELS: Readonly<Record<'primary' | 'secondary', string>> = {
  primary: 'Primary source',
  secondary: 'Secondary report',
};

/** Common licences by SPDX id: their names and deeds. Others show their id. */
const LICENCES: Readonly<Record<string, { name: string; url: string }>> = {
  'CC-BY-4.0': { name: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { name: 'Creative Commons Attribution-ShareAlike 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC-BY-NC-4.0': { name: 'Creative Commons Attribution-NonCommercial 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
  'CC-BY-NC-SA-4.0': {
    name: 'Creative Commons Attribution-NonCommercial-ShareAlike 4.0',
    url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  },
  'CC0-1.0': { name: 'CC0 1.0 (public domain dedication)', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
};

/** A licence's name and deed, from its SPDX id. */
export function licence(spdx: string): { name: string; url?: string } {
  return LICENCES[spdx] ?? { name: spdx };
}

/** Whether an annotation belongs to the teacher edition only (`kind: teacher` implies it). */
export function isTeacherOnly(annotation: Pick<Annotation, 'audience' | 'kind'>): boolean {
  return annotation.audience === 'teacher' || annotation.kind === 'teacher';
}

/** An item's time as shown: the author's `label` override, else the resolved label. */
export function timeLabel(item: Pick<Item, 'when' | 'label'>): string {
  return item.label ?? item.when.label;
}

/** "Statement" or "Event", or the event's own kind ("Incident"). */
export function itemKindLabel(item: Item): string {
  if (item.type === 'statement') return 'Statement';
  return item.kind ? capitalise(item.kind) : 'Event';
}

/** The words of a statement: its quote, or its paraphrase. */
export function statementText(statement: Statement): string {
  return statement.quote ?? statement.paraphrase ?? '';
}

/** Upper-cases the first letter: "press release" → "Press release". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Shortens text at a word boundary, with an ellipsis: for descriptions and list entries. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** "1 actor", "3 statements". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** An ISO calendar date (`2019-11-20`) in words, in the locale: "20 November 2019". */
export function formatIsoDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** "Ann Smith, Bo Jones and Cy Lee", in the locale's way of listing. */
export function listNames(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}

/** The locale of pages about a thing that may belong to a case. */
export function localeOf(cases: readonly Case[], caseId: string | undefined): string {
  return cases.find((theCase) => theCase.id === caseId)?.locale ?? cases[0]?.locale ?? DEFAULT_LOCALE;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Precisions fine enough to measure a lag between saying and reporting in hours. */
const FINE: readonly Precision[] = ['minute'];
/** Precisions fine enough to measure it in days. */
const DAILY: readonly Precision[] = ['minute', 'part-of-day', 'day'];

/**
 * How long after a statement its source was published, to the precision both are known:
 * "about 5 hours later", "2 days later", "the same day"; undefined when either is too vague.
 * Days are counted on the calendar of the case's time zone.
 */
export function reportingLag(said: ResolvedTime, published: ResolvedTime | undefined, timeZone: string): string | undefined {
  if (!published) return undefined;
  if (FINE.includes(said.precision) && FINE.includes(published.precision)) {
    const hours = Math.round((published.start - said.start) / HOUR);
    if (hours < 0) return undefined;
    if (hours === 0) return 'within the hour';
    if (hours < 48) return `about ${count(hours, 'hour')} later`;
  }
  if (!DAILY.includes(said.precision) || !DAILY.includes(published.precision)) return undefined;
  const days = localDay(published.start, timeZone) - localDay(said.start, timeZone);
  if (days < 0) return undefined;
  if (days === 0) return 'the same day';
  return `${count(days, 'day')} later`;
}

/** The calendar day (days since 1970-01-01) on which an instant falls in a time zone. */
function localDay(instant: number, timeZone: string): number {
  const { year, month, day } = wallTime(instant, timeZone);
  return Math.round(new Date(0).setUTCFullYear(year, month - 1, day) / DAY);
}
