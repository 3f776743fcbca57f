import { z } from 'zod';
import { idSchema, dateSchema, textListSchema, timeSchema } from './common.ts';

/** A case: its metadata and teaching material (`cases/<case-id>/index.md`). */
export const caseSchema = z.strictObject({
  /** The case's title. */
  title: z.string().min(1),
  /** One or two sentences: what happened and why it is worth studying. */
  summary: z.string().min(1),
  subtitle: z.string().optional(),
  /** IANA time zone in which times without an offset are read, e.g. `Europe/London`. */
  timezone: z.string().min(1),
  /** BCP 47 locale for dates and labels. */
  locale: z.string().default('en-GB'),
  /** The source the case is mainly built on. */
  primary_source: idSchema.optional(),
  /** Who wrote the case. */
  authors: textListSchema.default([]),
  published: dateSchema.optional(),
  /** E.g. "secondary", "undergraduate". */
  level: z.string().optional(),
  /** Learning objectives. */
  objectives: z.array(z.string()).default([]),
  /** Discussion questions. */
  questions: z.array(z.string()).default([]),
  /** E.g. "two 50-minute lessons". */
  class_time: z.string().optional(),
  /** SPDX id of the licence of the case's own text, e.g. `CC-BY-4.0`. */
  license: z.string().optional(),
  /** When false, claim verdicts appear only in the teacher edition. */
  reveal_verdicts: z.boolean().default(true),
  /** How the timeline groups items. */
  lanes: z.enum(['actor', 'kind']).default('actor'),
  /** The window the timeline opens on. */
  period: z.strictObject({ from: timeSchema, to: timeSchema }).optional(),
});

export type CaseData = z.output<typeof caseSchema>;
