/**
 * Sidenotes (PRODUCT.md §6): a copy of each note set right after its marker, so that CSS can
 * float it into the margin beside the phrase on wide screens, and open it in place on narrow ones
 * (`src/client/text.ts`). The page's list of notes stays the notes' home: the copy carries no ids,
 * no back-links and no hover cards, and is hidden from print.
 *
 * A marker sits inside a paragraph, where only phrasing content may go; the copy is therefore a
 * `<span class="sidenote">` whose blocks became spans (`<span class="sidenote-p">` for a `<p>`),
 * which CSS displays as blocks.
 *
 * Processor-free: HTML in, HTML out.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import { classList } from './hast-text.ts';

/** What a sidenote shows; every string is plain text except `bodyHtml`. */
export interface SidenoteView {
  /** The note's id, as in `#note-<id>`: an annotation's id, or a footnote's page-unique id. */
  id: string;
  number: number;
  /** The kind of note, as a badge ("Expert view", "Context" for a footnote). */
  badge?: { label: string; tone: string };
  /** Who gave the note (an expert), with a link to their page. */
  by?: { name: string; href: string; role?: string };
  /** Where the note's words come from, with a link to the source's page. */
  source?: { title: string; href: string };
  /** The note's content, as rendered HTML (blocks allowed: they are turned into spans). */
  bodyHtml: string;
  /** The same content as hast, when the renderer kept it: copied instead of parsing `bodyHtml`. */
  content?: readonly (RootContent | ElementContent)[];
  /** Whether the note belongs to the teacher edition only. */
  teacherOnly?: boolean;
}

/** Flow elements that become `<span class="sidenote-<tag>">` in a sidenote. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'section', 'aside', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'hr',
]);

/** Parses an HTML fragment into hast. */
export function parseFragment(html: string): Root {
  // `raw` parses `raw` nodes (HTML strings) in place: the fragment parser Casebook already uses.
  return raw({ type: 'root', children: [{ type: 'raw', value: html } as unknown as RootContent] }) as Root;
}

function element(tagName: string, className: string | string[], children: ElementContent[], properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties: { className: Array.isArray(className) ? className : [className], ...properties }, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** Whether a node is one of the things a copy leaves out: back-links, hover cards. */
function isLeftOut(node: Element): boolean {
  const classes = classList(node);
  return classes.includes('note-back') || classes.includes('ref-card') || node.properties['dataFootnoteBackref'] !== undefined;
}

/**
 * A copy of rendered content that may sit inside a paragraph: blocks become spans, ids and
 * references to ids go (the original keeps them), nested note markers lose their links.
 */
export function phrasingCopy(nodes: readonly (RootContent | ElementContent)[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value });
    if (node.type !== 'element' || isLeftOut(node)) continue;
    const classes = classList(node);
    if (classes.includes('has-card')) {
      out.push(...phrasingCopy(node.children));
      continue;
    }
    if (node.tagName === 'sup' && classes.includes('note-ref')) {
      out.push(element('sup', 'note-ref', [text(toPlain(node))]));
      continue;
    }
    const { id: _id, ariaDescribedBy: _described, ariaLabelledBy: _labelled, ...properties } = node.properties;
    const block = BLOCK_TAGS.has(node.tagName);
    out.push({
      type: 'element',
      tagName: block ? 'span' : node.tagName,
      properties: block ? { className: [`sidenote-${node.tagName}`] } : properties,
      children: phrasingCopy(node.children),
    });
  }
  return out;
}

function toPlain(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(toPlain).join('');
}

/** The sidenote copy of a note, as an element to set right after its marker. */
export function sidenoteElement(view: SidenoteView): Element {
  const head: ElementContent[] = [element('span', 'sidenote-number', [text(String(view.number))])];
  if (view.badge) head.push(text(' '), element('span', ['badge', `badge-${view.badge.tone}`], [text(view.badge.label)]));
  if (view.by) head.push(text(' By '), { type: 'element', tagName: 'a', properties: { href: view.by.href }, children: [text(view.by.name)] });
  const children: ElementContent[] = [element('span', 'sidenote-head', head), ...phrasingCopy(view.content ?? parseFragment(view.bodyHtml).children)];
  // The commentator's role follows the words: a clamped note shows its first lines of text, not a title.
  const foot: ElementContent[] = view.by?.role ? [element('span', 'actor-role', [text(`${view.by.name}: ${view.by.role}.`)])] : [];
  if (view.source) {
    if (foot.length > 0) foot.push(text(' '));
    foot.push(text('Source: '), { type: 'element', tagName: 'a', properties: { href: view.source.href }, children: [text(view.source.title)] });
  }
  if (foot.length > 0) children.push(element('span', 'sidenote-source', foot));
  return element('span', 'sidenote', children, {
    dataSidenote: view.id,
    role: 'note',
    ...(view.teacherOnly && { dataAudience: 'teacher' }),
  });
}

/** The sidenote copy of a note, as HTML. */
export function sidenoteHtml(view: SidenoteView): string {
  return toHtml(sidenoteElement(view));
}

/**
 * Sets each note's sidenote right after the first marker that links to it (`#note-<id>`) in a
 * rendered body. Notes without a view, and later references to the same note, are left alone.
 *
 * Markers are written by Casebook's own plugins (`notes.ts`, `annotations.ts`) and serialised by
 * hast-util-to-html, always as `<sup class="note-ref"><a href="#note-<id>"…>…</a></sup>`; a body
 * is found and cut as text rather than parsed again (parsing it again was 3 % of a build). A
 * sidenote's own copies of markers carry no link, so they are never taken for one.
 */
export function insertSidenotes(html: string, views: readonly SidenoteView[]): string {
  let out = html;
  for (const view of views) {
    const marker = out.indexOf(`<sup class="note-ref"><a href="#note-${view.id}"`);
    if (marker === -1) continue;
    const end = out.indexOf('</sup>', marker) + '</sup>'.length;
    out = `${out.slice(0, end)}${sidenoteHtml(view)}${out.slice(end)}`;
  }
  return out;
}
