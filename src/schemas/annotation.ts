import { z } from 'zod';
import { idSchema } from './common.ts';

/** Stand-off commentary attached to a phrase (like a W3C TextQuoteSelector). */
export const annotationSchema = z
  .strictObject({
    /** A statement or event id of the case, or `case`. */
    target: idSchema,
    /** The exact words annotated, in the target's quote or body. */
    quote: z.string().min(1),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
    kind: z.enum(['expert', 'context', 'language', 'fact-check', 'question', 'teacher']),
    /** The commentator (an actor id); required for `expert`. */
    by: idSchema.optional(),
    /** Where the commentary comes from; required for `expert`. */
    source: idSchema.optional(),
    audience: z.enum(['all', 'teacher']).optional(),
  })
  .superRefine((annotation, context) => {
    if (annotation.kind !== 'expert') return;
    for (const field of ['by', 'source'] as const) {
      if (annotation[field] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `expert commentary needs \`${field}\`: ${field === 'by' ? 'the actor id of the expert' : 'the source id where the expert said it'}`,
        });
      }
    }
  })
  .transform((annotation) => ({
    ...annotation,
    audience: annotation.kind === 'teacher' ? ('teacher' as const) : (annotation.audience ?? 'all'),
  }));

export type AnnotationData = z.output<typeof annotationSchema>;
