import { z } from 'zod';
import { textListSchema } from './common.ts';

/** A glossary term. */
export const termSchema = z.strictObject({
  term: z.string().min(1),
  aliases: textListSchema.default([]),
  /** One sentence, shown in popovers. */
  short: z.string().min(1),
});

export type TermData = z.output<typeof termSchema>;
