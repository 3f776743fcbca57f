/**
 * Robustness gate, annotations: random texts, phrases and Markdown bodies never crash phrase
 * matching (`findQuote`) or anchoring (`anchorAnnotation`); a phrase that is there once is
 * found exactly; every failure is a diagnostic naming the annotation's file.
 *
 * Alone: `npx vitest run test/quality/properties/anchoring.test.ts`
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuote, foldQuotes, isQuoteMatch } from '../../../src/markdown/text-quote.ts';
import { anchorAnnotation } from '../../../src/model/resolve/anchor.ts';
import type { RawEntry } from '../../../src/model/types.ts';
import type { AnnotationData } from '../../../src/schemas/index.ts';

/** Text rich in what matching folds: curly quotes, odd spaces, combining marks, astral characters. */
const tricky = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u200b', '‘', '’', '“', '”', "'", '"', 'e\u0301', 'é', '😀', '𝔸', 'ﬁ', 'İ', 'ß', '\u202e', '\u0000');
const textPiece = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) }, { weight: 2, arbitrary: tricky }, { weight: 2, arbitrary: fc.constantFrom('attack', 'sophisticated', 'the', 'a') });
const text = fc.array(textPiece, { maxLength: 30 }).map((pieces) => pieces.join(''));

/** Markdown with the syntax that moves text around: emphasis, links, directives, HTML, footnotes. */
const markdownPiece = fc.oneof(
  textPiece,
  fc.constantFrom('*', '**', '_', '`', '[', ']', '(', ')', '[x](/y/)', '<b>', '</b>', '<script>', '\n\n', '# ', '> ', '- ', '1. ', '|', '---', ':actor[A]{#a}', ':::question\n', '\n:::\n', '[^1]', '\n[^1]: n', '\\', '&amp;', '<!--', '-->'),
);
const markdown = fc.array(markdownPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Folded, whitespace-collapsed and trimmed: what matching compares. */
const normal = (value: string) => foldQuotes(value).trim();

/** The property: `find` never throws, and a match lies in the text and reads as the phrase. */
function matchProperty(find: typeof findQuote) {
  return fc.property(text, text, fc.option(text), fc.option(text), (haystack, quote, prefix, suffix) => {
    const result = find(haystack, { quote, prefix: prefix ?? undefined, suffix: suffix ?? undefined });
    if (!isQuoteMatch(result)) {
      expect(['not-found', 'ambiguous']).toContain(result.problem);
      return;
    }
    expect(0 <= result.start && result.start < result.end && result.end <= haystack.length).toBe(true);
    expect(normal(haystack.slice(result.start, result.end))).toBe(normal(quote));
  });
}

describe('findQuote on random text', () => {
  it('never throws; a match lies in the text and reads as the phrase', () => {
    fc.assert(matchProperty(findQuote), { numRuns: 3000 });
  });

  it('the property fails on a deliberately broken matcher: one off by one, one that crashes', () => {
    const offByOne: typeof findQuote = (...args) => {
      const result = findQuote(...args);
      return isQuoteMatch(result) ? { start: result.start, end: result.end + 1 } : result;
    };
    expect(() => fc.assert(matchProperty(offByOne), { numRuns: 3000, seed: 1 })).toThrow(/Property failed/);
    const crashes: typeof findQuote = (haystack, selector) => {
      if (haystack.includes('\u202e')) throw new RangeError('unexpected direction mark');
      return findQuote(haystack, selector);
    };
    expect(() => fc.assert(matchProperty(crashes), { numRuns: 3000, seed: 1 })).toThrow(/Property failed/);
  });

  it('finds a phrase that occurs once exactly where it is', () => {
    fc.assert(
      fc.property(text, text, text, (before, phrase, after) => {
        const quote = phrase.trim();
        const haystack = `${before} ${quote} ${after}`;
        const folded = foldQuotes(haystack);
        const needle = foldQuotes(quote).trim();
        fc.pre(needle !== '' && folded.indexOf(needle) === folded.lastIndexOf(needle));
        const result = findQuote(haystack, { quote });
        expect(result).toEqual({ start: before.length + 1, end: before.length + 1 + quote.length });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('anchorAnnotation on random bodies', () => {
  const file = 'content/cases/fuzz/annotations/on-x.md';
  const entry: RawEntry = { kind: 'annotation', id: 'on-x', caseId: 'fuzz', file, data: {}, body: '', bodyLine: 6, locate: () => ({ line: 3, column: 1 }) };

  it('returns an anchor inside the text, or a diagnostic naming the annotation file', () => {
    fc.assert(
      fc.property(markdown, fc.option(text), text, fc.option(text), fc.boolean(), (body, quote, phrase, prefix, mdx) => {
        const data = { target: 'x', quote: phrase, kind: 'context', audience: 'all', ...(prefix !== null && { prefix }) } as AnnotationData;
        const result = anchorAnnotation(entry, data, {
          body,
          ...(quote !== null && { quote }),
          name: 'statement `x`',
          file: `content/cases/fuzz/statements/x.${mdx ? 'mdx' : 'md'}`,
        });
        if ('field' in result) {
          expect(result.start).toBeLessThan(result.end);
          if (result.field === 'quote') expect(result.end).toBeLessThanOrEqual(quote!.length);
        } else {
          expect(result.file).toBe(file);
          expect(result.code).toMatch(/^(?:annotation-not-found|ambiguous-annotation)$/);
          expect(result.position).toEqual({ line: 3, column: 1 });
        }
      }),
      { numRuns: 500 },
    );
  });
});
