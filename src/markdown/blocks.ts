/**
 * The teaching blocks of a body (PRODUCT.md §5): its `:::question` and `:::teacher` blocks, as
 * Markdown to render elsewhere (the case page collects every question; the lesson guide sets
 * each question beside the teacher notes that follow it), and the glossary terms it uses.
 * Processor-free: Markdown in, data out.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Edition } from './context.ts';
import { parseBody } from './parse.ts';

/** One `:::question` or `:::teacher` block of a body. */
export interface TeachingBlock {
  kind: 'question' | 'teacher';
  /** The block's content, as Markdown (its `[label]` left out). */
  markdown: string;
  /** The block's `[label]`, as plain text, if it has one. */
  label?: string;
  /**
   * The block's number among the blocks the edition shows, in reading order: the renderer
   * gives its heading the id `question-<n>` or `teacher-note-<n>` (after the body's id prefix).
   */
  number: number;
  /** For a teacher block: whether it directly follows a question (it is that question's notes). */
  afterQuestion: boolean;
}

type Container = Extract<RootContent, { type: 'containerDirective' }>;

function isTeachingBlock(node: { type: string; name?: string | null }): node is Container {
  return node.type === 'containerDirective' && (node.name === 'question' || node.name === 'teacher');
}

/** The Markdown of a block's children (after its label), sliced from the source. */
function contentOf(markdown: string, node: Container): { markdown: string; label?: string } {
  const [first, ...rest] = node.children;
  const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true;
  const children = labelled ? rest : node.children;
  const start = children[0]?.position?.start.offset;
  const end = children[children.length - 1]?.position?.end.offset;
  const content = start === undefined || end === undefined ? '' : markdown.slice(start, end);
  const label = labelled && first ? toString(first).trim() : '';
  return label ? { markdown: content, label } : { markdown: content };
}

/**
 * The question and teacher blocks of a body, in reading order, as the edition shows them: the
 * student edition has no teacher blocks (nor anything inside one).
 */
export function teachingBlocks(markdown: string, edition: Edition): TeachingBlock[] {
  const tree = parseBody(markdown);
  const blocks: TeachingBlock[] = [];
  let previous: RootContent | undefined;
  visit(tree, (node, index, parent) => {
    if (!isTeachingBlock(node)) return undefined;
    if (node.name === 'teacher' && edition === 'student') return SKIP;
    const siblingBefore = parent && index !== undefined && index > 0 ? parent.children[index - 1] : undefined;
    const afterQuestion = node.name === 'teacher' && siblingBefore !== undefined && siblingBefore === previous && previous.type === 'containerDirective' && (previous.name === 'question' || previous.name === 'teacher');
    blocks.push({ kind: node.name as 'question' | 'teacher', ...contentOf(markdown, node), number: blocks.length + 1, afterQuestion });
    previous = node;
    return undefined;
  });
  // A teacher block after another teacher block after a question still belongs to that question.
  blocks.forEach((block, index) => {
    const before = blocks[index - 1];
    if (block.kind === 'teacher' && block.afterQuestion && before?.kind === 'teacher' && !before.afterQuestion) block.afterQuestion = false;
  });
  return blocks;
}

/** The ids of the glossary terms a body links to (`:term[…]{#id}`), in order of first use. */
export function termIds(markdown: string): string[] {
  const ids = new Set<string>();
  visit(parseBody(markdown) as Root, 'textDirective', (node) => {
    const id = node.attributes?.id;
    if (node.name === 'term' && id) ids.add(id);
  });
  return [...ids];
}
