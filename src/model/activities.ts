/**
 * Classroom activities suggested from what a case contains (the lesson guide, PRODUCT.md §6):
 * each names the statements, events, sources or claims it works with, so that a teacher can use
 * it as it stands. Pure: a case in, a list out.
 */
import { statementsAbout } from './relations.ts';
import type { Case, Claim, Item, Source } from './types.ts';

/** Something an activity points at. */
export type ActivityTarget = { type: 'item'; item: Item } | { type: 'source'; source: Source } | { type: 'claim'; claim: Claim };

/** One suggested activity. */
export interface Activity {
  id: 'uncertain-times' | 'source-chain' | 'unnamed-sources' | 'compare-accounts' | 'judge-claims';
  title: string;
  /** What students do, in one or two sentences. */
  task: string;
  targets: ActivityTarget[];
}

const UNCERTAIN = new Set(['range', 'relative']);

/** The chain from a source back to its original, following the first re-reported source. */
export function chainOf(source: Source): Source[] {
  const chain = [source];
  let current = source;
  while (current.reports[0] && !chain.includes(current.reports[0])) {
    current = current.reports[0];
    chain.push(current);
  }
  return chain;
}

function uncertainTimes(theCase: Case): Activity | undefined {
  const items = theCase.items.filter((item) => UNCERTAIN.has(item.when.precision));
  if (items.length === 0) return undefined;
  return {
    id: 'uncertain-times',
    title: 'Put the story in order',
    task: `Students place every statement and event on a timeline by hand, then compare it with the case's timeline. ${items.length === 1 ? 'One time is' : `${items.length} times are`} known only as a span: ask what each rests on, and where on the span it might fall.`,
    targets: items.map((item) => ({ type: 'item', item })),
  };
}

function sourceChain(theCase: Case): Activity | undefined {
  const longest = theCase.sources
    .map(chainOf)
    .filter((chain) => chain.length > 1)
    .sort((a, b) => b.length - a.length)[0];
  if (!longest) return undefined;
  return {
    id: 'source-chain',
    title: 'Follow a report back to the original',
    task: 'Starting from the first source, students follow each report back to the record it rests on, and say at each step what was added, left out or changed.',
    targets: longest.map((source) => ({ type: 'source', source })),
  };
}

function unnamedSources(theCase: Case): Activity | undefined {
  const statements = theCase.statements.filter((statement) => statement.speaker.kind === 'anonymous');
  if (statements.length === 0) return undefined;
  return {
    id: 'unnamed-sources',
    title: 'Named and unnamed',
    task: 'For each statement resting on an unnamed source, students write down what the reader can know about the source (position, knowledge, interest) and what would be left of the story without it.',
    targets: statements.map((item) => ({ type: 'item', item })),
  };
}

function compareAccounts(theCase: Case): Activity | undefined {
  const ranked = theCase.events
    .map((event) => ({ event, statements: statementsAbout(theCase, event) }))
    .filter(({ statements }) => new Set(statements.map((statement) => statement.speaker.id)).size > 1)
    .sort((a, b) => b.statements.length - a.statements.length)[0];
  if (!ranked) return undefined;
  return {
    id: 'compare-accounts',
    title: 'Compare accounts of one event',
    task: `Groups each take one account of “${ranked.event.title}” and report what it says happened, in whose words, and on what evidence; the class then lists where the accounts agree and where they differ.`,
    targets: [{ type: 'item', item: ranked.event }, ...ranked.statements.map((item): ActivityTarget => ({ type: 'item', item }))],
  };
}

function judgeClaims(theCase: Case): Activity | undefined {
  if (theCase.claims.length === 0) return undefined;
  return {
    id: 'judge-claims',
    title: 'Judge the claims before the verdicts',
    task: 'Students rate each claim (supported, disputed, unverifiable, false…) from the evidence listed on its page, with the reasons, before the verdicts are revealed and discussed.',
    targets: theCase.claims.map((claim) => ({ type: 'claim', claim })),
  };
}

/** The activities that fit a case, in the order a lesson might take them. */
export function suggestedActivities(theCase: Case): Activity[] {
  return [uncertainTimes, sourceChain, unnamedSources, compareAccounts, judgeClaims].flatMap((make) => make(theCase) ?? []);
}
