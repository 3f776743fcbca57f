/**
 * Anchors an annotation on the exact words of its target (a W3C TextQuoteSelector): in a
 * statement's quote or paraphrase first, then in the target's Markdown body.
 */
import { error, type Diagnostic } from '../diagnostic.ts';
import type { Anchor, RawEntry } from '../types.ts';
import { findQuote, plainText } from '../../markdown/text-quote.ts';
import type { AnnotationData } from '../../schemas/index.ts';

/** The texts an annotation may anchor in. */
export interface AnchorTexts {
  /** A statement's quote or paraphrase. */
  quote?: string;
  /** The target's Markdown body. */
  body: string;
  /** How to name the target in messages, e.g. "statement `sookoo-email`". */
  name: string;
  /** The file of the body: an `.mdx` body is compiled by MDX, and annotations cannot anchor in it. */
  file: string;
}

/** How an annotation is anchored. */
export interface AnchorOptions {
  /**
   * Whether `casebook check` passed this content a moment ago: a phrase then occurs just once in
   * the quote and the body together, and once found in the quote, the body is not searched.
   */
  checked?: boolean;
}

/**
 * Finds the annotated phrase, which must occur once in the quote and the body taken together;
 * an absent or ambiguous phrase is a diagnostic on the annotation.
 */
export function anchorAnnotation(entry: RawEntry, data: AnnotationData, texts: AnchorTexts, { checked = false }: AnchorOptions = {}): Anchor | Diagnostic {
  const selector = { quote: data.quote, prefix: data.prefix, suffix: data.suffix };
  if (checked && texts.quote !== undefined) {
    const match = findQuote(texts.quote, selector);
    if ('start' in match) return { field: 'quote', start: match.start, end: match.end };
  }
  const fields: [Anchor['field'], string][] = [];
  if (texts.quote !== undefined) fields.push(['quote', texts.quote]);
  const mdx = texts.file.endsWith('.mdx');
  if (!mdx) fields.push(['body', plainText(texts.body)]);
  // The phrase must pick out one place in the quote and the body together.
  const found = fields.map(([field, text]) => ({ field, match: findQuote(text, selector) }));
  const count = found.reduce(
    (sum, { match }) => sum + ('start' in match ? 1 : match.problem === 'ambiguous' ? match.count : 0),
    0,
  );
  if (count > 1) {
    return error(
      'ambiguous-annotation',
      entry.file,
      `the phrase \`${data.quote}\` occurs ${count} times in ${texts.name}${data.prefix || data.suffix ? ', even with its prefix and suffix' : ''}`,
      {
        position: entry.locate(['quote']),
        hint: 'add `prefix:` (the words just before) or `suffix:` (the words just after) to pick one occurrence',
      },
    );
  }
  for (const { field, match } of found) {
    if ('start' in match) return { field, start: match.start, end: match.end };
  }
  const where = mdx ? 'its words; its body is MDX' : texts.quote !== undefined ? 'its words or its body' : 'its body';
  return error('annotation-not-found', entry.file, `the phrase \`${data.quote}\` is not in ${texts.name} (${where})`, {
    position: entry.locate(['quote']),
    hint: mdx
      ? `annotations cannot anchor in an .mdx body: rename ${texts.file} to .md, or annotate the statement's words`
      : 'copy the exact words from the target; quotes and apostrophes may be straight or curly',
  });
}
