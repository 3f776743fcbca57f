/**
 * rehype plugin: one sequence of note numbers per page. Annotation markers and GFM footnote
 * references are numbered together in document order from `context.noteStart` (the page numbers
 * the quote's notes first); the footnote definitions are taken out of the body (its
 * `<section data-footnotes>` removed) and handed to the page, which renders one combined list.
 *
 * Ids, unique on a page whose bodies have distinct `idPrefix`es:
 * - footnote reference `fnref-<prefix><label>` (`-2`, `-3` for later references to it),
 *   linking to `#note-<prefix>fn-<label>`; back-links go the other way;
 * - annotation marker linking to `#note-<annotation id>` (the mark carries `ref-<annotation id>`).
 *
 * Without a Casebook context (Astro's own rendering) this does nothing: GFM's footnotes stay.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { casebookFrontmatter, type Note } from './context.ts';
import { classList, isFootnoteReference } from './hast-text.ts';

/** A footnote as the numbering goes: its definition, number and how often it is referenced. */
interface Footnote {
  label: string;
  item: Element;
  number?: number;
  references: number;
}

/** What one run of the plugin knows. */
interface State {
  prefix: string;
  next: number;
  notes: Note[];
  footnotes: Map<string, Footnote>;
  /** Footnotes in numbering order, whose definitions are still to be rendered. */
  queue: Footnote[];
}

/** The footnote label in a GFM id or href: `#user-content-fn-a` → `a`. */
function labelOf(value: unknown, kind: 'fn' | 'fnref'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const bare = value.replace(/^#/, '').replace(/^(user-content-)+/, '');
  return bare.startsWith(`${kind}-`) ? bare.slice(kind.length + 1) : undefined;
}

/** Removes the footnotes section from the tree and returns its definitions by label. */
function takeFootnotes(tree: Root): Map<string, Footnote> {
  const footnotes = new Map<string, Footnote>();
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'section' || node.properties['dataFootnotes'] === undefined) return undefined;
    visit(node, 'element', (item) => {
      const label = item.tagName === 'li' ? labelOf(item.properties['id'], 'fn') : undefined;
      if (label !== undefined && !footnotes.has(label)) footnotes.set(label, { label, item, references: 0 });
    });
    if (parent && index !== undefined) parent.children.splice(index, 1);
    return [SKIP, index ?? 0];
  });
  return footnotes;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** Numbers a GFM footnote reference (`<sup><a data-footnote-ref>`) in place. */
function footnoteReference(state: State, sup: Element, link: Element): void {
  const label = labelOf(link.properties['href'], 'fn');
  const footnote = label === undefined ? undefined : state.footnotes.get(label);
  // A reference without a definition (forged in raw HTML) is left alone.
  if (!footnote) return;
  if (footnote.number === undefined) {
    footnote.number = state.next++;
    state.queue.push(footnote);
  }
  footnote.references += 1;
  const suffix = footnote.references > 1 ? `-${footnote.references}` : '';
  sup.properties = { className: ['note-ref'] };
  sup.children = [
    {
      type: 'element',
      tagName: 'a',
      properties: {
        href: `#note-${state.prefix}fn-${footnote.label}`,
        id: `fnref-${state.prefix}${footnote.label}${suffix}`,
        dataFootnoteRef: true,
        role: 'doc-noteref',
        ariaLabel: `Note ${footnote.number}`,
      },
      children: [text(String(footnote.number))],
    },
  ];
}

/** Numbers an annotation's marker in place. */
function annotationMarker(state: State, link: Element): void {
  const id = String(link.properties['dataNoteRef']);
  const number = state.next++;
  link.properties['ariaLabel'] = `Note ${number}`;
  link.children = [text(String(number))];
  state.notes.push({ number, kind: 'annotation', id });
}

/** Numbers every marker and footnote reference under `root`, in document order. */
function numberMarkers(state: State, root: Root | Element): void {
  visit(root, 'element', (node) => {
    if (node.tagName !== 'sup') return undefined;
    const link = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a');
    if (!link) return undefined;
    if (isFootnoteReference(link)) footnoteReference(state, node, link);
    else if (classList(node).includes('note-ref') && link.properties['dataNoteRef'] !== undefined) annotationMarker(state, link);
    return SKIP;
  });
}

/** The back-links from a footnote to each of its references. */
function backLinks(state: State, footnote: Footnote): ElementContent[] {
  const links: ElementContent[] = [];
  for (let reference = 1; reference <= footnote.references; reference++) {
    const suffix = reference > 1 ? `-${reference}` : '';
    links.push(text(' '), {
      type: 'element',
      tagName: 'a',
      properties: {
        href: `#fnref-${state.prefix}${footnote.label}${suffix}`,
        className: ['note-back'],
        ariaLabel: `Back to reference ${footnote.number}${reference > 1 ? ` (${reference})` : ''}`,
      },
      children: reference > 1 ? [text('↩'), { type: 'element', tagName: 'sup', properties: {}, children: [text(String(reference))] }] : [text('↩')],
    });
  }
  return links;
}

/** The footnote's content with GFM's back-links replaced by Casebook's. */
function footnoteContent(state: State, footnote: Footnote): ElementContent[] {
  const content: Element = { type: 'element', tagName: 'div', properties: {}, children: footnote.item.children };
  visit(content, 'element', (node, index, parent) => {
    if (node.tagName !== 'a' || node.properties['dataFootnoteBackref'] === undefined || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    const before = parent.children[index - 1];
    if (before?.type === 'text') before.value = before.value.trimEnd();
    return [SKIP, index];
  });
  const children = content.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const last = children[children.length - 1];
  // Back-links end the last paragraph, as GFM's do; after a list or a quote they follow it.
  if (last?.type === 'element' && last.tagName === 'p') last.children.push(...backLinks(state, footnote));
  else children.push(...backLinks(state, footnote));
  return children;
}

/** Numbers notes, moves footnote definitions out of the body, and leaves the notes for the page. */
export function rehypeCasebookNotes() {
  return (tree: Root, file: VFile): void => {
    const frontmatter = casebookFrontmatter(file);
    const context = frontmatter?.casebook;
    if (!frontmatter || !context) return;
    const state: State = {
      prefix: context.idPrefix ?? '',
      next: context.noteStart ?? 1,
      notes: [],
      footnotes: takeFootnotes(tree),
      queue: [],
    };
    numberMarkers(state, tree);
    // A definition may itself reference a footnote not yet numbered: the queue grows as it goes.
    for (let index = 0; index < state.queue.length; index++) {
      const footnote = state.queue[index];
      if (footnote === undefined) continue;
      numberMarkers(state, footnote.item);
      const content = footnoteContent(state, footnote);
      state.notes.push({ number: footnote.number ?? 0, kind: 'footnote', id: `${state.prefix}fn-${footnote.label}`, html: toHtml(content), content });
    }
    state.notes.sort((a, b) => a.number - b.number);
    frontmatter.casebookNotes = state.notes;
  };
}
