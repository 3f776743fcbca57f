/** The case settings every time is read and labelled in. */
import { isValidTimeZone } from './zone.ts';

/** The case's time zone (IANA name) and locale (BCP 47 tag, e.g. `en-GB`). */
export interface TimeContext {
  timezone: string;
  locale: string;
}

/** The locale labels fall back to when a case's locale cannot be used. */
export const DEFAULT_LOCALE = 'en-GB';

/**
 * A context that is safe to compute with. An unknown time zone falls back to `UTC` and a
 * malformed locale to `en-GB`, so that every other problem in the case is still found in the
 * same run; reporting the bad setting itself is the caller's job (see `checkTimeZone`).
 */
export function usableContext(context: TimeContext): TimeContext {
  return {
    timezone: isValidTimeZone(context.timezone) ? context.timezone : 'UTC',
    locale: isValidLocale(context.locale) ? context.locale : DEFAULT_LOCALE,
  };
}

/** Whether `locale` is a well-formed BCP 47 tag (Intl throws on malformed ones like `en_GB`). */
export function isValidLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}
