/**
 * Zod pieces shared by the content schemas. `zod` is imported directly (it is the same package
 * that `astro/zod` re-exports) so that the pure model and the CLI can validate without Astro.
 */
import { z } from 'zod';

/** Ids are file names without extension: lowercase letters, digits and `-` (PRODUCT.md §2). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by id. */
export const idSchema = z
  .string()
  .regex(idPattern, 'ids are lowercase letters, digits and `-`, e.g. `alan-woodward`');

/** A list of ids; a single id is accepted as shorthand for a list of one. */
export const idListSchema = z
  .union([idSchema, z.array(idSchema)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

/** A list of strings; a single string is accepted as shorthand for a list of one. */
export const textListSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]));

/**
 * Astro's YAML parser turns `2019-11-12` into a `Date` at UTC midnight, while the CLI's parser
 * keeps the text. Both end up as the text the author wrote.
 */
function dateToText(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.preprocess(
  dateToText,
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as `YYYY-MM-DD`, e.g. `2019-11-12`'),
);

/**
 * A time as PRODUCT.md §4 describes it. Only its outer shape is checked here; the time resolver
 * parses the forms and reports precise errors.
 */
export const timeSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : dateToText(value)),
  z.union([z.string(), z.record(z.string(), z.unknown())]),
);

/** A link to elsewhere. */
export const linkSchema = z.strictObject({
  label: z.string().min(1),
  url: z.url(),
});
