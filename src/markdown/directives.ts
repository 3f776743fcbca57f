/**
 * remark plugin: Casebook's directives (PRODUCT.md §5) become links and asides.
 *
 * - `:actor[Alan Woodward]{#alan-woodward}` (and `:term`, `:statement`, `:event`, `:claim`) →
 *   `<a href="…" class="ref ref-actor" data-ref="actor" data-id="alan-woodward">Alan Woodward</a>`;
 *   an empty label shows the target's name. `:cite[source-id]` shows the source's title.
 * - `:::question` → `<aside class="question" data-question role="note">` with a "Discussion question" heading.
 * - `:::teacher` → `<aside class="teacher-note" data-audience="teacher" role="note">` in the teacher edition,
 *   and nothing at all (text included) in the student edition.
 *
 * A reference that cannot be resolved (no site in the context, unknown id) renders as a `<span>`
 * with the same classes. Unknown directives keep their source text; the linter reports them.
 */
import type { Paragraph, Parents, PhrasingContent, PhrasingContentMap, Root, RootContentMap } from 'mdast';
import { toString } from 'mdast-util-to-string';
// These two bring in the typings of directive nodes and of `data.hName` / `data.hProperties`.
import type {} from 'remark-directive';
import type {} from 'remark-rehype';
import { SKIP, visit, type VisitorResult } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pageUrl } from '../site/urls.ts';
import { editionOf, pluginContext, type PluginContext } from './context.ts';
import { isCaseScoped, isContainerKind, isReferenceKind, pageKindOf, resolveReference, type ReferenceKind } from './references.ts';

type TextDirective = PhrasingContentMap['textDirective'];
type LeafDirective = RootContentMap['leafDirective'];
type ContainerDirective = RootContentMap['containerDirective'];
type Directive = ContainerDirective | LeafDirective | TextDirective;

/** What one run of the plugin knows: the context, the source, and how many blocks it has labelled. */
interface State {
  context: PluginContext;
  source: string;
  blocks: number;
}

/**
 * Turns Casebook's directives into the hast they render as (through `data.hName` /
 * `data.hProperties`, so that the sanitiser and later plugins see ordinary elements).
 * Needs `remark-directive` before it.
 */
export function remarkCasebookDirectives() {
  return (tree: Root, file: VFile): void => {
    const state: State = { context: pluginContext(file), source: String(file.value ?? ''), blocks: 0 };
    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if (node.type === 'textDirective') return textDirective(state, node, index, parent);
      if (node.type === 'leafDirective') return leafDirective(state, node, index, parent);
      if (node.type === 'containerDirective') return containerDirective(state, node, index, parent);
      return undefined;
    });
  };
}

function textDirective(state: State, node: TextDirective, index: number, parent: Parents): VisitorResult {
  if (!isReferenceKind(node.name)) return replaceWithSource(state, node, index, parent);
  reference(state, node, node.name);
  return undefined;
}

function leafDirective(state: State, node: LeafDirective, index: number, parent: Parents): VisitorResult {
  const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: sourceOf(state, node) }] };
  // `Parents` is a union, each with its own children type: a leaf directive sits where a paragraph can.
  parent.children.splice(index, 1, paragraph as never);
  return [SKIP, index + 1];
}

function containerDirective(state: State, node: ContainerDirective, index: number, parent: Parents): VisitorResult {
  if (!isContainerKind(node.name)) {
    // Unknown block: keep its content, drop the fences.
    node.data = { ...node.data, hName: 'div' };
    return undefined;
  }
  if (node.name === 'teacher' && editionOf(state.context) === 'student') {
    parent.children.splice(index, 1);
    return [SKIP, index];
  }
  const question = node.name === 'question';
  const id = `${state.context.idPrefix ?? ''}${question ? 'question' : 'teacher-note'}-${++state.blocks}`;
  const label = takeLabel(node) ?? [{ type: 'text', value: question ? 'Discussion question' : 'Teacher note' }];
  // An h2: bodies sit right under a page's h1 on some pages and inside h2 sections on others,
  // and an h2 skips no heading level in either (an h3 after the h1 would).
  const heading: Paragraph = {
    type: 'paragraph',
    data: { hName: 'h2', hProperties: { className: [question ? 'question-label' : 'teacher-note-label'], id } },
    children: label,
  };
  node.children.unshift(heading);
  // role="note": a labelled <aside> would be a landmark, and a page with two questions would
  // have two landmarks of the same name; a note is what the block is.
  node.data = {
    ...node.data,
    hName: 'aside',
    hProperties: question
      ? { className: ['question'], dataQuestion: true, role: 'note', ariaLabelledBy: [id] }
      : { className: ['teacher-note'], dataAudience: 'teacher', role: 'note', ariaLabelledBy: [id] },
  };
  return undefined;
}

/** Removes and returns the `[label]` of a container directive, if it has one. */
function takeLabel(node: ContainerDirective): PhrasingContent[] | undefined {
  const [first] = node.children;
  if (first?.type !== 'paragraph' || !first.data?.directiveLabel) return undefined;
  node.children.shift();
  return first.children.length > 0 ? first.children : undefined;
}

/** Makes `:kind[label]{#id}` a link (or a span when it cannot be resolved). */
function reference(state: State, node: TextDirective, kind: ReferenceKind): void {
  const { context } = state;
  const label = toString(node).trim();
  const explicitId = node.attributes?.id ?? '';
  // `:cite[source-id]` names its source in the label; every other reference needs `{#id}`.
  const id = explicitId || (kind === 'cite' ? label : '');
  const scoped = isCaseScoped(kind);
  const resolved =
    context.site && id && (!scoped || context.caseId) ? resolveReference(context.site, kind, id, context.caseId) : undefined;
  if (label === '' || (kind === 'cite' && !explicitId)) {
    node.children = [{ type: 'text', value: resolved?.name ?? (id || label) }];
  }
  const className = ['ref', `ref-${kind}`];
  if (context.site && !resolved) className.push('ref-unresolved');
  node.data = {
    ...node.data,
    hName: resolved ? 'a' : 'span',
    hProperties: {
      ...(resolved && { href: pageUrl(context.base ?? '/', pageKindOf(kind), id, scoped ? context.caseId : undefined) }),
      className,
      dataRef: kind,
      ...(id && { dataId: id }),
    },
  };
}

/** The directive exactly as written, e.g. `:this` in "Note:this", or `:foo[x]{#y}`. */
function sourceOf(state: State, node: Directive): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined && end <= state.source.length) return state.source.slice(start, end);
  return `${node.type === 'leafDirective' ? '::' : ':'}${node.name}${node.children.length > 0 ? `[${toString(node)}]` : ''}`;
}

/** Puts an unknown text directive's source text back where it was. */
function replaceWithSource(state: State, node: TextDirective, index: number, parent: Parents): VisitorResult {
  // A text directive sits in phrasing content, where text can go (see `leafDirective` for the cast).
  parent.children.splice(index, 1, { type: 'text', value: sourceOf(state, node) } as never);
  return [SKIP, index + 1];
}
