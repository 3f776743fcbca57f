/**
 * rehype plugin: a note marker never sits inside a link. A marker is a link itself (to its note),
 * and a link inside a link is invalid HTML that browsers take apart: the marker's number ends up
 * outside its `<sup>`, and the sidenote after it is lost. A phrase that ends inside a link (an
 * annotation on an actor's or a term's name, a footnote in a link's text) has its marker right
 * after the link instead.
 *
 * Runs after annotations are marked and before cards are added (a card follows its link, and
 * the marker then follows the card).
 */
import type { Element, Root } from 'hast';
import { isNoteMarker, type HastParent } from './hast-text.ts';

/** Takes the note markers out of an element's content, in document order. */
function takeMarkers(element: Element): Element[] {
  const taken: Element[] = [];
  element.children = element.children.filter((child) => {
    if (child.type !== 'element') return true;
    if (isNoteMarker(child)) {
      taken.push(child);
      return false;
    }
    taken.push(...takeMarkers(child));
    return true;
  });
  return taken;
}

/** Moves the markers inside each link of `parent` to right after the link. */
function moveMarkersOutOfLinks(parent: HastParent): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    if (child?.type !== 'element') continue;
    if (child.tagName !== 'a') {
      moveMarkersOutOfLinks(child);
      continue;
    }
    const markers = takeMarkers(child);
    parent.children.splice(index + 1, 0, ...markers);
    index += markers.length;
  }
}

/** Sets every note marker found inside a link right after that link. */
export function rehypeCasebookMarkersOutsideLinks() {
  return (tree: Root): void => moveMarkersOutOfLinks(tree);
}
