/**
 * The questions a fact-checker asks of a statement (PRODUCT.md §6, evaluation prompts), answered
 * as far as the case can: who is behind it and what stake they have, what evidence it rests on,
 * and what other sources say about the same events. Pure: a case and a statement in.
 */
import { claimsIn, responsesTo, statementsAbout } from './relations.ts';
import type { Actor, Case, CaseEvent, Claim, Item, Source, Statement } from './types.ts';

/** Who is behind a statement. */
export interface WhoIsBehind {
  speaker: Actor;
  /** The organisation the speaker belongs to, if the case says. */
  affiliation?: Actor;
  /** The events the statement is about in which the speaker (or their organisation) took part. */
  ownEvents: CaseEvent[];
  /** Other claims the speaker (or their organisation) makes in the case. */
  otherClaims: Claim[];
}

/** What a statement rests on. */
export interface Evidence {
  source: Source;
  /** The statement's source and each source it re-reports, down to the original (first branch). */
  chain: Source[];
  /** Whether the chain ends in a primary source. */
  reachesOriginal: boolean;
  /** Claims made in this statement, and the sources their reviews cite. */
  claims: readonly Claim[];
  claimEvidence: Source[];
}

/** What others say about the same events. */
export interface OtherAccounts {
  /** For each event the statement is about: the statements of other speakers about it. */
  byEvent: { event: CaseEvent; statements: Statement[] }[];
  /** Statements and events this one responds to, and statements responding to it. */
  respondsTo: Item[];
  responses: readonly Statement[];
}

export interface EvaluationPrompts {
  who: WhoIsBehind;
  evidence: Evidence;
  others: OtherAccounts;
}

function sameSide(actor: Actor, speaker: Actor): boolean {
  return actor.id === speaker.id || actor.id === speaker.affiliation?.id;
}

function chainFrom(source: Source): Source[] {
  const chain = [source];
  for (let next = source.reports[0]; next && !chain.includes(next); next = next.reports[0]) chain.push(next);
  return chain;
}

/** The evaluation prompts of a statement of the case. */
export function evaluationPrompts(theCase: Case, statement: Statement): EvaluationPrompts {
  const { speaker } = statement;
  const claims = claimsIn(theCase, statement);
  const chain = chainFrom(statement.source);
  const claimEvidence = [...new Set(claims.flatMap((claim) => claim.evidence))];
  return {
    who: {
      speaker,
      ...(speaker.affiliation && { affiliation: speaker.affiliation }),
      ownEvents: statement.about.filter((event) => event.actors.some((actor) => sameSide(actor, speaker))),
      otherClaims: theCase.claims.filter((claim) => sameSide(claim.claimant, speaker) && !claims.includes(claim)),
    },
    evidence: {
      source: statement.source,
      chain,
      reachesOriginal: chain.some((source) => source.origin === 'primary'),
      claims,
      claimEvidence,
    },
    others: {
      byEvent: statement.about
        .map((event) => ({
          event,
          statements: statementsAbout(theCase, event).filter((other) => other.id !== statement.id && other.speaker.id !== speaker.id),
        })),
      respondsTo: statement.respondsTo,
      responses: responsesTo(theCase, statement),
    },
  };
}
