/**
 * A rendered body without the hover cards of its actor and term links (`cards.ts`): for copies of
 * a body read outside its page, where a card's text would run into the words around it.
 */
import type { ElementContent, RootContent } from 'hast';
import { classList } from './hast-text.ts';

/** A copy of `nodes` with each card taken out and its link kept, no longer described by it. */
export function withoutCards(nodes: readonly (RootContent | ElementContent)[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type !== 'element') return [node];
    const classes = classList(node);
    if (classes.includes('ref-card')) return [];
    if (classes.includes('has-card')) {
      return withoutCards(node.children).map((child) => {
        if (child.type !== 'element') return child;
        const { ariaDescribedBy: _card, ...properties } = child.properties;
        return { ...child, properties };
      });
    }
    return [{ ...node, children: withoutCards(node.children) as ElementContent[] }];
  });
}
