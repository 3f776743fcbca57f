/**
 * From the resolved case to what the timeline draws: each statement and event as a
 * `TimelineItem` in its lane (by actor or by kind, as the case says), with a short label.
 */
import { publicBy } from '../model/public-by.ts';
import type { Case, Item } from '../model/types.ts';
import { capitalise, statementText, timeLabel, truncate } from '../site/format.ts';
import { pageUrl } from '../site/urls.ts';
import type { Lane, TimelineItem, Window } from './layout/types.ts';

/** Longest label drawn beside a mark, in characters (the whole text is in the details). */
const LABEL_CHARS = 40;

/** The lane of events that name no actor, when lanes are by actor. */
export const NO_ACTOR_LANE: Lane = { id: '-no-actor', label: 'Other events' };

/** A case's items and lanes, ready for the layout. */
export interface TimelineData {
  items: TimelineItem[];
  lanes: Lane[];
  period?: Window;
  zone: string;
  locale: string;
}

/** A case's timeline data with each item's place in time, by id. */
export interface CaseTimeline extends TimelineData {
  indexOf: ReadonlyMap<string, number>;
}

const computed = new WeakMap<Case, Map<string, CaseTimeline>>();

/**
 * `timelineData` with an index by id, worked out once per case and base: every statement and
 * event page draws its place in the case, and must not redo the whole case to do it.
 */
export function caseTimeline(theCase: Case, base: string): CaseTimeline {
  const byBase = computed.get(theCase) ?? new Map<string, CaseTimeline>();
  computed.set(theCase, byBase);
  let known = byBase.get(base);
  if (!known) {
    const data = timelineData(theCase, base);
    known = { ...data, indexOf: new Map(data.items.map((item, i) => [item.id, i])) };
    byBase.set(base, known);
  }
  return known;
}

/** The timeline data of a case; `base` is the site's base path (for links). */
export function timelineData(theCase: Case, base: string): TimelineData {
  const byActor = theCase.lanes === 'actor';
  const lanes: Lane[] = byActor
    ? [...theCase.actors.map((actor) => ({ id: actor.id, label: actor.name })), NO_ACTOR_LANE]
    : [...new Set(theCase.items.map(categoryOf))].map((category) => ({ id: category, label: categoryLabel(category) }));
  const items = theCase.items.map((item): TimelineItem => {
    const actors = item.type === 'statement' ? [item.speaker.id] : item.actors.map((actor) => actor.id);
    const end = item.type === 'event' && item.end ? Math.max(item.end.end, item.when.end) : item.when.end;
    return {
      id: item.id,
      kind: item.type,
      category: categoryOf(item),
      lane: byActor ? (actors[0] ?? NO_ACTOR_LANE.id) : categoryOf(item),
      actors,
      start: item.when.start,
      end,
      precision: item.type === 'event' && item.end ? 'range' : item.when.precision,
      label: itemLabel(item, byActor),
      timeLabel: timeLabel(item),
      href: pageUrl(base, item.type, item.id, item.caseId),
      known: publicBy(item),
    };
  });
  return {
    items,
    lanes,
    period: theCase.period && { start: theCase.period.start, end: theCase.period.end },
    zone: theCase.timezone,
    locale: theCase.locale,
  };
}

/** `statement`, or an event's kind (`incident`, `publication`…), or `event`. */
export function categoryOf(item: Item): string {
  return item.type === 'statement' ? 'statement' : (item.kind ?? 'event');
}

/** "Statements", "Incidents", "Events" — a kind as a lane or filter names it. */
export function categoryLabel(category: string): string {
  return capitalise(category.endsWith('s') ? category : `${category}s`);
}

/**
 * The text beside a mark: an event's title; a statement's words — after its speaker's name when
 * the lane does not already say who spoke. Reported speech is not put in quotation marks.
 */
export function itemLabel(item: Item, laneNamesActor: boolean): string {
  if (item.type === 'event') return truncate(item.title, LABEL_CHARS);
  const words = truncate(statementText(item), LABEL_CHARS);
  const said = item.quote === undefined ? words : `“${words}”`;
  return laneNamesActor ? said : `${item.speaker.name}: ${said}`;
}
