/**
 * The readable text of a rendered body, as annotations see it: what a reader can select, block by
 * block. Processor-free (hast in, text out); `plainText` and the annotations plugin both use it,
 * so that what `npm run check` matches is what the page marks.
 *
 * The text is made of runs: maximal sequences of inline content inside one block (a paragraph, a
 * heading, a list item's own text, a table cell). Runs are trimmed and joined with a blank line.
 * Left out: footnote references and definitions, note markers, and the labels Casebook gives
 * questions and teacher notes.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** A hast node that has children. */
export type HastParent = Root | Element;

/** Elements that start a new block of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Classes of elements whose text is Casebook's, not the author's (`links.ts` adds the external marks). */
const GENERATED_CLASSES = new Set(['note-ref', 'question-label', 'teacher-note-label', 'external-mark', 'external-note', 'ref-card', 'sidenote']);

/** The element's classes, as a list. */
export function classList(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

/** Whether an element's text is left out of the body's text (notes, footnotes, generated labels). */
export function isOutsideText(element: Element): boolean {
  if (element.tagName === 'script' || element.tagName === 'style' || element.tagName === 'template') return true;
  if (element.tagName === 'section' && element.properties['dataFootnotes'] !== undefined) return true;
  if (isNoteMarker(element)) return true;
  return classList(element).some((name) => GENERATED_CLASSES.has(name));
}

/** Whether an element is a note marker: an annotation's `<sup class="note-ref">` or a footnote reference's `<sup>`. */
export function isNoteMarker(element: Element): boolean {
  return (
    element.tagName === 'sup' &&
    (classList(element).includes('note-ref') || element.children.some((child) => child.type === 'element' && isFootnoteReference(child)))
  );
}

/** Whether an element is a GFM footnote reference link (`<a data-footnote-ref>`). */
export function isFootnoteReference(element: Element): boolean {
  return element.tagName === 'a' && element.properties['dataFootnoteRef'] !== undefined;
}

/** The text a node contributes to the body's text. */
export function textOf(node: RootContent | ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return node.children.map(textOf).join('');
  if (node.type !== 'element' || isOutsideText(node)) return '';
  return node.children.map(textOf).join('');
}

function isBlock(node: RootContent | ElementContent): node is Element {
  return node.type === 'element' && !isOutsideText(node) && (BLOCKS.has(node.tagName) || node.children.some(isBlock));
}

/** A maximal sequence of inline children of one parent: `parent.children[from..to)`. */
export interface TextRun {
  parent: HastParent;
  from: number;
  to: number;
  /** The run's text, untrimmed. */
  text: string;
  /** How many leading whitespace characters of `text` the body text leaves out. */
  lead: number;
  /** Where the run's trimmed text starts in the body text. */
  offset: number;
  /** Length of the run's trimmed text. */
  length: number;
}

/** A body's text and the runs it is made of (whitespace-only runs left out). */
export interface BodyText {
  text: string;
  runs: TextRun[];
}

/** The readable text of a hast tree, and where each part of it lives in the tree. */
export function bodyText(tree: Root): BodyText {
  const runs: TextRun[] = [];
  let text = '';
  const close = (parent: HastParent, from: number, to: number) => {
    if (from >= to) return;
    const raw = (parent.children.slice(from, to) as RootContent[]).map(textOf).join('');
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (text !== '') text += '\n\n';
    runs.push({ parent, from, to, text: raw, lead: raw.length - raw.trimStart().length, offset: text.length, length: trimmed.length });
    text += trimmed;
  };
  const collect = (parent: HastParent) => {
    let from = 0;
    parent.children.forEach((child, index) => {
      if (child.type === 'doctype' || !isBlock(child)) return;
      close(parent, from, index);
      collect(child);
      from = index + 1;
    });
    close(parent, from, parent.children.length);
  };
  collect(tree);
  return { text, runs };
}

/** The readable text of a hast tree (see `bodyText`). */
export function hastText(tree: Root): string {
  return bodyText(tree).text;
}

/** Where a range of the body text falls in one run: offsets into the run's untrimmed text. */
export interface RunRange {
  run: TextRun;
  start: number;
  end: number;
}

/** Splits `[start, end)` of the body text into the parts that fall in each run, in order. */
export function rangeInRuns(runs: readonly TextRun[], start: number, end: number): RunRange[] {
  const parts: RunRange[] = [];
  for (const run of runs) {
    const from = Math.max(start, run.offset);
    const to = Math.min(end, run.offset + run.length);
    if (from < to) parts.push({ run, start: from - run.offset + run.lead, end: to - run.offset + run.lead });
  }
  return parts;
}
