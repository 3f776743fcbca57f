/**
 * The public entry to times: resolves every `when` of a case at once (relative times need
 * their anchors), or one absolute-only field on its own.
 */
import type { Diagnostic, Position } from '../diagnostic.ts';
import { calendarInterval, rangeInterval } from './absolute.ts';
import { usableContext, type TimeContext } from './context.ts';
import { cycleThrough, dependencyOrder, type Component } from './dependencies.ts';
import type { Interval } from './interval.ts';
import { calendarLabel, joinEnds, relativeLabel, type LabelParts } from './label.ts';
import { parseWhen, type ParsedWhen, type RelativeWhen } from './parse.ts';
import { isProblem, problem, toDiagnostic, type FieldLocation, type Problem } from './problem.ts';
import { constraintsOf, intersect } from './relative.ts';
import { nearest } from '../suggest.ts';
import type { ResolvedTime } from './types.ts';

/** One item whose `when` must be resolved. `when` is the raw frontmatter value (string, number, `Date` or object). */
export interface TimedItem {
  /** The item's key, which other items name as `before` / `after` anchors. Keys must be unique. */
  key: string;
  /** Path of the item's file, relative to the project root. */
  file: string;
  when: unknown;
  /** Where a frontmatter field sits, e.g. `locate(['when', 'before'])`. */
  locate: (path: readonly (string | number)[]) => Position | undefined;
  /** The field `when` was read from, for messages and positions; default `when`. */
  field?: string;
}

/** Times by item key, and every problem found. Items whose time failed are absent from `times`. */
export interface ResolvedTimes {
  times: Map<string, ResolvedTime>;
  diagnostics: Diagnostic[];
}

/**
 * Resolves the `when` of every item of one case. Relative times are resolved after their
 * anchors (other items of the same list); cycles, unknown anchors and contradictions are
 * errors. An item anchored to an item whose time failed gets no time and no error of its own:
 * the one mistake is reported once, where it is. Diagnostics come out in the order of `items`.
 *
 * An invalid `context.timezone` is not reported here (the caller reports it once, against the
 * case file, e.g. with `checkTimeZone`); times are then computed in UTC so that every other
 * problem is still found. `describe(key)` names anchors in labels; it defaults to the key.
 * `unreadable` names items that exist but could not be read (their own errors are reported
 * elsewhere): an item anchored to one of them gets no time and no further error.
 */
export function resolveTimes(
  items: TimedItem[],
  context: TimeContext,
  describe: (key: string) => string = (key) => key,
  unreadable: ReadonlySet<string> = new Set(),
): ResolvedTimes {
  const ctx = usableContext(context);
  // Keys are ids, unique within a case; should one repeat, its first item is the one used.
  const byKey = new Map<string, TimedItem>();
  for (const item of items) if (!byKey.has(item.key)) byKey.set(item.key, item);
  const found = new Map<string, Diagnostic[]>([...byKey.keys()].map((key) => [key, []]));
  const report = (item: TimedItem, diagnostic: Diagnostic) => found.get(item.key)?.push(diagnostic);
  const failed = new Set<string>();
  const parsed = new Map<string, ParsedWhen>();

  for (const item of byKey.values()) {
    const result = parseWhen(item.when, { relative: true });
    if (result.ok) parsed.set(item.key, result.when);
    else {
      failed.add(item.key);
      for (const p of result.problems) report(item, toDiagnostic(p, where(item)));
    }
  }

  const anchorsOf = (key: string): string[] => {
    const when = parsed.get(key);
    if (when?.kind !== 'relative') return [];
    return [when.after, when.before].filter((k): k is string => k !== undefined && byKey.has(k));
  };

  for (const item of byKey.values()) {
    const when = parsed.get(item.key);
    if (when?.kind !== 'relative') continue;
    for (const side of ['after', 'before'] as const) {
      const anchor = when[side];
      if (anchor === undefined || byKey.has(anchor)) continue;
      failed.add(item.key);
      if (!unreadable.has(anchor)) report(item, toDiagnostic(unknownAnchor(side, anchor, [...byKey.keys()]), where(item)));
    }
  }

  const times = new Map<string, ResolvedTime>();
  for (const component of dependencyOrder([...byKey.keys()], anchorsOf)) {
    if (component.cycle) {
      for (const key of component.keys) {
        const item = byKey.get(key)!;
        report(item, cycleDiagnostic(item, component, byKey, parsed, anchorsOf));
      }
      continue;
    }
    const key = component.keys[0]!;
    const when = parsed.get(key);
    const item = byKey.get(key)!;
    if (!when || failed.has(key)) continue;
    if (anchorsOf(key).some((anchor) => !times.has(anchor))) {
      failed.add(key);
      continue;
    }
    const resolved = when.kind === 'relative' ? placeRelative(when, times, ctx, describe) : placeAbsolute(when, ctx);
    if (isProblem(resolved)) report(item, toDiagnostic(resolved, where(item)));
    else times.set(key, resolved);
  }

  return { times, diagnostics: [...found.values()].flat() };
}

/**
 * Resolves a field that must be absolute (a case's `period`, a source's `published`, an event's
 * `end`): a calendar time or a `{ from, to }` range, never relative to other items. Returns the
 * first problem found as a diagnostic. An invalid time zone falls back to UTC, as in
 * `resolveTimes`.
 */
export function resolveAbsolute(
  value: unknown,
  context: TimeContext,
  at: { file: string; field: string; locate: TimedItem['locate'] },
): ResolvedTime | Diagnostic {
  const result = parseWhen(value, { relative: false });
  const placed = result.ok
    ? placeAbsolute(result.when as Exclude<ParsedWhen, RelativeWhen>, usableContext(context))
    : result.problems[0]!;
  return isProblem(placed) ? toDiagnostic(placed, at) : placed;
}

function where(item: TimedItem): FieldLocation {
  return { file: item.file, field: item.field ?? 'when', locate: item.locate };
}

/** A calendar time or a range: an interval and its label. */
function placeAbsolute(when: Exclude<ParsedWhen, RelativeWhen>, context: TimeContext): ResolvedTime | Problem {
  if (when.kind === 'calendar') {
    const interval = calendarInterval(when.time, context.timezone);
    if (isProblem(interval)) return interval;
    return { ...interval, precision: when.time.form, label: calendarLabel(when.time, interval, context).text };
  }
  const from = calendarInterval(when.from, context.timezone);
  const to = calendarInterval(when.to, context.timezone);
  if (isProblem(from)) return { ...from, path: ['from'] };
  if (isProblem(to)) return { ...to, path: ['to'] };
  const interval = rangeInterval(from, to, { from: when.from.text, to: when.to.text });
  if (isProblem(interval)) return interval;
  const label = joinEnds(calendarLabel(when.from, from, context), calendarLabel(when.to, to, context));
  return { ...interval, precision: 'range', label };
}

/** A relative time, once its anchors have times (the caller makes sure they all have). */
function placeRelative(
  when: RelativeWhen,
  times: ReadonlyMap<string, ResolvedTime>,
  context: TimeContext,
  describe: (key: string) => string,
): ResolvedTime | Problem {
  const anchors = new Map<string, Interval>();
  for (const side of ['after', 'before'] as const) {
    const anchor = when[side];
    if (anchor === undefined) continue;
    anchors.set(anchor, times.get(anchor)!);
  }
  let on: { interval: Interval; label: LabelParts } | undefined;
  if (when.on) {
    const interval = calendarInterval(when.on, context.timezone);
    if (isProblem(interval)) return { ...interval, path: ['on'] };
    on = { interval, label: calendarLabel(when.on, interval, context) };
  }
  const interval = intersect(constraintsOf(when, anchors, on?.interval), context);
  if (isProblem(interval)) return interval;
  return { ...interval, precision: 'relative', label: relativeLabel(interval, when, context, describe, on?.label) };
}

function unknownAnchor(side: 'before' | 'after', anchor: string, keys: string[]): Problem {
  const guess = nearest(anchor, keys);
  return problem(
    'unknown-anchor',
    [side],
    `\`${anchor}\` is not a statement or event of this case`,
    guess ? `did you mean \`${guess}\`?` : 'anchor a relative time to the id of a statement or event in the same case',
  );
}

/**
 * One error per item of a cycle, naming every item and file on the way round:
 * "`a` (a.md) is before `b` (b.md), which is after `a`".
 */
function cycleDiagnostic(
  item: TimedItem,
  component: Component,
  byKey: ReadonlyMap<string, TimedItem>,
  parsed: ReadonlyMap<string, ParsedWhen>,
  anchorsOf: (key: string) => readonly string[],
): Diagnostic {
  const loop = cycleThrough(item.key, new Set(component.keys), anchorsOf);
  const side = (from: string, to: string): 'before' | 'after' => {
    const when = parsed.get(from);
    return when?.kind === 'relative' && when.before === to ? 'before' : 'after';
  };
  const named = (key: string) => `\`${key}\` (${byKey.get(key)?.file ?? ''})`;
  const [first, second] = [loop[0]!, loop[1]!];
  let message = `relative times form a cycle: ${named(first)} is ${side(first, second)} `;
  if (first === second) message += 'itself';
  else {
    message += named(second);
    for (let i = 1; i < loop.length - 1; i++) {
      const next = loop[i + 1]!;
      message += `, which is ${side(loop[i]!, next)} ${next === first ? `\`${next}\`` : named(next)}`;
    }
  }
  const names = component.keys.map((k) => `\`${k}\``).join(', ');
  const hint = `break the cycle: give one of ${names} an absolute time, and anchor the others to it`;
  return toDiagnostic(problem('time-cycle', [side(first, second)], message, hint), where(item));
}
