import { z } from 'zod';
import { idListSchema, idSchema, textListSchema, timeSchema } from './common.ts';

/** Something an actor said or wrote. */
export const statementSchema = z
  .strictObject({
    /** Who said it (an actor id). */
    speaker: idSchema,
    when: timeSchema,
    /** The source where it is documented. */
    source: idSchema,
    /** The verbatim words. */
    quote: z.string().min(1).optional(),
    /** Reported speech, when the words themselves are not on record. */
    paraphrase: z.string().min(1).optional(),
    /** E.g. email, tweet, interview, press release. */
    channel: z.string().optional(),
    /** E.g. "Labour supporters, mass email". */
    audience: z.string().optional(),
    /** Events this statement is about. */
    about: idListSchema.default([]),
    /** Statements or events this one answers. */
    responds_to: idListSchema.default([]),
    tags: textListSchema.default([]),
    /** Display override for the time label. */
    label: z.string().optional(),
  })
  .superRefine((statement, context) => {
    if (statement.quote !== undefined && statement.paraphrase !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['paraphrase'],
        message:
          'a statement has either `quote` (verbatim words) or `paraphrase` (reported speech), not both: keep the one the source supports',
      });
    }
    if (statement.quote === undefined && statement.paraphrase === undefined) {
      context.addIssue({
        code: 'custom',
        path: [],
        message:
          'a statement needs `quote` (verbatim words) or `paraphrase` (reported speech): add the one the source supports',
      });
    }
  });

export type StatementData = z.output<typeof statementSchema>;
