/**
 * A case's resolved model as JSON, from the fixture's model in both editions: everything the
 * model holds, in time order, with every reference an id the file itself defines.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteForEdition } from '../../../src/model/edition.ts';
import { readContent } from '../../../src/model/load/read-content.ts';
import { resolveSite } from '../../../src/model/resolve/site.ts';
import { caseJson } from '../../../src/site/case-json.ts';
import { projectRoot } from '../../support/build.ts';

const root = join(projectRoot, 'test/fixtures/minimal');
const { site } = resolveSite(readContent(join(root, 'content'), root).entries);
const student = siteForEdition(site, 'student');

type CaseJson = ReturnType<typeof caseJson>;

/** Every reference in the file that names no actor, source, statement or event of the file. */
function danglingReferences(data: CaseJson): string[] {
  const defined = {
    actor: new Set(data.actors.map((actor) => actor.id)),
    source: new Set(data.sources.map((source) => source.id)),
    statement: new Set(data.statements.map((statement) => statement.id)),
    event: new Set(data.events.map((event) => event.id)),
  };
  const refs: (readonly [keyof typeof defined, string | undefined])[] = [
    ['source', data.case.primarySource],
    ...data.actors.map((actor) => ['actor', actor.affiliation] as const),
    ...data.sources.flatMap((source) => [['actor', source.publisher?.actor] as const, ...[...source.reports, ...source.reportedBy].map((id) => ['source', id] as const)]),
    ...data.statements.flatMap((statement) => [
      ['actor', statement.speaker] as const,
      ['source', statement.source] as const,
      ...statement.about.map((id) => ['event', id] as const),
      ...statement.respondsTo.map((item) => [item.type, item.id] as const),
    ]),
    ...data.events.flatMap((event) => [...event.actors.map((id) => ['actor', id] as const), ...event.sources.map((id) => ['source', id] as const)]),
    ...data.claims.flatMap((claim) => [['actor', claim.claimant] as const, ...claim.appearsIn.map((id) => ['statement', id] as const), ...claim.evidence.map((id) => ['source', id] as const)]),
    ...data.annotations.flatMap((note) => [['actor', note.by] as const, ['source', note.source] as const, ...(note.target.type === 'case' ? [] : [[note.target.type, note.target.id] as const])]),
  ];
  return refs.filter(([kind, id]) => id !== undefined && !defined[kind].has(id)).map(([kind, id]) => `${kind} ${id}`);
}

describe('a case as data', () => {
  it('holds what the model holds, statements and events in time order, each with its page', () => {
    const theCase = site.cases.find((each) => each.id === 'fixture-case')!;
    const data = caseJson(theCase, '/');
    expect(data.case).toMatchObject({ id: 'fixture-case', title: theCase.title, timezone: theCase.timezone, page: '/cases/fixture-case/', annotations: '/cases/fixture-case/annotations.jsonld' });
    expect(data.actors.map((actor) => actor.id)).toEqual(theCase.actors.map((actor) => actor.id));
    expect([...data.statements, ...data.events].map((item) => item.id).sort()).toEqual(theCase.items.map((item) => item.id).sort());
    const order = theCase.items.map((item) => item.id);
    expect(data.statements.map((statement) => order.indexOf(statement.id))).toEqual([...data.statements.map((statement) => order.indexOf(statement.id))].sort((a, b) => a - b));
    expect(data.statements.every((statement) => ('quote' in statement) !== ('paraphrase' in statement))).toBe(true);
    const quote = data.statements.find((statement) => statement.id === 'fixture-council-quote')!;
    expect(quote.page).toBe('/cases/fixture-case/statements/fixture-council-quote/');
    expect(new Date(quote.when.start).getTime()).toBe(theCase.items.find((item) => item.id === quote.id)!.when.start);
  });

  it('names every actor, source, statement and event it refers to, in both editions', () => {
    for (const edition of [site, student]) for (const theCase of edition.cases) expect(danglingReferences(caseJson(theCase, '/'))).toEqual([]);
  });

  it('keeps, in the student edition, no teacher note and no verdict the case keeps from students', () => {
    const sealed = (from: typeof site) => caseJson(from.cases.find((each) => each.id === 'fixture-sealed')!, '/');
    expect(sealed(site).claims.map((claim) => claim.verdict)).toEqual(['misleading']);
    expect(sealed(student).claims.map((claim) => claim.verdict)).toEqual([undefined]);
    const notes = (from: typeof site) => caseJson(from.cases.find((each) => each.id === 'fixture-case')!, '/').annotations.map((note) => note.id);
    expect(notes(site)).toContain('fixture-teacher-note');
    expect(notes(student)).not.toContain('fixture-teacher-note');
  });
});
