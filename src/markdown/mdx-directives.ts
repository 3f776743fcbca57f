/**
 * remark plugin for `.mdx` bodies: Casebook's directives become the components `CasebookRef` and
 * `CasebookBlock`, resolved when the page renders. (An MDX file is compiled once, apart from any
 * page, so the site it links into is only known at render time: see
 * `src/components/mdx/`.) `.md` bodies use `remarkCasebookDirectives` instead.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type {} from 'remark-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isContainerKind, isReferenceKind } from './references.ts';

/** The case a content file belongs to, from its path (`…/cases/<case-id>/statements/x.mdx`). */
export function caseOfPath(path: string): string | undefined {
  const match = /\/cases\/([a-z0-9-]+)\/(?:index\.mdx?$|(?:actors|statements|events|sources|annotations|claims)\/[^/]+$)/.exec(path);
  return match?.[1];
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** Turns `:kind[label]{#id}` into `<CasebookRef kind id>label</CasebookRef>` and `:::question`/`:::teacher` into `<CasebookBlock kind>`. */
export function remarkMdxDirectives() {
  return (tree: Root, file: VFile): void => {
    const caseId = caseOfPath(file.path ?? '');
    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if (node.type === 'textDirective' && isReferenceKind(node.name)) {
        const label = toString(node).trim();
        const id = node.attributes?.id || (node.name === 'cite' ? label : '');
        const named = node.name === 'cite' && !node.attributes?.id ? '' : label;
        const element: MdxJsxTextElement = {
          type: 'mdxJsxTextElement',
          name: 'CasebookRef',
          attributes: [attribute('kind', node.name), attribute('id', id), ...(caseId ? [attribute('caseId', caseId)] : [])],
          children: named ? node.children : [],
        };
        parent.children.splice(index, 1, element as never);
      } else if (node.type === 'containerDirective' && isContainerKind(node.name)) {
        const element: MdxJsxFlowElement = {
          type: 'mdxJsxFlowElement',
          name: 'CasebookBlock',
          attributes: [attribute('kind', node.name)],
          children: node.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel)),
        };
        parent.children.splice(index, 1, element as never);
      }
    });
  };
}
