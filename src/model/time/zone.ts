/** Time zones: which names are valid, and a diagnostic for a case whose zone is not. */
import { IANAZone } from 'luxon';
import type { Diagnostic } from '../diagnostic.ts';
import { problem, toDiagnostic, type FieldLocation } from './problem.ts';
import { nearest } from '../suggest.ts';

/** Whether `zone` is an IANA time zone name this runtime knows, e.g. `Europe/London` or `UTC`. */
export function isValidTimeZone(zone: string): boolean {
  return zone.trim() !== '' && IANAZone.isValidZone(zone);
}

/**
 * Checks a case's `timezone` and says what is wrong with it, suggesting the nearest zone name
 * (`Europe/Lundon` → `Europe/London`). Undefined when the zone is valid.
 */
export function checkTimeZone(zone: unknown, at: FieldLocation): Diagnostic | undefined {
  if (typeof zone === 'string' && isValidTimeZone(zone)) return undefined;
  const shown = typeof zone === 'string' ? `\`${zone}\`` : 'this value';
  const guess = typeof zone === 'string' ? nearest(zone, Intl.supportedValuesOf('timeZone')) : undefined;
  const example = '`Europe/London`, `America/New_York` or `UTC`';
  return toDiagnostic(
    problem(
      'unknown-timezone',
      [],
      `${shown} is not a time zone`,
      guess ? `did you mean \`${guess}\`?` : `write an IANA time zone name, e.g. ${example}`,
    ),
    at,
  );
}
