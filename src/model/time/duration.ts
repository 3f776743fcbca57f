/**
 * Durations for `within`: a whole number and a unit, `30m`, `12h`, `2d` or `1w`.
 * A day is 24 hours and a week 7 × 24 hours of elapsed time, whatever the clocks do.
 */
import type { FieldPath } from '../types.ts';
import { problem, showValue, type Problem } from './problem.ts';

/** The units a duration may use. */
export type DurationUnit = 'm' | 'h' | 'd' | 'w';

/** A parsed duration. */
export interface Duration {
  amount: number;
  unit: DurationUnit;
  /** Length in milliseconds. */
  ms: number;
}

const UNIT_MS: Record<DurationUnit, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const UNIT_WORD: Record<DurationUnit, string> = { m: 'minute', h: 'hour', d: 'day', w: 'week' };

const GRAMMAR = /^(\d+)([mhdw])$/;

const HINT = 'write a whole number followed by `m`, `h`, `d` or `w`, e.g. `30m`, `12h`, `2d` or `1w`';

/** Parses `12h` and friends; anything else is a `bad-duration` problem at `path`. */
export function parseDuration(value: unknown, path: FieldPath): Duration | Problem {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const match = text === undefined ? null : GRAMMAR.exec(text);
  if (!match) {
    return problem('bad-duration', path, `${showValue(value)} is not a duration`, HINT);
  }
  const amount = Number(match[1]);
  const unit = match[2] as DurationUnit;
  if (amount === 0) {
    return problem('bad-duration', path, `\`${text}\` is an empty duration`, 'write a duration longer than zero, e.g. `30m`');
  }
  return { amount, unit, ms: amount * UNIT_MS[unit] };
}

/** Says a duration in English words: "12 hours", "1 day". */
export function formatDuration(duration: Duration): string {
  const word = UNIT_WORD[duration.unit];
  return `${duration.amount} ${word}${duration.amount === 1 ? '' : 's'}`;
}
