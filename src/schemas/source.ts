import { z } from 'zod';
import { dateSchema, idListSchema, timeSchema } from './common.ts';

/** A document that evidences statements and events. */
export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  kind: z.enum(['article', 'email', 'social-post', 'report', 'broadcast', 'document', 'interview', 'dataset']),
  /** Text, or an actor id. */
  publisher: z.string().optional(),
  author: z.string().optional(),
  /** Date or time (PRODUCT.md §4). */
  published: timeSchema.optional(),
  url: z.url().optional(),
  /** An archived copy. */
  archived: z.url().optional(),
  accessed: dateSchema.optional(),
  /** The original record, or a report of it. */
  origin: z.enum(['primary', 'secondary']).optional(),
  /** The sources this one re-reports. */
  reports: idListSchema.default([]),
  note: z.string().optional(),
});

export type SourceData = z.output<typeof sourceSchema>;
