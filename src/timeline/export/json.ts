/**
 * A case's timeline as plain JSON: each item with its resolved time (ISO instants, precision and
 * label), its lane, who is involved and the sources it rests on — for people who script against
 * the site. Only what the edition's model holds: the student edition has no teacher material.
 */
import type { Case, Item, ResolvedTime, Source } from '../../model/types.ts';
import { pageUrl } from '../../site/urls.ts';
import { timelineData } from '../items.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** A resolved time as the data files write it: ISO instants, how precisely it is known, and its label. */
export function timeJson(when: ResolvedTime) {
  return { start: iso(when.start), end: iso(when.end), precision: when.precision, label: when.label };
}

function source(theSource: Source, base: string) {
  return { id: theSource.id, title: theSource.title, kind: theSource.kind, url: theSource.url, page: pageUrl(base, 'source', theSource.id) };
}

function details(item: Item, base: string) {
  if (item.type === 'statement') {
    return {
      speaker: { id: item.speaker.id, name: item.speaker.name },
      ...(item.quote !== undefined ? { quote: item.quote } : { paraphrase: item.paraphrase }),
      channel: item.channel,
      sources: [source(item.source, base)],
    };
  }
  return {
    title: item.title,
    eventKind: item.kind,
    actors: item.actors.map((actor) => ({ id: actor.id, name: actor.name })),
    ...(item.end ? { end: timeJson(item.end) } : {}),
    sources: item.sources.map((s) => source(s, base)),
  };
}

/** The timeline JSON of a case. */
export function timelineJson(theCase: Case, base: string) {
  const data = timelineData(theCase, base);
  const lanes = new Map(data.lanes.map((lane) => [lane.id, lane.label]));
  return {
    case: {
      id: theCase.id,
      title: theCase.title,
      timezone: theCase.timezone,
      locale: theCase.locale,
      lanes: theCase.lanes,
      period: theCase.period ? timeJson(theCase.period) : undefined,
      page: pageUrl(base, 'case', theCase.id),
    },
    items: theCase.items.map((item, i) => ({
      id: item.id,
      type: item.type,
      lane: lanes.get(data.items[i]!.lane) ?? data.items[i]!.lane,
      when: timeJson(item.when),
      label: item.label,
      page: pageUrl(base, item.type, item.id, item.caseId),
      ...details(item, base),
    })),
  };
}
