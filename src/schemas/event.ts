import { z } from 'zod';
import { idListSchema, timeSchema } from './common.ts';

/** Something that happened. */
export const eventSchema = z.strictObject({
  title: z.string().min(1),
  when: timeSchema,
  /** For events with a duration. */
  end: timeSchema.optional(),
  /** E.g. incident, publication, announcement, investigation, context. */
  kind: z.string().optional(),
  actors: idListSchema.default([]),
  /** At least one source. */
  sources: idListSchema.refine((list) => list.length > 0, {
    message: 'an event needs at least one source in `sources`: cite where it is documented',
  }),
  /** Display override for the time label. */
  label: z.string().optional(),
});

export type EventData = z.output<typeof eventSchema>;
