/**
 * When readers could know of a statement or event, for viewing a case as it was known at a chosen
 * moment (PRODUCT.md §6, "As of"): by the end of the earliest publication among the sources it
 * rests on — the end, because a source known only to the day was public by that day's end, not
 * necessarily at its start. A source with no `published` time of its own (an email, a briefing)
 * counts from the earliest publication that re-reports it, since that is how readers learned of
 * it. An item none of whose sources is dated has no such moment: a view as of any moment leaves
 * it out and says so, since showing it would claim it was known then.
 */
import type { Case, Claim, Item, ResolvedTime, Source } from './types.ts';

/** The publication through which a source's words were public: its own, else the earliest that re-reports it. */
function publication(source: Source, seen = new Set<Source>()): { time: ResolvedTime; source: Source } | undefined {
  if (source.published) return { time: source.published, source };
  seen.add(source);
  return earliest(source.reportedBy.filter((other) => !seen.has(other)).map((other) => publication(other, seen)));
}

function earliest<T extends { time: ResolvedTime }>(found: (T | undefined)[]): T | undefined {
  return found.reduce<T | undefined>((best, each) => (each && (!best || each.time.end < best.time.end) ? each : best), undefined);
}

/** The earliest publication through which `item` was public. */
function firstPublication(item: Item) {
  return earliest((item.type === 'statement' ? [item.source] : item.sources).map((source) => publication(source)));
}

/** The moment (UTC ms) by which `item` was public, or undefined when no source of it has a known publication. */
export function publicBy(item: Item): number | undefined {
  return firstPublication(item)?.time.end;
}

/** The moment (UTC ms) by which a source's words were public, or undefined when nothing dates them. */
export function sourcePublicBy(source: Source): number | undefined {
  return publication(source)?.time.end;
}

/** The moment (UTC ms) by which a claim was public: when the first statement making it was. */
export function claimPublicBy(claim: Claim): number | undefined {
  const times = claim.appearsIn.map(publicBy).filter((time) => time !== undefined);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** A moment a case can be viewed as of: when some of its items were public, and through what. */
export interface Moment {
  /** UTC ms: the end of the publications' time. */
  time: number;
  /** The publications' time as they are dated ("Tuesday 12 November 2019", "…, 14:00"). */
  label: string;
  /** The titles of those publications. */
  sources: string[];
}

/** The moments by which a case's items became public, earliest first. */
export function publicMoments(theCase: Case): Moment[] {
  const moments = new Map<number, Moment>();
  for (const item of theCase.items) {
    const first = firstPublication(item);
    if (!first) continue;
    const moment = moments.get(first.time.end) ?? { time: first.time.end, label: first.time.label, sources: [] };
    if (!moment.sources.includes(first.source.title)) moment.sources.push(first.source.title);
    moments.set(moment.time, moment);
  }
  return [...moments.values()].sort((a, b) => a.time - b.time);
}
