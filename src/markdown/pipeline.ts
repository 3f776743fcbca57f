/**
 * The front half of the pipeline page bodies are rendered with (`render.ts`: remark-parse, GFM,
 * Casebook's directives, remark-rehype with raw HTML, then raw HTML parsed), for the renderer
 * and for the processor-free helpers (`plainText`, `findUnsafeHtml`) that must see what the page
 * will see.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { CasebookFrontmatter, PluginContext } from './context.ts';
import { remarkCasebookDirectives } from './directives.ts';
import { parseBody } from './parse.ts';
import { casebookSchema } from './sanitize-schema.ts';

/**
 * What follows parsing (`parseBody`: remark-parse, GFM, directive syntax, bare colons put back):
 * directives resolved, then mdast to hast with the author's raw HTML kept as `raw` nodes.
 */
export const toHast = unified().use(remarkCasebookDirectives).use(remarkRehype, { allowDangerousHtml: true }).freeze();

/**
 * The hast of a body with its raw HTML parsed but not yet sanitised. A caller that has already
 * parsed the body passes its mdast, which this then changes (the directives are transformed):
 * parsing is most of the cost of `npm run check`, and each body need be parsed only once.
 */
export function unsanitisedHast(markdown: string, context: PluginContext, parsed: MdastRoot = parseBody(markdown)): Root {
  const frontmatter: CasebookFrontmatter = { casebook: context };
  const file = new VFile({ value: markdown, data: { astro: { frontmatter } } });
  return parseRawHtml(toHast.runSync(parsed, file), file);
}

/**
 * Parses the raw HTML of a body's hast in place (hast-util-raw). Most bodies have none, and
 * re-parsing a whole tree through parse5 for nothing was a tenth of a build's time: a tree
 * without `raw` nodes is returned as it is.
 */
export function parseRawHtml(tree: Root, file?: VFile): Root {
  return hasRawHtml(tree) ? (raw(tree, { file }) as Root) : tree;
}

function hasRawHtml(node: Root | Root['children'][number]): boolean {
  return node.type === 'raw' || ('children' in node && node.children.some(hasRawHtml));
}

/**
 * Tidies what sanitising leaves: ids that remark-rehype had already prefixed (footnotes) get the
 * prefix once, not twice, so that their links still work; emptied class lists go.
 */
function tidy(tree: Root): Root {
  const prefix = casebookSchema.clobberPrefix ?? '';
  const visit = (node: Root | Root['children'][number]) => {
    if (node.type === 'element') {
      const { id, className } = node.properties;
      if (prefix && typeof id === 'string' && id.startsWith(prefix + prefix)) node.properties['id'] = id.slice(prefix.length);
      if (Array.isArray(className) && className.length === 0) delete node.properties['className'];
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return tree;
}

/** Sanitises a body's hast with Casebook's schema. */
export function sanitiseHast(tree: Root): Root {
  return tidy(sanitize(tree, casebookSchema) as Root);
}

/** The hast of a body as the page's rehype plugins receive it: raw HTML parsed and sanitised. */
export function sanitisedHast(markdown: string, context: PluginContext): Root {
  return sanitiseHast(unsanitisedHast(markdown, context));
}
