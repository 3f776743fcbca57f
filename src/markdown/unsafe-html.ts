/**
 * What the sanitiser would silently drop from a body, found before it does so, for the linter:
 * raw HTML elements that are not allowed, attributes such as `onclick` or `style`, and URLs
 * with a protocol that is not allowed (`javascript:`), in HTML or in Markdown links alike.
 *
 * Each element of the unsanitised hast is sanitised on its own and compared with what went in,
 * so that this agrees with the real sanitiser rule for rule. HTML comments are left alone: they
 * are dropped as intended.
 */
import type { Element, Properties, Root, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { sanitize } from 'hast-util-sanitize';
import type { Position } from '../model/diagnostic.ts';
import { unsanitisedHast } from './pipeline.ts';
import { casebookSchema } from './sanitize-schema.ts';

/** One thing the sanitiser would drop, at a position in the body (1-based). */
export interface UnsafeHtml {
  message: string;
  hint: string;
  position: Position;
}

const EMBEDS = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'video', 'audio', 'canvas', 'svg', 'math', 'link', 'meta', 'base']);
const URL_PROPERTIES = new Set(['href', 'src', 'cite', 'longDesc', 'action', 'formAction', 'poster', 'srcSet']);

/** The HTML name of a hast property: `className` → `class`, `onClick` → `onclick`. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

/** The element as the sanitiser leaves it on its own (children aside), or undefined if dropped. */
function sanitisedAlone(element: Element): Element | undefined {
  const alone: Element = { type: 'element', tagName: element.tagName, properties: { ...element.properties }, children: [] };
  // Table parts are only allowed inside a table.
  const needsTable = casebookSchema.ancestors?.[element.tagName] !== undefined;
  const probe: Root = {
    type: 'root',
    children: [needsTable ? { type: 'element', tagName: 'table', properties: {}, children: [alone] } : alone],
  };
  const result = sanitize(probe, casebookSchema) as Root;
  const [first] = result.children;
  const kept = needsTable && first?.type === 'element' ? first.children[0] : first;
  return kept?.type === 'element' && kept.tagName === element.tagName ? kept : undefined;
}

function droppedElement(element: Element): Omit<UnsafeHtml, 'position'> {
  const tag = `<${element.tagName}>`;
  if (casebookSchema.strip?.includes(element.tagName)) {
    return {
      message: `raw HTML \`${tag}\` is removed by the sanitiser, with its content`,
      hint: 'Casebook pages run no scripts or styles from content: remove the element.',
    };
  }
  if (EMBEDS.has(element.tagName)) {
    return {
      message: `raw HTML \`${tag}\` is removed by the sanitiser`,
      hint: 'Pages embed nothing and make no request to other hosts: link to the content instead.',
    };
  }
  return {
    message: `raw HTML \`${tag}\` is removed by the sanitiser (its text is kept)`,
    hint: 'Use Markdown, or an allowed element such as <em>, <strong>, <sup>, <sub>, <details> or <span>.',
  };
}

function droppedProperty(element: Element, property: string, value: unknown): Omit<UnsafeHtml, 'position'> {
  const name = attributeName(property);
  const tag = `<${element.tagName}>`;
  if (/^on/i.test(property)) {
    return {
      message: `event-handler attribute \`${name}\` on \`${tag}\` is removed by the sanitiser`,
      hint: 'Content cannot run scripts: remove the attribute.',
    };
  }
  if (URL_PROPERTIES.has(property) && typeof value === 'string' && /^\s*javascript:/i.test(value)) {
    return {
      message: `\`javascript:\` URL in \`${name}\` of \`${tag}\` is removed by the sanitiser`,
      hint: 'Content cannot run scripts: link to an http(s) address or to a page of the site.',
    };
  }
  if (URL_PROPERTIES.has(property) && typeof value === 'string') {
    return {
      message: `URL \`${value}\` in \`${name}\` of \`${tag}\` is removed by the sanitiser (its protocol is not allowed)`,
      hint: 'Use an http(s) or mailto: address, or a path within the site.',
    };
  }
  return {
    message: `attribute \`${name}\` on \`${tag}\` is removed by the sanitiser`,
    hint: 'Casebook keeps a safe set of attributes only: remove it (formatting comes from the site’s styles).',
  };
}

/** The differences between an element's properties and what the sanitiser kept of them. */
function droppedProperties(element: Element, kept: Properties): Array<Omit<UnsafeHtml, 'position'>> {
  const problems: Array<Omit<UnsafeHtml, 'position'>> = [];
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null) continue;
    const safe = kept[property];
    if (safe === undefined || safe === null) {
      problems.push(droppedProperty(element, property, value));
    } else if (Array.isArray(value) && Array.isArray(safe) && safe.length < value.length) {
      const lost = value.filter((item) => !safe.includes(item) && !safe.includes(`${casebookSchema.clobberPrefix ?? ''}${item}`));
      for (const item of lost) {
        problems.push({
          message: `${property === 'className' ? 'class' : `\`${attributeName(property)}\` value`} \`${item}\` on \`<${element.tagName}>\` is removed by the sanitiser`,
          hint: 'Casebook keeps its own classes only: remove it.',
        });
      }
    }
  }
  return problems;
}

/**
 * Everything in a body that the sanitiser would drop, in document order, with positions in the
 * body (1-based lines and columns; add the body's first line − 1 for the file). `parsed`, the
 * body's mdast from `parseBody` if the caller has it, saves parsing again and is changed.
 */
export function findUnsafeHtml(markdown: string, parsed?: MdastRoot): UnsafeHtml[] {
  const found: UnsafeHtml[] = [];
  const walk = (node: Root | RootContent, at: Position) => {
    // Nodes that parse5 made up (an implied element) may have no start.
    const start = node.position?.start as Position | undefined;
    const here = start ? { line: start.line, column: start.column } : at;
    if (node.type === 'element') {
      const kept = sanitisedAlone(node);
      const problems = kept ? droppedProperties(node, kept.properties) : [droppedElement(node)];
      for (const problem of problems) found.push({ ...problem, position: here });
      // A stripped element goes with its content: nothing inside it matters.
      if (!kept && casebookSchema.strip?.includes(node.tagName)) return;
    }
    if ('children' in node) for (const child of node.children) walk(child, here);
  };
  // The teacher edition: every block is checked, teacher notes included.
  walk(unsanitisedHast(markdown, { edition: 'teacher' }, parsed), { line: 1, column: 1 });
  return found;
}
