/**
 * What points at an item within a case — the annotations on it, the claims made in it, the
 * statements about it or in response to it — indexed once per case, so that each of a case's
 * pages finds its own in constant time instead of scanning the case (which made a build of N
 * items cost N² at the pages).
 */
import { oncePer } from './once-per.ts';
import type { Annotation, Case, Claim, Item, Statement } from './types.ts';

/** The reverse links of one case, by item id (unique within a case). */
interface Relations {
  /** Annotations on the case as a whole (its overview). */
  onCase: Annotation[];
  annotations: Map<string, Annotation[]>;
  claims: Map<string, Claim[]>;
  about: Map<string, Statement[]>;
  responses: Map<string, Statement[]>;
}

/** Appends `value` to the list at `at` in `map`. */
function add<T>(map: Map<string, T[]>, at: string, value: T): void {
  const list = map.get(at);
  if (list) list.push(value);
  else map.set(at, [value]);
}

/** The case's relations, built on first use (each list keeps the case's own order). */
const relationsOf = oncePer((theCase: Case): Relations => {
  const relations: Relations = { onCase: [], annotations: new Map(), claims: new Map(), about: new Map(), responses: new Map() };
  for (const annotation of theCase.annotations) {
    if (annotation.target.type === 'case') relations.onCase.push(annotation);
    else add(relations.annotations, annotation.target.item.id, annotation);
  }
  for (const claim of theCase.claims) {
    for (const statement of new Set(claim.appearsIn)) add(relations.claims, statement.id, claim);
  }
  for (const statement of theCase.statements) {
    for (const event of new Set(statement.about)) add(relations.about, event.id, statement);
    for (const item of new Set(statement.respondsTo)) add(relations.responses, item.id, statement);
  }
  return relations;
});

/** The annotations on the case as a whole (anchored in its overview), in the case's order. */
export function annotationsOnCase(theCase: Case): readonly Annotation[] {
  return relationsOf(theCase).onCase;
}

/** The annotations of the case whose target is `item`, in the case's order. */
export function annotationsOn(theCase: Case, item: Item): readonly Annotation[] {
  return relationsOf(theCase).annotations.get(item.id) ?? [];
}

/** The claims that appear in `statement`, in the case's order. */
export function claimsIn(theCase: Case, statement: Statement): readonly Claim[] {
  return relationsOf(theCase).claims.get(statement.id) ?? [];
}

/** The statements about `item` (an event), in the case's order. */
export function statementsAbout(theCase: Case, item: Item): readonly Statement[] {
  return relationsOf(theCase).about.get(item.id) ?? [];
}

/** The statements that respond to `item`, in the case's order. */
export function responsesTo(theCase: Case, item: Item): readonly Statement[] {
  return relationsOf(theCase).responses.get(item.id) ?? [];
}
