/**
 * Relative times as constraints. Where an anchor resolved to `[s, e)`:
 *
 * - `before: x, within: d` allows `[s − d, e)`: less than `d` before some moment of `x`;
 * - `after: x, within: d` allows `[s, e + d)`;
 * - without `within`, `before` allows everything before `e`, `after` everything from `s`;
 * - `on: t` allows the interval of `t`.
 *
 * The time is the intersection of every constraint; an empty intersection is a contradiction.
 */
import type { FieldPath } from '../types.ts';
import type { TimeContext } from './context.ts';
import { formatDuration } from './duration.ts';
import type { Interval } from './interval.ts';
import { minuteParts, spanText } from './label.ts';
import type { RelativeWhen } from './parse.ts';
import { problem, type Problem } from './problem.ts';

/** One thing a relative time must satisfy, and the interval it allows (bounds may be infinite). */
export interface Constraint {
  /** How the author wrote it, for messages: "`before: sookoo-email` (within 12 hours)". */
  written: string;
  /** Where it is inside the `when` value. */
  path: FieldPath;
  allows: Interval;
}

/** The constraints of a relative time, given its anchors' intervals and `on`'s, if any. */
export function constraintsOf(when: RelativeWhen, anchors: ReadonlyMap<string, Interval>, on?: Interval): Constraint[] {
  const constraints: Constraint[] = [];
  const within = when.within;
  const span = within ? within.ms : Infinity;
  const suffix = within ? ` (within ${formatDuration(within)})` : '';
  if (on && when.on) constraints.push({ written: `\`on: ${when.on.text}\``, path: ['on'], allows: on });
  if (when.after !== undefined) {
    const anchor = anchors.get(when.after);
    if (anchor) {
      const allows = { start: anchor.start, end: anchor.end + span };
      constraints.push({ written: `\`after: ${when.after}\`${suffix}`, path: ['after'], allows });
    }
  }
  if (when.before !== undefined) {
    const anchor = anchors.get(when.before);
    if (anchor) {
      const allows = { start: anchor.start - span, end: anchor.end };
      constraints.push({ written: `\`before: ${when.before}\`${suffix}`, path: ['before'], allows });
    }
  }
  return constraints;
}

/**
 * Intersects the constraints. When they cannot all hold, names the two that contradict (the one
 * with the latest start and the one with the earliest end) and the intervals they allow.
 */
export function intersect(constraints: readonly Constraint[], context: TimeContext): Interval | Problem {
  const [first, ...rest] = constraints;
  if (!first) return problem('unbounded-time', [], 'the time has no constraints', 'add `before`, `after` or `on`');
  let latestStart = first;
  let earliestEnd = first;
  for (const constraint of rest) {
    if (constraint.allows.start > latestStart.allows.start) latestStart = constraint;
    if (constraint.allows.end < earliestEnd.allows.end) earliestEnd = constraint;
  }
  const result = { start: latestStart.allows.start, end: earliestEnd.allows.end };
  if (result.start < result.end) return result;
  const [a, b] = constraints.indexOf(latestStart) < constraints.indexOf(earliestEnd)
    ? [latestStart, earliestEnd]
    : [earliestEnd, latestStart];
  return problem(
    'contradictory-time',
    [],
    `the constraints contradict: ${a.written} allows ${allowed(a.allows, context)}, ` +
      `but ${b.written} allows ${allowed(b.allows, context)}`,
    'check the times of the items it is anchored to and `on`, or widen `within`',
  );
}

/** "between … and …", "any time before …", "any time from … on". */
function allowed(interval: Interval, context: TimeContext): string {
  if (Number.isFinite(interval.start) && Number.isFinite(interval.end)) return spanText(interval, context, 'between');
  if (Number.isFinite(interval.end)) return `any time before ${minuteParts(interval.end, context).text}`;
  return `any time from ${minuteParts(interval.start, context).text} on`;
}
