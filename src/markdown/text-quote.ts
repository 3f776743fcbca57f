/**
 * W3C TextQuoteSelector matching (https://www.w3.org/TR/annotation-model/#text-quote-selector),
 * forgiving in the two ways authors need: typographic quotes and apostrophes match straight ones,
 * and any run of whitespace matches any other. Offsets are always into the original text.
 *
 * Pure: no Markdown here. `plainText`, the text an annotation on a body is matched against, is
 * re-exported from `plain-text.ts` so that both halves of "find this phrase" import from here.
 */

export { plainText } from './plain-text.ts';

/** What an annotation says about the phrase it is attached to. */
export interface TextQuoteSelector {
  /** The exact words. */
  quote: string;
  /** Text immediately before the words, to pick one of several occurrences. */
  prefix?: string;
  /** Text immediately after the words, to pick one of several occurrences. */
  suffix?: string;
}

/** A phrase found once: `[start, end)` in the original text. */
export interface QuoteMatch {
  start: number;
  end: number;
}

/** Why a phrase could not be anchored. */
export type QuoteProblem = { problem: 'not-found' } | { problem: 'ambiguous'; count: number };

const FOLDED: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u02BC': "'", // ʼ
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″
};

/** Text with quotes folded and whitespace runs collapsed, and where each character came from. */
interface FoldedText {
  value: string;
  /** `origin[i]` is the index in the original text of `value[i]` (of a run's first space). */
  origin: number[];
}

/** Folds typographic quotes to straight ones and collapses whitespace runs to one space. */
export function foldQuotes(text: string): string {
  return fold(text).value;
}

function fold(text: string): FoldedText {
  let value = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (/\s/.test(char)) {
      if (!inSpace) {
        value += ' ';
        origin.push(index);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    value += FOLDED[char] ?? char;
    origin.push(index);
  }
  return { value, origin };
}

/** Every index at which `needle` starts in `haystack`, overlapping occurrences included. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    found.push(at);
    at = haystack.indexOf(needle, at + 1);
  }
  return found;
}

/**
 * Finds the one occurrence of `selector.quote` in `text`.
 *
 * Typographic quotes (‘’“”…) match straight ones and whitespace runs match any whitespace; the
 * quote itself is trimmed. `prefix` keeps only occurrences whose preceding text ends with it,
 * `suffix` those whose following text starts with it (both with the same folding, and ignoring
 * whitespace at their edges, since YAML trims it).
 *
 * @returns `[start, end)` in the original `text`, or why there is no single match.
 */
export function findQuote(text: string, selector: TextQuoteSelector): QuoteMatch | QuoteProblem {
  const quote = foldQuotes(selector.quote).trim();
  if (quote === '') return { problem: 'not-found' };
  const haystack = fold(text);
  const prefix = selector.prefix === undefined ? '' : foldQuotes(selector.prefix).trim();
  const suffix = selector.suffix === undefined ? '' : foldQuotes(selector.suffix).trim();
  const matches = occurrences(haystack.value, quote).filter(
    (at) =>
      haystack.value.slice(0, at).trimEnd().endsWith(prefix) &&
      haystack.value.slice(at + quote.length).trimStart().startsWith(suffix),
  );
  const [first] = matches;
  if (first === undefined) return { problem: 'not-found' };
  if (matches.length > 1) return { problem: 'ambiguous', count: matches.length };
  // The quote is trimmed, so its first and last characters are never a collapsed space.
  const start = haystack.origin[first] ?? 0;
  const end = (haystack.origin[first + quote.length - 1] ?? start) + 1;
  return { start, end };
}

/** Narrows a `findQuote` result to a match. */
export function isQuoteMatch(result: QuoteMatch | QuoteProblem): result is QuoteMatch {
  return !('problem' in result);
}
