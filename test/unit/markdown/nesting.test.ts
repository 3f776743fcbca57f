import { describe, expect, it } from 'vitest';
import { tooDeep } from '../../../src/markdown/nesting.ts';
import { checkFiles, validCase } from '../../support/content.ts';
import { formatDiagnostic } from '../../../src/model/diagnostic.ts';

const list = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');

describe('tooDeep', () => {
  it.each([
    ['an ordinary body', 'Text.\n\n- a\n  - b\n    - c\n\n> quote\n\n:::question\nWhy?\n:::', undefined],
    ['a list 100 levels deep', list(101), undefined],
    ['a list 102 levels deep', list(102), { line: 102, what: 'indentation', depth: 202 }],
    ['51 quote markers', `ok\n${'> '.repeat(51)}x`, { line: 2, what: 'quotes', depth: 51 }],
    ['21 blocks open at once', ':::question\n'.repeat(21), { line: 21, what: 'blocks', depth: 21 }],
    ['many blocks one after another', ':::question\nx\n:::\n'.repeat(100), undefined],
  ])('%s', (_, markdown, expected) => {
    expect(tooDeep(markdown)).toEqual(expected);
  });
});

describe('a body nested too deeply', () => {
  it('is an error naming the file and line, and is not parsed', () => {
    const file = 'cases/demo/events/first-attack.md';
    const { diagnostics } = checkFiles({ ...validCase, [file]: `${validCase[file]}\n${list(2000)}\n` });
    expect(diagnostics.map(formatDiagnostic).join('\n')).toMatch(
      /events\/first-attack\.md:\d+:1 error the body nests too deeply: 202 columns of indentation \(at most 200\)/,
    );
  });
});
