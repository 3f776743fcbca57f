/**
 * Every bad input that issue #2 lists gives a clear error naming the file (and the line, where
 * it applies): each row takes the valid demo case, breaks one thing, and checks the diagnostic.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/model/diagnostic.ts';
import { checkFiles, validCase, type ContentFiles } from '../../support/content.ts';

const statement = 'cases/demo/statements/party-email.md';
const expert = 'cases/demo/statements/expert-view.md';
const event = 'cases/demo/events/first-attack.md';
const annotation = 'cases/demo/annotations/on-sophisticated.md';
const caseIndex = 'cases/demo/index.md';

/** The demo case with one file replaced (or added); `null` removes it. */
function vary(changes: Record<string, string | null>): ContentFiles {
  const files = { ...validCase };
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) delete files[path];
    else files[path] = text;
  }
  return files;
}

/** Replaces `from` with `to` in one file of the demo case. */
function edit(path: string, from: string | RegExp, to: string): ContentFiles {
  const text = validCase[path];
  if (text === undefined) throw new Error(`no file ${path}`);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`edit of ${path} changed nothing`);
  return vary({ [path]: changed });
}

interface Row {
  name: string;
  files: ContentFiles;
  code: string;
  file: string;
  message: RegExp;
  line?: number;
}

const rows: Row[] = [
  {
    name: 'a misspelled field',
    files: edit(statement, 'speaker:', 'speeker:'),
    code: 'unknown-field',
    file: statement,
    message: /unknown field `speeker`.*did you mean `speaker`/,
    line: 2,
  },
  {
    name: 'an unknown field',
    files: edit(event, 'title:', 'colour: red\ntitle:'),
    code: 'unknown-field',
    file: event,
    message: /unknown field `colour`/,
    line: 2,
  },
  {
    name: 'a missing required field',
    files: edit(event, 'title: The first attack\n', ''),
    code: 'missing-field',
    file: event,
    message: /missing required field `title`/,
  },
  {
    name: 'malformed YAML',
    files: edit(event, 'title: The first attack', 'title: [The first attack'),
    code: 'invalid-yaml',
    file: event,
    message: /not valid YAML/,
  },
  {
    name: 'an unknown speaker',
    files: edit(statement, 'speaker: demo-party', 'speaker: demo-partey'),
    code: 'unknown-reference',
    file: statement,
    message: /speaker `demo-partey` is not an actor — did you mean `demo-party`\?/,
    line: 2,
  },
  {
    name: 'an unknown source in a list',
    files: edit(event, 'sources: [demo-email]', 'sources: [demo-emial]'),
    code: 'unknown-reference',
    file: event,
    message: /sources `demo-emial` is not a source — did you mean `demo-email`\?/,
    line: 4,
  },
  {
    name: 'an unknown affiliation',
    files: edit('actors/ann-expert.md', 'affiliation: demo-party', 'affiliation: nobody-here'),
    code: 'unknown-reference',
    file: 'actors/ann-expert.md',
    message: /affiliation `nobody-here` is not an actor/,
    line: 5,
  },
  {
    name: 'an unknown id in a directive',
    files: edit(caseIndex, '{#ann-expert}', '{#ann-exprt}'),
    code: 'unknown-reference',
    file: caseIndex,
    message: /`ann-exprt`.*did you mean `ann-expert`/,
    line: 8,
  },
  {
    name: 'a statement with both quote and paraphrase',
    files: edit(statement, 'quote:', 'paraphrase: They said they were attacked.\nquote:'),
    code: 'invalid-field',
    file: statement,
    message: /either `quote`.*or `paraphrase`.*not both/,
  },
  {
    name: 'a statement with neither quote nor paraphrase',
    files: edit(statement, /quote: .*\n/, ''),
    code: 'invalid-field',
    file: statement,
    message: /needs `quote`.*or `paraphrase`/,
  },
  {
    name: 'an impossible date',
    files: edit(statement, 'when: 2019-11-12 early morning', 'when: 2019-13-40'),
    code: 'impossible-date',
    file: statement,
    message: /2019-13-40/,
    line: 3,
  },
  {
    name: 'an unknown part of day',
    files: edit(event, 'when: 2019-11-11 afternoon', 'when: 2019-11-11 aftrnoon'),
    code: 'unknown-part-of-day',
    file: event,
    message: /aftrnoon/,
    line: 3,
  },
  {
    name: 'an unknown timezone',
    files: edit(caseIndex, 'timezone: Europe/London', 'timezone: Europe/Londres'),
    code: 'unknown-timezone',
    file: caseIndex,
    message: /Europe\/Londres/,
    line: 4,
  },
  {
    name: 'a relative time with an unknown anchor',
    files: edit(expert, 'after: first-attack', 'after: first-atack'),
    code: 'unknown-anchor',
    file: expert,
    message: /first-atack/,
    line: 3,
  },
  {
    name: 'a cycle of relative times',
    files: edit(event, 'when: 2019-11-11 afternoon', 'when: { before: expert-view, within: 1d }'),
    code: 'time-cycle',
    file: event,
    message: /expert-view/,
  },
  {
    name: 'constraints with an empty intersection',
    files: edit(expert, 'when: { after: first-attack, within: 2d }', 'when: { on: 2019-11-20, after: first-attack, within: 2d }'),
    code: 'contradictory-time',
    file: expert,
    message: /2019-11-20|first-attack/,
  },
  {
    name: 'an annotation quote that is not in its target',
    files: edit(annotation, 'quote: sophisticated attack', 'quote: a clumsy attack'),
    code: 'annotation-not-found',
    file: annotation,
    message: /`a clumsy attack` is not in statement `party-email`/,
    line: 3,
  },
  {
    name: 'an annotation quote found twice without disambiguation',
    files: edit(annotation, 'quote: sophisticated attack', 'quote: attack'),
    code: 'ambiguous-annotation',
    file: annotation,
    message: /`attack` occurs 2 times/,
    line: 3,
  },
  {
    name: 'an annotation on the body of an .mdx file',
    files: vary({
      'cases/demo/events/first-attack.md': null,
      'cases/demo/events/first-attack.mdx': validCase[event]!,
      'cases/demo/annotations/on-sites.md': '---\ntarget: first-attack\nquote: went down\nkind: context\n---\nNote.\n',
    }),
    code: 'annotation-not-found',
    file: 'cases/demo/annotations/on-sites.md',
    message: /its body is MDX/,
    line: 3,
  },
  {
    name: 'a footnote reference without definition',
    files: edit(event, 'Sites went down.', 'Sites went down.[^nowhere]'),
    code: 'footnote-undefined',
    file: event,
    message: /nowhere/,
    line: 7,
  },
  {
    name: 'an event without a source',
    files: edit(event, 'sources: [demo-email]', 'sources: []'),
    code: 'invalid-field',
    file: event,
    message: /at least one source/,
  },
  {
    name: 'an event with no sources field',
    files: edit(event, 'sources: [demo-email]\n', ''),
    code: 'missing-field',
    file: event,
    message: /missing required field `sources`/,
  },
  {
    name: 'an image without alt text',
    files: edit('actors/ann-expert.md', 'role:', 'image: ./ann.jpg\nrole:'),
    code: 'invalid-field',
    file: 'actors/ann-expert.md',
    message: /needs `image_alt`/,
    line: 4,
  },
  {
    name: 'a publisher written as an id that is no actor',
    files: edit('sources/demo-article.md', 'publisher: The Demo Paper', 'publisher: demo-partty'),
    code: 'unknown-reference',
    file: 'sources/demo-article.md',
    message: /publisher `demo-partty` is not an actor.*did you mean `demo-party`/,
    line: 4,
  },
  {
    name: 'a teacher block that is never closed',
    files: edit(caseIndex, 'The overview cites', ':::teacher\nAnswers.\n\nThe overview cites'),
    code: 'unclosed-block',
    file: caseIndex,
    message: /`:::teacher` is never closed/,
    line: 8,
  },
  {
    name: 'an image on another host',
    files: edit('actors/ann-expert.md', 'role:', 'image: https://cdn.example.com/ann.jpg\nimage_alt: Ann speaking\nrole:'),
    code: 'external-image',
    file: 'actors/ann-expert.md',
    message: /is on another host/,
    line: 4,
  },
  {
    name: 'an image that is not in public/',
    files: edit('actors/ann-expert.md', 'role:', 'image: /images/ann.jpg\nimage_alt: Ann speaking\nrole:'),
    code: 'missing-image',
    file: 'actors/ann-expert.md',
    message: /`\/images\/ann.jpg` is not a file in public\//,
    line: 4,
  },
  {
    name: 'a raw script element',
    files: edit(event, 'Sites went down.', 'Sites went down.\n\n<script>alert(1)</script>'),
    code: 'unsafe-html',
    file: event,
    message: /script/,
    line: 9,
  },
  {
    name: 'an event-handler attribute',
    files: edit(event, 'Sites went down.', 'Sites went <b onclick="steal()">down</b>.'),
    code: 'unsafe-html',
    file: event,
    message: /onclick/,
    line: 7,
  },
  {
    name: 'a javascript: link',
    files: edit(event, 'Sites went down.', 'Sites went [down](javascript:alert(1)).'),
    code: 'unsafe-html',
    file: event,
    message: /javascript:/,
    line: 7,
  },
  {
    name: 'one actor id at site level and in a case',
    files: vary({ 'cases/demo/actors/ann-expert.md': '---\nname: Ann Again\nkind: person\n---\n' }),
    code: 'duplicate-id',
    file: 'content/cases/demo/actors/ann-expert.md',
    message: /`ann-expert` is already used by content\/actors\/ann-expert.md/,
  },
  {
    name: 'an invalid file name',
    files: vary({ 'glossary/Bot_Net.md': '---\nterm: Botnet\nshort: Many hijacked machines.\n---\n' }),
    code: 'invalid-id',
    file: 'content/glossary/Bot_Net.md',
    message: /`Bot_Net` is not a valid id/,
  },
  {
    name: 'a Markdown file in a folder Casebook does not read',
    files: vary({ 'cases/demo/statement/typo.md': '---\nspeaker: ann-expert\n---\n' }),
    code: 'misplaced-file',
    file: 'content/cases/demo/statement/typo.md',
    message: /not in a folder Casebook reads/,
  },
];

describe('the demo case', () => {
  it('is valid: no diagnostics', () => {
    const { diagnostics, site } = checkFiles(validCase);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(site.cases.map((c) => c.id)).toEqual(['demo']);
  });
});

describe('an image that is in public/', () => {
  it('is accepted', () => {
    const files = edit('actors/ann-expert.md', 'role:', 'image: /images/ann.jpg\nimage_alt: Ann speaking\nrole:');
    const { diagnostics, site } = checkFiles({ ...files, '../public/images/ann.jpg': 'not really a JPEG' });
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(site.actors.get('ann-expert')?.image).toEqual({ src: '/images/ann.jpg', alt: 'Ann speaking' });
  });
});

describe.each(rows)('$name', ({ files, code, file, message, line }) => {
  it('is reported with its file, position and message', () => {
    const { diagnostics } = checkFiles(files);
    const expectedFile = file.startsWith('content/') ? file : `content/${file}`;
    const found = diagnostics.find((d) => d.code === code && d.file === expectedFile);
    expect(found, `expected ${code} in ${expectedFile}; got:\n${diagnostics.map(formatDiagnostic).join('\n')}`).toBeDefined();
    expect(found!.severity).toBe('error');
    expect(found!.message).toMatch(message);
    if (line !== undefined) expect(found!.position?.line).toBe(line);
  });
});

describe('inside `casebook build`, after `check` has linted the bodies', () => {
  const unsafe = edit(event, 'Sites went down.', 'Sites went <b onclick="steal()">down</b>.');

  it('the pages resolve the site without linting them again', () => {
    const { diagnostics } = checkFiles(unsafe, { checked: true });
    expect(diagnostics.map((d) => d.code)).not.toContain('unsafe-html');
  });

  it('but checks everything else all the same', () => {
    const { diagnostics } = checkFiles(edit(statement, 'speaker:', 'speeker:'), { checked: true });
    expect(diagnostics.map((d) => d.code)).toContain('unknown-field');
  });
});
