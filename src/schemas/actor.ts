import { z } from 'zod';
import { idSchema, linkSchema, textListSchema } from './common.ts';

/** A person, organisation, publication, group or anonymous source. */
export const actorSchema = z
  .strictObject({
    name: z.string().min(1),
    kind: z.enum(['person', 'organisation', 'publication', 'group', 'anonymous']),
    /** Role at the time of the case. */
    role: z.string().optional(),
    /** The actor this one belonged to (an actor id). */
    affiliation: idSchema.optional(),
    summary: z.string().optional(),
    aliases: textListSchema.default([]),
    image: z.string().optional(),
    /** Required when `image` is given. */
    image_alt: z.string().optional(),
    links: z.array(linkSchema).default([]),
  })
  .superRefine((actor, context) => {
    if (actor.image && !actor.image_alt?.trim()) {
      context.addIssue({
        code: 'custom',
        path: ['image'],
        message: 'an actor with an `image` needs `image_alt`: describe the picture for readers who cannot see it',
      });
    }
  });

export type ActorData = z.output<typeof actorSchema>;
