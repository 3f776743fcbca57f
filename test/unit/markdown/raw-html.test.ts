/**
 * Raw HTML in a body is parsed before sanitising; a body without any is left as it is, since
 * re-parsing a tree through parse5 for nothing was a tenth of a build.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parseRawHtml } from '../../../src/markdown/pipeline.ts';

const paragraph = (...children: Root['children']): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children: children as never }],
});

describe('parseRawHtml', () => {
  it('parses raw HTML into elements', () => {
    const tree = paragraph({ type: 'text', value: 'Sites went ' }, { type: 'raw', value: '<b>down</b>' });
    const parsed = parseRawHtml(tree);
    expect(toHtml(parsed)).toBe('<p>Sites went <b>down</b></p>');
    expect(JSON.stringify(parsed)).not.toContain('"raw"');
  });

  it('finds raw HTML however deep it is', () => {
    const deep = paragraph({ type: 'element', tagName: 'em', properties: {}, children: [{ type: 'raw', value: '<i>x</i>' } as never] });
    expect(toHtml(parseRawHtml(deep))).toBe('<p><em><i>x</i></em></p>');
  });

  it('returns a tree without raw HTML untouched', () => {
    const tree = paragraph({ type: 'text', value: 'Sites went down.' });
    expect(parseRawHtml(tree)).toBe(tree);
  });
});
