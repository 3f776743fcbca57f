/**
 * A case as a TimelineJS JSON file: one slide per statement and event, dates written only down to
 * the precision they are known to, the uncertainty said in words in `display_date`, the actor as
 * the `group`. TimelineJS reads wall-clock dates, so they are the case's own time zone.
 */
import type { Case, Item } from '../../model/types.ts';
import { itemKindLabel, statementText, timeLabel } from '../../site/format.ts';
import { pageUrl } from '../../site/urls.ts';
import { escape } from '../render/escape.ts';
import { dateParts, endParts, unitOf, type DateParts } from './dates.ts';

/** One TimelineJS slide. */
export interface TimelineJsEvent {
  unique_id: string;
  start_date: DateParts;
  end_date?: DateParts;
  display_date: string;
  text: { headline: string; text: string };
  group?: string;
}

/** A TimelineJS file. */
export interface TimelineJsFile {
  title: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

/** The TimelineJS file of a case; links use the site's `base` path. */
export function timelineJs(theCase: Case, base: string): TimelineJsFile {
  return {
    title: { text: { headline: escape(theCase.title), text: `<p>${escape(theCase.summary)}</p>` } },
    events: theCase.items.map((item) => slide(item, theCase.timezone, base)),
  };
}

function slide(item: Item, zone: string, base: string): TimelineJsEvent {
  const { start, end, precision } = item.when;
  const last = item.type === 'event' && item.end ? item.end.end : end;
  const unit = item.type === 'event' && item.end ? undefined : unitOf(precision);
  // A day, month, year or minute is one date; a part of the day, a range or a relative time is
  // written as its two ends.
  const single = unit !== undefined && unit !== 'hour';
  const group = item.type === 'statement' ? item.speaker.name : item.actors[0]?.name;
  const href = pageUrl(base, item.type, item.id, item.caseId);
  const words =
    item.type === 'statement'
      ? item.quote !== undefined
        ? `<blockquote>“${escape(item.quote)}”</blockquote>`
        : `<p>Reported speech: ${escape(statementText(item))}</p>`
      : '';
  const sources = (item.type === 'statement' ? [item.source] : item.sources).map((source) => escape(source.title)).join('; ');
  return {
    unique_id: item.id,
    start_date: dateParts(start, zone, unit),
    ...(single ? {} : { end_date: endParts(last, zone, unit) }),
    display_date: timeLabel(item),
    text: {
      headline: escape(item.type === 'statement' ? `${item.speaker.name}` : item.title),
      text: `${words}<p>${escape(itemKindLabel(item))}. Source: ${sources}. <a href="${escape(href)}">More</a></p>`,
    },
    ...(group ? { group } : {}),
  };
}
