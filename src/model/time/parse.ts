/**
 * Reads a whole `when` value (PRODUCT.md §4) into one of three shapes: a calendar time, a
 * `{ from, to }` range, or a relative time bounded by other items. Syntax only: anchors are
 * checked and intervals computed later.
 */
import { parseDuration, type Duration } from './duration.ts';
import { FORMS_HINT, parseCalendarTime, type CalendarTime } from './grammar.ts';
import { isProblem, problem, showValue, type Problem } from './problem.ts';
import { nearest } from '../suggest.ts';

/** A time bounded by other items: `{ before: x, within: 12h }`, maybe narrowed by `on`. */
export interface RelativeWhen {
  kind: 'relative';
  /** Key of the item this time is before. */
  before?: string;
  /** Key of the item this time is after. */
  after?: string;
  /** How far before / after the anchors; applies to both when both are given. */
  within?: Duration;
  /** A calendar time the result must also fall within. */
  on?: CalendarTime;
}

/** A `when` value, read. */
export type ParsedWhen =
  | { kind: 'calendar'; time: CalendarTime }
  | { kind: 'range'; from: CalendarTime; to: CalendarTime }
  | RelativeWhen;

/** The outcome of reading a `when`: the shape, or every problem found in it. */
export type ParseResult = { ok: true; when: ParsedWhen } | { ok: false; problems: Problem[] };

const RANGE_KEYS = ['from', 'to'] as const;
const RELATIVE_KEYS = ['before', 'after', 'within', 'on'] as const;
const KEYS: readonly string[] = [...RANGE_KEYS, ...RELATIVE_KEYS];

const SHAPES_HINT =
  'a time object is either a range, `{ from: 2019-11-11 evening, to: 2019-11-12 }`, or relative to ' +
  'another item, `{ before: some-item, within: 12h }` (with `after` and `on` as well)';

/**
 * Reads a `when` value. `relative: false` is for fields that must be absolute (a case's
 * `period`, a source's `published`, an event's `end`).
 */
export function parseWhen(value: unknown, options: { relative: boolean }): ParseResult {
  if (typeof value !== 'object' || value === null || value instanceof Date || Array.isArray(value)) {
    const time = parseCalendarTime(value, []);
    if (isProblem(time)) return { ok: false, problems: [value === undefined || value === null ? emptyValue() : time] };
    return { ok: true, when: { kind: 'calendar', time } };
  }
  return parseObject(value as Record<string, unknown>, options);
}

function parseObject(value: Record<string, unknown>, options: { relative: boolean }): ParseResult {
  const keys = Object.keys(value);
  const unknown = keys.filter((key) => !KEYS.includes(key));
  if (unknown.length > 0) return { ok: false, problems: unknown.map(unknownKey) };
  const range = keys.filter((key) => (RANGE_KEYS as readonly string[]).includes(key));
  const relative = keys.filter((key) => (RELATIVE_KEYS as readonly string[]).includes(key));
  if (range.length > 0 && relative.length > 0) {
    const list = (names: string[]) => names.map((n) => `\`${n}\``).join(', ');
    return fail(
      problem(
        'unsupported-time',
        [],
        `a time cannot be both a range (${list(range)}) and relative (${list(relative)})`,
        SHAPES_HINT,
      ),
    );
  }
  if (range.length > 0) return parseRange(value);
  if (relative.length === 0) return fail(problem('unsupported-time', [], 'an empty object is not a time', SHAPES_HINT));
  if (!options.relative) {
    return fail(
      problem(
        'relative-not-allowed',
        [],
        'this time cannot be relative to other items',
        'write an absolute time, e.g. `2019-11-12T07:30`, or a range `{ from: …, to: … }`',
      ),
    );
  }
  return parseRelative(value);
}

function parseRange(value: Record<string, unknown>): ParseResult {
  const problems: Problem[] = [];
  const ends = RANGE_KEYS.map((key) => {
    if (!(key in value) || value[key] === null || value[key] === undefined) {
      problems.push(problem('unsupported-time', [], `the range has no \`${key}\``, 'give a range both `from` and `to`'));
      return undefined;
    }
    const end = parseCalendarTime(value[key], [key]);
    if (isProblem(end)) {
      problems.push(end);
      return undefined;
    }
    return end;
  });
  const [from, to] = ends;
  if (!from || !to) return { ok: false, problems };
  return { ok: true, when: { kind: 'range', from, to } };
}

function parseRelative(value: Record<string, unknown>): ParseResult {
  const problems: Problem[] = [];
  const when: RelativeWhen = { kind: 'relative' };
  for (const key of ['before', 'after'] as const) {
    if (!(key in value)) continue;
    const anchor = value[key];
    if (typeof anchor === 'string' && anchor.trim() !== '') when[key] = anchor.trim();
    else problems.push(badAnchor(key, anchor));
  }
  if ('within' in value) {
    const within = parseDuration(value.within, ['within']);
    if (isProblem(within)) problems.push(within);
    else when.within = within;
  }
  if ('on' in value) {
    const on = parseCalendarTime(value.on, ['on']);
    if (isProblem(on)) problems.push(on);
    else when.on = on;
  }
  if (!('before' in value) && !('after' in value)) {
    problems.push(
      problem(
        'unsupported-time',
        [],
        '`within` and `on` need an item to count from',
        'add `before: <item>` or `after: <item>`; for a plain time, write it directly, e.g. `when: 2019-11-11`',
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  const unbounded = unboundedSide(value);
  if (unbounded) return fail(unbounded);
  return { ok: true, when };
}

/**
 * A relative time must be bounded on both sides: `before: x` alone means "any time before x".
 * A lower bound comes from `after`, `on`, or `before` with `within`; an upper one from
 * `before`, `on`, or `after` with `within`.
 */
function unboundedSide(value: Record<string, unknown>): Problem | undefined {
  const has = (key: string) => key in value;
  const lower = has('on') || has('after') || (has('before') && has('within'));
  const upper = has('on') || has('before') || (has('after') && has('within'));
  if (lower && upper) return undefined;
  const anchor = has('before') ? 'before' : 'after';
  return problem(
    'unbounded-time',
    [anchor],
    `\`${anchor}: ${String(value[anchor])}\` alone allows any time ${anchor} \`${String(value[anchor])}\`, however long ${anchor}`,
    'say how far with `within` (e.g. `within: 12h`), or which day with `on` (e.g. `on: 2019-11-11`)',
  );
}

function badAnchor(key: 'before' | 'after', anchor: unknown): Problem {
  const shown = typeof anchor === 'object' && anchor !== null && !(anchor instanceof Date) ? 'a list or object' : showValue(anchor);
  return problem(
    'bad-anchor',
    [key],
    `\`${key}\` must be the id of a statement or event, not ${shown}`,
    `write one id, e.g. \`${key}: sookoo-email\`; quote it if YAML reads it as a number`,
  );
}

function unknownKey(key: string): Problem {
  const guess = nearest(key, KEYS);
  const onItem = key === 'label' ? 'a display label goes on the item itself, beside `when`; ' : '';
  return problem(
    'unsupported-time',
    [key],
    `\`${key}\` is not part of a time`,
    `${onItem}${guess ? `did you mean \`${guess}\`? ` : ''}A time object takes ${KEYS.map((k) => `\`${k}\``).join(', ')}.`,
  );
}

function emptyValue(): Problem {
  return problem('unsupported-time', [], 'the time is empty', FORMS_HINT);
}

function fail(found: Problem): ParseResult {
  return { ok: false, problems: [found] };
}

