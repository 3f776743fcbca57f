/** The content schemas, one per kind of file (PRODUCT.md §3). */
import type { z } from 'zod';
import type { Kind } from '../model/types.ts';
import { actorSchema } from './actor.ts';
import { annotationSchema } from './annotation.ts';
import { caseSchema } from './case.ts';
import { claimSchema } from './claim.ts';
import { eventSchema } from './event.ts';
import { sourceSchema } from './source.ts';
import { statementSchema } from './statement.ts';
import { termSchema } from './term.ts';

export { actorSchema, annotationSchema, caseSchema, claimSchema, eventSchema, sourceSchema, statementSchema, termSchema };
export type { ActorData } from './actor.ts';
export type { AnnotationData } from './annotation.ts';
export type { CaseData } from './case.ts';
export type { ClaimData } from './claim.ts';
export type { EventData } from './event.ts';
export type { SourceData } from './source.ts';
export type { StatementData } from './statement.ts';
export type { TermData } from './term.ts';

/** The schema for each kind of content file. */
export const schemas = {
  case: caseSchema,
  actor: actorSchema,
  statement: statementSchema,
  event: eventSchema,
  source: sourceSchema,
  annotation: annotationSchema,
  claim: claimSchema,
  term: termSchema,
} satisfies Record<Kind, z.ZodType>;
