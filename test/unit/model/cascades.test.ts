/**
 * One mistake, one error: when a file is broken, what refers to it is not reported as referring
 * to nothing (the editor would be told to create a file that already exists).
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/model/diagnostic.ts';
import { checkFiles, validCase } from '../../support/content.ts';

const cases: [string, string, (text: string) => string][] = [
  ['an actor with malformed YAML', 'cases/demo/actors/demo-party.md', (text) => text.replace('kind: organisation', 'kind: [organisation')],
  ['an actor with an unknown field', 'cases/demo/actors/demo-party.md', (text) => text.replace('kind:', 'colour: red\nkind:')],
  ['a source without its title', 'sources/demo-article.md', (text) => text.replace(/title: .*\n/, '')],
  ['an event with an impossible date', 'cases/demo/events/first-attack.md', (text) => text.replace('2019-11-11 afternoon', '2019-11-41')],
  ['an event with malformed YAML', 'cases/demo/events/first-attack.md', (text) => text.replace('title: The first attack', 'title: [The first attack')],
  ['a statement with an unknown speaker', 'cases/demo/statements/party-email.md', (text) => text.replace('speaker: demo-party', 'speaker: nobody-at-all')],
];

describe.each(cases)('%s', (_, path, breakIt) => {
  it('is reported in its own file only', () => {
    const { diagnostics } = checkFiles({ ...validCase, [path]: breakIt(validCase[path]!) });
    expect(diagnostics.length).toBeGreaterThan(0);
    const elsewhere = diagnostics.filter((diagnostic) => diagnostic.file !== `content/${path}`);
    expect(elsewhere.map(formatDiagnostic)).toEqual([]);
  });
});
