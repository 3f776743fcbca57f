/**
 * remark-directive reads every `:word` as a text directive, so the time in "at 10:17" or the
 * "4pm:ok" of a quoted tweet would become directives. Casebook's text directives always carry a
 * `[label]`: a bare `:name` that is not one of them, with no label and no attributes, is put back
 * as the literal text the author wrote.
 */
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { isReferenceKind } from './references.ts';

/** Turns bare, unknown text directives back into text. Runs right after remark-directive. */
export function remarkLiteralColons() {
  return (tree: Root) => {
    visit(tree, 'textDirective', (node, index, parent) => {
      const bare = node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
      if (!bare || isReferenceKind(node.name) || !parent || index === undefined) return;
      const text: Text = { type: 'text', value: `:${node.name}`, position: node.position };
      parent.children.splice(index, 1, text);
      return [SKIP, index + 1];
    });
  };
}
