/**
 * Wrapping a range of text in an element, across inline element boundaries. Processor-free.
 *
 * `a <em>b c</em> d` with the range "a b" becomes `<mark>a <em>b</em></mark><em> c</em> d`: the
 * wrapper goes as deep as the range allows, and the elements the range cuts through are split in
 * two (the second half loses its `id`, which must stay unique). Text that is outside the body's
 * text (`hast-text.ts`: note markers, footnote references) has no length, and is kept outside the
 * wrapper when it sits at either edge of the range.
 */
import type { Element, ElementContent } from 'hast';
import { isOutsideText, textOf, type HastParent } from './hast-text.ts';

/** Which side of a boundary zero-length content at the boundary goes to. */
type Edge = 'start' | 'end';

/** Where the wrapper went. */
export interface Wrapped {
  parent: HastParent;
  index: number;
}

function childrenOf(parent: HastParent): ElementContent[] {
  // A root may also hold a doctype, which has no text and is never split.
  return parent.children as ElementContent[];
}

/** Splits a node at a text offset strictly inside it. */
function splitNode(node: ElementContent, at: number, edge: Edge): [ElementContent, ElementContent] {
  if (node.type === 'text') return [{ type: 'text', value: node.value.slice(0, at) }, { type: 'text', value: node.value.slice(at) }];
  if (node.type !== 'element') throw new Error('wrapRange: cannot split a node without text');
  const index = boundary(node, 0, node.children.length, at, edge);
  const { id: _id, ...rest } = node.properties;
  const left: Element = { ...node, properties: { ...node.properties }, children: node.children.slice(0, index) };
  const right: Element = { ...node, properties: rest, children: node.children.slice(index) };
  return [left, right];
}

/**
 * The child index in `parent.children[from..to)` at which text offset `at` (relative to the
 * text of those children) falls, splitting the child it cuts through. At a `start` edge
 * zero-length children at the offset stay before the boundary; at an `end` edge, after it.
 */
function boundary(parent: HastParent, from: number, to: number, at: number, edge: Edge): number {
  const children = childrenOf(parent);
  let offset = 0;
  for (let index = from; index < to; index++) {
    const child = children[index];
    if (child === undefined) break;
    const length = textOf(child).length;
    const inside = edge === 'start' ? at < offset + length : length > 0 && at <= offset + length;
    if (inside) {
      if (edge === 'start' && at === offset) return index;
      if (edge === 'end' && at === offset + length) return index + 1;
      children.splice(index, 1, ...splitNode(child, at - offset, edge));
      return index + 1;
    }
    offset += length;
  }
  return to;
}

/**
 * Wraps text offsets `[start, end)` of `parent.children[from..to)` in `wrapper` (whose children
 * are replaced). Returns where the wrapper was inserted.
 */
export function wrapRange(parent: HastParent, from: number, to: number, start: number, end: number, wrapper: Element): Wrapped {
  const children = childrenOf(parent);
  // Go down while the range lies within one child.
  let offset = 0;
  for (let index = from; index < to; index++) {
    const child = children[index];
    if (child === undefined) break;
    const length = textOf(child).length;
    if (length > 0 && offset <= start && end <= offset + length) {
      if (child.type === 'element' && !isOutsideText(child)) {
        return wrapRange(child, 0, child.children.length, start - offset, end - offset, wrapper);
      }
      if (child.type === 'text') {
        const before = child.value.slice(0, start - offset);
        const after = child.value.slice(end - offset);
        wrapper.children = [{ type: 'text', value: child.value.slice(start - offset, end - offset) }];
        const pieces: ElementContent[] = [];
        if (before) pieces.push({ type: 'text', value: before });
        pieces.push(wrapper);
        if (after) pieces.push({ type: 'text', value: after });
        children.splice(index, 1, ...pieces);
        return { parent, index: index + (before ? 1 : 0) };
      }
    }
    offset += length;
  }
  // The range spans several children: cut at its end, then at its start, and wrap what is between.
  let last = boundary(parent, from, to, end, 'end');
  const count = children.length;
  const first = boundary(parent, from, last, start, 'start');
  // Splitting at the start inserted a node before `last`.
  if (children.length > count) last += 1;
  wrapper.children = children.splice(first, last - first, wrapper);
  return { parent, index: first };
}
