/**
 * Renders the component of an `.mdx` body to HTML, with Casebook's directive components, through
 * Astro's container API: the page then treats it as it treats a `.md` body's HTML (notes, cards,
 * sidenotes), rather than handing the component to the page where nothing could number its notes.
 */
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { render } from 'astro:content';
import CasebookBlock from '../components/mdx/CasebookBlock.astro';
import CasebookRef from '../components/mdx/CasebookRef.astro';

/** The component of a rendered content entry. */
type MdxContent = Awaited<ReturnType<typeof render>>['Content'];

let container: Promise<AstroContainer> | undefined;

/** One container per build, with MDX's renderer (MDX components are JSX to Astro). */
function mdxContainer(): Promise<AstroContainer> {
  container ??= AstroContainer.create().then((created) => {
    created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return created;
  });
  return container;
}

/** The HTML of an `.mdx` body's component, its directives rendered by Casebook's components. */
export async function renderMdxHtml(Content: MdxContent): Promise<string> {
  return (await mdxContainer()).renderToString(Content, { props: { components: { CasebookRef, CasebookBlock } } });
}
