/**
 * Test helpers: HTML back into hast, and simple queries on it.
 */
import type { Element, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { toString } from 'hast-util-to-string';

/** Parses an HTML fragment. */
export function parseHtml(html: string): Root {
  return raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
}

/** Every element matching the predicate, in document order. */
export function findAll(tree: Root | Element, match: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && match(node)) found.push(node);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

/** Elements by tag name and, optionally, a property value. */
export function byTag(tree: Root | Element, tagName: string, property?: string, value?: unknown): Element[] {
  return findAll(
    tree,
    (element) =>
      element.tagName === tagName &&
      (property === undefined || (value === undefined ? element.properties[property] !== undefined : element.properties[property] === value)),
  );
}

/** The text of a node. */
export function text(node: Element | Root): string {
  return toString(node);
}

/** The text of a node without that of its note markers (`<sup>`). */
export function textWithoutMarkers(node: Element | Root): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' && child.tagName !== 'sup' ? textWithoutMarkers(child) : ''))
    .join('');
}
