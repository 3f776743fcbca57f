/**
 * `casebook new`: each kind lands where the format expects it, and a template whose
 * placeholders are filled in checks cleanly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffold } from '../../../src/cli/new-file.ts';
import { formatDiagnostic } from '../../../src/model/diagnostic.ts';
import { readContent } from '../../../src/model/load/read-content.ts';
import { resolveSite } from '../../../src/model/resolve/site.ts';
import { validCase, writeProject } from '../../support/content.ts';

/** Ids of the demo case to put in place of each placeholder. */
const fill: Record<string, string> = {
  '<actor-id>': 'ann-expert',
  '<source-id>': 'demo-article',
  '<event-id>': 'first-attack',
  '<statement-id>': 'party-email',
  '<statement-id, event-id or case>': 'party-email',
  'the exact words annotated': 'sophisticated attack',
  '<case-id>': 'demo',
  '{#actor-id}': '{#ann-expert}',
  ':cite[source-id]': ':cite[demo-article]',
};

function check(root: string): string[] {
  const read = readContent(join(root, 'content'), root);
  return [...read.diagnostics, ...resolveSite(read.entries).diagnostics].map(formatDiagnostic);
}

describe('casebook new', () => {
  it.each([
    ['case', 'second-case', 'content/cases/second-case/index.md'],
    ['actor', 'new-actor', 'content/actors/new-actor.md'],
    ['actor', 'demo/case-actor', 'content/cases/demo/actors/case-actor.md'],
    ['source', 'new-source', 'content/sources/new-source.md'],
    ['statement', 'new-statement', 'content/cases/demo/statements/new-statement.md'],
    ['event', 'demo/new-event', 'content/cases/demo/events/new-event.md'],
    ['annotation', 'new-note', 'content/cases/demo/annotations/new-note.md'],
    ['claim', 'new-claim', 'content/cases/demo/claims/new-claim.md'],
    ['term', 'new-term', 'content/glossary/new-term.md'],
  ])('%s %s → %s, which checks once filled in', (kind, name, file) => {
    const root = writeProject(validCase);
    const result = scaffold(join(root, 'content'), root, kind, name, '2026-11-29');
    expect(result).toEqual({ file });
    const path = join(root, file);
    let text = readFileSync(path, 'utf8');
    for (const [placeholder, id] of Object.entries(fill)) text = text.replaceAll(placeholder, id);
    writeFileSync(path, text);
    expect(check(root)).toEqual([]);
  });

  it.each([
    ['widget', 'x', /`widget` is not a kind/],
    ['actor', 'Alan Woodward', /not a valid id/],
    ['actor', 'ann-expert', /content\/actors\/ann-expert.md already exists/],
  ])('refuses %s %s', (kind, name, problem) => {
    const root = writeProject(validCase);
    const result = scaffold(join(root, 'content'), root, kind, name, '2026-11-29');
    expect('problem' in result && result.problem).toMatch(problem);
  });

  it('asks for the case when there are several', () => {
    const root = writeProject({ ...validCase, 'cases/other/index.md': validCase['cases/demo/index.md']! });
    const result = scaffold(join(root, 'content'), root, 'event', 'x', '2026-11-29');
    expect('problem' in result && result.problem).toMatch(/`<case-id>\/x` \(cases: demo, other\)/);
  });
});
