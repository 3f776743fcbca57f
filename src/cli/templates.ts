/**
 * Starting points for `casebook new <kind> <id>`: each file has the kind's required fields to
 * fill in, and the optional ones as comments, so that a new file checks cleanly once filled.
 */
import type { Kind } from '../model/types.ts';

/** Today's date, as a template writes it. */
export type Today = string;

const templates: Record<Kind, (id: string, today: Today) => string> = {
  case: (id) => `---
title: ${titleOf(id)}
summary: One or two sentences on what happened and why it is worth studying.
timezone: Europe/London
# subtitle:
# locale: en-GB
# primary_source: <source-id>
# authors: [Your name]
# level: secondary
# class_time: one 50-minute lesson
objectives:
  - What students should be able to do after this case.
questions:
  - A question for discussion.
license: CC-BY-4.0
# period: { from: 2019-11-11, to: 2019-11-13 }
---
The overview of the case, in Markdown. Link people with :actor[Their Name]{#actor-id}.
`,
  actor: (id) => `---
name: ${titleOf(id)}
kind: person # person | organisation | publication | group | anonymous
# role: Their role at the time of the case
# affiliation: <actor-id>
# summary: One sentence on who they are.
---
`,
  statement: () => `---
speaker: <actor-id>
when: 2019-11-12T09:30
source: <source-id>
quote: "The exact words, copied from the source."
# paraphrase: Reported speech, when the exact words are not on record (instead of quote).
# channel: email
# audience: Who it was addressed to
# about: [<event-id>]
---
Context for the statement.
`,
  event: (id) => `---
title: ${titleOf(id)}
when: 2019-11-11 afternoon
sources: [<source-id>]
# kind: incident # incident | publication | announcement | investigation | context
# actors: [<actor-id>]
---
What happened.
`,
  source: (id, today) => `---
title: ${titleOf(id)}
kind: article # article | email | social-post | report | broadcast | document | interview | dataset
# publisher: <actor-id> or a name
# author:
# published: 2019-11-12
# url: https://…
# origin: secondary # primary (the original record) or secondary (a report of it)
# reports: [<source-id>]
accessed: ${today}
---
`,
  annotation: () => `---
target: <statement-id, event-id or case>
quote: the exact words annotated
kind: context # expert | context | language | fact-check | question | teacher
# by: <actor-id>       # required for expert
# source: <source-id>  # required for expert
---
The commentary.
`,
  claim: () => `---
claim: The checkable claim, in one sentence.
claimant: <actor-id>
# appears_in: [<statement-id>]
# verdict: unverifiable # supported | disputed | unsupported | unverifiable | misleading | false | true
# evidence: [<source-id>]
---
The reasoning, citing sources with :cite[source-id].
`,
  term: (id) => `---
term: ${titleOf(id)}
short: One sentence that defines it.
# aliases: []
---
A longer explanation.
`,
};

/** The text of a new file of `kind` with the given id. */
export function template(kind: Kind, id: string, today: Today): string {
  return templates[kind](id, today);
}

/** A readable title from an id: `first-attack` → `First attack`. */
function titleOf(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
