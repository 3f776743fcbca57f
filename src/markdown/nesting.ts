/**
 * How deeply a Markdown body nests, measured without parsing it. The Markdown parser slows down
 * much faster than its input grows on deeply nested lists, quotes and blocks (a list 500 levels
 * deep takes it seconds, 1,000 levels minutes), so a body past these limits is refused before
 * it is parsed: it is almost certainly a mistake, and it must not hang `casebook check`.
 */

/** The deepest nesting a body may have. */
export const NESTING_LIMITS = {
  /** Columns of indentation (a tab counts 4): a list 100 levels deep. */
  indentation: 200,
  /** `>` quote markers at the start of one line. */
  quotes: 50,
  /** `:::` blocks open at once. */
  blocks: 20,
} as const;

/** Where and how a body nests too deeply. */
export interface TooDeep {
  /** 1-based line within the body. */
  line: number;
  what: 'indentation' | 'quotes' | 'blocks';
  depth: number;
}

/** The first place where `markdown` nests past `NESTING_LIMITS`, if any. */
export function tooDeep(markdown: string): TooDeep | undefined {
  let blocks = 0;
  const lines = markdown.split('\n');
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    const indent = /^[ \t]*/.exec(text)![0];
    const indentation = [...indent].reduce((columns, char) => columns + (char === '\t' ? 4 : 1), 0);
    if (indentation > NESTING_LIMITS.indentation) return { line, what: 'indentation', depth: indentation };
    const quotes = /^(?:[ \t]*>)+/.exec(text)?.[0].split('>').length ?? 1;
    if (quotes - 1 > NESTING_LIMITS.quotes) return { line, what: 'quotes', depth: quotes - 1 };
    const fence = /^[ \t]*:{3,}[ \t]*(\S*)/.exec(text);
    if (fence) blocks = fence[1] ? blocks + 1 : Math.max(0, blocks - 1);
    if (blocks > NESTING_LIMITS.blocks) return { line, what: 'blocks', depth: blocks };
  }
  return undefined;
}
