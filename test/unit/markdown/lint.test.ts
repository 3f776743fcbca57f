import { describe, expect, it } from 'vitest';
import { lintBody, type BodyLocation, type KnownIds } from '../../../src/markdown/lint.ts';

const known: KnownIds = {
  actors: new Set(['alan-woodward', 'niall-sookoo']),
  terms: new Set(['ddos']),
  sources: new Set(['new-statesman-2019']),
  statements: new Set(['sookoo-email']),
  events: new Set(['first-attack']),
  claims: new Set(['sophisticated']),
};

/** The body starts on line 6 of its file (after five lines of frontmatter). */
const at = { file: 'content/cases/labour/statements/x.md', bodyLine: 6, caseId: 'labour' };

function lint(markdown: string, where: BodyLocation = at) {
  return lintBody(markdown, where, known);
}

describe('lintBody', () => {
  it('finds nothing wrong in a correct body', () => {
    const markdown = [
      ':actor[Alan Woodward]{#alan-woodward} on :term[DDoS]{#ddos}, per :cite[new-statesman-2019]',
      'and :cite[the article]{#new-statesman-2019}; see :statement[]{#sookoo-email}, :event[it]{#first-attack},',
      ':claim[this]{#sophisticated}.[^1]',
      '',
      ':::question',
      'Why?',
      ':::',
      '',
      ':::teacher',
      'Because.',
      ':::',
      '',
      '[^1]: A note with <sup>html</sup>.',
    ].join('\n');
    expect(lint(markdown)).toEqual([]);
  });

  it.each([
    // [what, body, code, message, line, column]
    ['an unknown id, with a suggestion', 'Said :actor[Alan]{#alan-woodard}.', 'unknown-reference', 'actor `alan-woodard` is not defined — did you mean `alan-woodward`?', 6, 6],
    ['an unknown id, far from any', 'x\n\nSee :term[X]{#zzzzzz}.', 'unknown-reference', 'glossary term `zzzzzz` is not defined', 8, 5],
    ['an unknown source in a bare cite', 'Per :cite[new-statesman-2091].', 'unknown-reference', 'source `new-statesman-2091` is not defined — did you mean `new-statesman-2019`?', 6, 5],
    ['an unknown statement of the case', '  :statement[it]{#sookoo-mail}', 'unknown-reference', 'statement `sookoo-mail` is not defined in case `labour` — did you mean `sookoo-email`?', 6, 3],
    ['a missing id', 'By :actor[Alan Woodward].', 'missing-id', '`:actor[Alan Woodward]` does not say which actor it refers to', 6, 4],
    ['an empty cite', 'Per :cite[].', 'missing-id', '`:cite[]` does not say which source it refers to', 6, 5],
    ['an unknown text directive', 'A :actr[Alan]{#alan-woodward}.', 'unknown-directive', 'unknown directive `:actr`', 6, 3],
    ['an unknown container', 'Text.\n\n:::questoin\nWhy?\n:::', 'unknown-directive', 'unknown directive `:::questoin`', 8, 1],
    ['a leaf directive', '::question', 'unknown-directive', 'unknown directive `::question`', 6, 1],
    ['a footnote without definition', 'Text.\n\nMore[^gone] text.', 'footnote-undefined', 'footnote `[^gone]` has no definition', 8, 5],
    ['a footnote never referenced', 'Text.\n\n[^n]: Unused.', 'footnote-unused', 'footnote `[^n]` is defined but never referenced', 8, 1],
    ['a script', 'Text.\n\n<script>alert(1)</script>', 'unsafe-html', 'raw HTML `<script>` is removed by the sanitiser, with its content', 8, 1],
    ['an iframe', 'Watch <iframe src="https://x.example/"></iframe>', 'unsafe-html', 'raw HTML `<iframe>` is removed by the sanitiser', 6, 7],
    ['a style element', '<style>p{}</style>', 'unsafe-html', 'raw HTML `<style>` is removed by the sanitiser, with its content', 6, 1],
    ['an event handler', 'A <b onclick="x()">b</b>', 'unsafe-html', 'event-handler attribute `onclick` on `<b>` is removed by the sanitiser', 6, 3],
    ['a javascript: link', 'A [link](javascript:alert(1)).', 'unsafe-html', '`javascript:` URL in `href` of `<a>` is removed by the sanitiser', 6, 3],
    ['a javascript: link in HTML', '<a href="javascript:x()">y</a>', 'unsafe-html', '`javascript:` URL in `href` of `<a>` is removed by the sanitiser', 6, 1],
  ])('reports %s', (_, markdown, code, message, line, column) => {
    const diagnostics = lint(markdown);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code, file: at.file, message, position: { line, column } });
    expect(diagnostics[0]?.hint).toBeTruthy();
  });

  it.each([
    ['the valid names and the nearest', 'A :actr[x]{#y}', 'Did you mean `:actor`?'],
    ['the block form of a block', '::teacher', '`:::teacher`'],
    ['the id to add', ':actor[Alan Woodward]', '`:actor[Alan Woodward]{#alan-woodward}`'],
    ['the file to create', ':event[x]{#second-attack}', 'cases/labour/events/second-attack.md in the content folder'],
    ['the correct id', ':actor[x]{#alan-woodard}', 'Correct the id to `alan-woodward`'],
  ])('hints %s', (_, markdown, hint) => {
    expect(lint(markdown)[0]?.hint).toContain(hint);
  });

  it('reports a case item referred to outside a case', () => {
    const [diagnostic] = lint(':event[x]{#first-attack}', { file: 'content/glossary/ddos.md', bodyLine: 4 });
    expect(diagnostic).toMatchObject({ code: 'unknown-reference', position: { line: 4, column: 1 } });
  });

  it('does not report an escaped footnote or text in code', () => {
    expect(lint('A \\[^x] and `[^y]` and `:foo`.')).toEqual([]);
  });

  it('checks teacher notes too', () => {
    expect(lint(':::teacher\nSee :actor[x]{#nobody}.\n:::').map((d) => d.code)).toEqual(['unknown-reference']);
  });

  it('orders several problems by position', () => {
    const diagnostics = lint('<script>x</script>\n\n:foo[a] :actor[b]{#c}[^z]\n\n[^y]: unused');
    expect(diagnostics.map((d) => [d.code, d.position?.line, d.position?.column])).toEqual([
      ['unsafe-html', 6, 1],
      ['unknown-directive', 8, 1],
      ['unknown-reference', 8, 9],
      ['footnote-undefined', 8, 22],
      ['footnote-unused', 10, 1],
    ]);
  });
});

/** A site with nothing in it: for checks that need no ids. */
const none: KnownIds = {
  actors: new Set(),
  terms: new Set(),
  sources: new Set(),
  statements: new Set(),
  events: new Set(),
  claims: new Set(),
};

describe('colons that are not directives', () => {
  it.each(['The statement was stamped 10:17 on Tuesday.', 'A tweet said 4pm:ok and nothing more.'])('%s', (body) => {
    expect(lintBody(body, { file: 'x.md', bodyLine: 1 }, none)).toEqual([]);
  });
  it('still reports a misspelt directive with a label', () => {
    const [problem] = lintBody('Said :actr[Alan]{#alan}.', { file: 'x.md', bodyLine: 1 }, none);
    expect(problem?.code).toBe('unknown-directive');
  });
});

describe('blocks', () => {
  it('reports a :::teacher block that is never closed', () => {
    const problems = lintBody('Intro.\n\n:::teacher\nAnswers.\n\nEverything else.\n', { file: 'x.md', bodyLine: 5 }, none);
    expect(problems.map((p) => [p.code, p.position])).toEqual([['unclosed-block', { line: 7, column: 1 }]]);
  });
  it.each(['Intro.\n\n:::teacher\nAnswers.\n:::\n\nMore.', ':::question\nWhy?\n::::\n', ':::question\nWhy?\n:::'])(
    'accepts a closed block: %j',
    (body) => {
      expect(lintBody(body, { file: 'x.md', bodyLine: 1 }, none)).toEqual([]);
    },
  );
});
