/**
 * Parsing a body the way Astro's Markdown processor does (remark-parse + GFM), plus directives.
 * Processor-free callers (linter, plain text) share this one frozen parser.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import { remarkLiteralColons } from './literal-colons.ts';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkLiteralColons).freeze();

/** The mdast of a Markdown body (bare colons put back as text), with positions (1-based lines and columns, 0-based offsets). */
export function parseBody(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

/** Converts 0-based offsets of a text into 1-based line and column, as editors count. */
export function lineColumn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}
