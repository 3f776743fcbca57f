import { z } from 'zod';
import { dateSchema, idListSchema, idSchema } from './common.ts';

/** The verdicts a claim can get. */
export const verdicts = ['supported', 'disputed', 'unsupported', 'unverifiable', 'misleading', 'false', 'true'] as const;

/** A checkable claim and its evaluation. */
export const claimSchema = z.strictObject({
  /** The checkable proposition, in one sentence. */
  claim: z.string().min(1),
  claimant: idSchema,
  appears_in: idListSchema.default([]),
  // YAML reads a bare `true` or `false` as a boolean: take it as the verdict word.
  verdict: z.preprocess((value) => (typeof value === 'boolean' ? String(value) : value), z.enum(verdicts)).optional(),
  evidence: idListSchema.default([]),
  reviewed: dateSchema.optional(),
});

export type ClaimData = z.output<typeof claimSchema>;
