import { describe, expect, it } from 'vitest';
import { findQuote, foldQuotes, type TextQuoteSelector } from '../../../src/markdown/text-quote.ts';

const text = 'He said “we’ve been  attacked”.\nThen he said we\'ve been attacked again, and again.';

describe('findQuote', () => {
  it.each<[string, TextQuoteSelector, string | { problem: string; count?: number }]>([
    ['an exact phrase', { quote: 'Then he said' }, 'Then he said'],
    ['curly quotes in the text match straight ones in the quote', { quote: '"we\'ve been attacked"' }, '“we’ve been  attacked”'],
    ['straight quotes in the text match curly ones in the quote', { quote: 'said we’ve' }, "said we've"],
    ['whitespace runs and newlines match one space', { quote: 'attacked”. Then' }, 'attacked”.\nThen'],
    ['the quote is trimmed', { quote: '  Then he  ' }, 'Then he'],
    ['prefix picks the occurrence', { quote: 'again', prefix: 'and ' }, 'again'],
    ['prefix without its trailing space', { quote: 'again', prefix: 'and' }, 'again'],
    ['suffix picks the occurrence', { quote: 'again', suffix: ', and' }, 'again'],
    ['prefix with curly quotes', { quote: 'been', prefix: 'said we’ve' }, 'been'],
    ['a missing phrase', { quote: 'defended' }, { problem: 'not-found' }],
    ['an empty quote', { quote: '   ' }, { problem: 'not-found' }],
    ['a prefix that matches nothing', { quote: 'again', prefix: 'or' }, { problem: 'not-found' }],
    ['two occurrences', { quote: 'again' }, { problem: 'ambiguous', count: 2 }],
    ['curly and straight spellings are the same phrase', { quote: "we've been" }, { problem: 'ambiguous', count: 2 }],
  ])('%s', (_, selector, expected) => {
    const result = findQuote(text, selector);
    if (typeof expected === 'string') {
      expect(result).not.toHaveProperty('problem');
      if ('start' in result) expect(text.slice(result.start, result.end)).toBe(expected);
    } else {
      expect(result).toEqual(expected);
    }
  });

  it('picks the second occurrence by prefix with offsets into the original text', () => {
    const result = findQuote(text, { quote: 'again', prefix: 'and' });
    expect(result).toEqual({ start: text.lastIndexOf('again'), end: text.lastIndexOf('again') + 5 });
  });

  it('counts offsets in the original text after collapsed whitespace', () => {
    const spaced = 'a    b\n\n\n c';
    expect(findQuote(spaced, { quote: 'c' })).toEqual({ start: spaced.length - 1, end: spaced.length });
  });
});

describe('foldQuotes', () => {
  it('folds typographic quotes and collapses whitespace', () => {
    expect(foldQuotes('‘a’  “b”\n\tc')).toBe('\'a\' "b" c');
  });
});
