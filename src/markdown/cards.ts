/**
 * rehype plugin: a small card for each `:actor` and `:term` link (PRODUCT.md §5) — the actor's
 * name and role, the term and its one-sentence definition — shown by CSS when the link is
 * hovered or focused, and dismissed with Esc (`src/client/text.ts`; WCAG 1.4.13).
 *
 * `<a class="ref ref-actor" …>Alan Woodward</a>` becomes
 * `<span class="has-card"><a … aria-describedby="card-3">Alan Woodward</a><span class="ref-card" id="card-3" role="tooltip">…</span></span>`.
 * The link still works as a plain link; the card is text the model already knows, never the author's
 * HTML. Ids take the body's `idPrefix`, so that several bodies can share a page.
 *
 * Without a site in the context (Astro's own rendering) this does nothing.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Site } from '../model/types.ts';
import { ACTOR_KIND_LABELS } from '../site/format.ts';
import { pluginContext } from './context.ts';
import { classList } from './hast-text.ts';

/** What a card says: a title and one line. */
export interface CardText {
  title: string;
  line?: string;
}

/** The card of an actor or a term, from the site; undefined for anything else. */
export function cardText(site: Site, kind: unknown, id: unknown): CardText | undefined {
  if (typeof id !== 'string') return undefined;
  if (kind === 'actor') {
    const actor = site.actors.get(id);
    if (!actor) return undefined;
    const kindLabel = actor.kind === 'anonymous' ? 'Unnamed source' : ACTOR_KIND_LABELS[actor.kind];
    return { title: actor.name, line: actor.role ? (actor.kind === 'anonymous' ? `${kindLabel}: ${actor.role}` : actor.role) : kindLabel };
  }
  if (kind === 'term') {
    const term = site.terms.get(id);
    return term && { title: term.term, line: term.short };
  }
  return undefined;
}

function span(className: string, children: ElementContent[], properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className], ...properties }, children };
}

/** The card element for a link. */
function card(id: string, text: CardText): Element {
  const children: ElementContent[] = [span('ref-card-title', [{ type: 'text', value: text.title }])];
  if (text.line) children.push(span('ref-card-line', [{ type: 'text', value: text.line }]));
  return span('ref-card', children, { id, role: 'tooltip' });
}

/** Adds a card after every resolved `:actor` and `:term` link. */
export function rehypeCasebookCards() {
  return (tree: Root, file: VFile): void => {
    const context = pluginContext(file);
    const site = context.site;
    if (!site) return;
    let count = 0;
    // A link that an annotated phrase cut in two is one reference: only its first piece gets a card.
    let last: { key: string; textSince: boolean } | undefined;
    visit(tree, (node, index, parent) => {
      if (node.type === 'text' && last && node.value.trim() !== '') last.textSince = true;
      if (node.type !== 'element' || node.tagName !== 'a' || !parent || index === undefined || !classList(node).includes('ref')) return undefined;
      const text = cardText(site, node.properties['dataRef'], node.properties['dataId']);
      if (!text) return SKIP;
      const key = `${String(node.properties['dataRef'])}:${String(node.properties['dataId'])}`;
      const continued = last?.key === key && !last.textSince;
      last = { key, textSince: false };
      if (continued) return SKIP;
      const id = `card-${context.idPrefix ?? ''}${++count}`;
      node.properties['ariaDescribedBy'] = [id];
      parent.children.splice(index, 1, span('has-card', [node, card(id, text)]));
      return [SKIP, index + 1];
    });
  };
}
