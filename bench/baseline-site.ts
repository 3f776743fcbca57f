/**
 * The baseline Casebook is measured against: a bare Astro 7 project that builds a given number of
 * HTML pages from plain Markdown, through a content collection and the same Markdown processor as
 * Casebook (`unified()` from @astrojs/markdown-remark), with no plugins, checks or timeline.
 * It uses this repository's node_modules through a symbolic link.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CONFIG = `import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  cacheDir: './.astro-cache/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified({ smartypants: false }), syntaxHighlight: false },
  devToolbar: { enabled: false },
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { pages: defineCollection({ loader: glob({ base: './markdown', pattern: '*.md' }) }) };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}
const { page } = Astro.props;
const { Content } = await render(page);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{page.data.title}</title></head>
  <body><main><h1>{page.data.title}</h1><Content /></main></body>
</html>
`;

/** Body text of page `n`: about the length of a synthetic statement, with a footnote. */
function markdownPage(n: number): string {
  return (
    `---\ntitle: Page number ${n}\n---\n` +
    `Statement number ${n} says the attack on the server was *large* and the traffic came from a botnet.[^n]\n\n` +
    `Context about the speaker and the campaign, the report, the source and the website outage.\n\n` +
    `[^n]: A footnote about the evidence.\n`
  );
}

/** Writes the baseline project with `pages` Markdown pages into `root`; returns `root`. */
export function writeBaselineSite(root: string, pages: number, nodeModules: string): string {
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', `{ "name": "casebook-baseline", "private": true, "type": "module" }\n`);
  write('astro.config.mjs', CONFIG);
  write('src/content.config.ts', COLLECTIONS);
  write('src/pages/[slug].astro', PAGE);
  for (let n = 0; n < pages; n++) write(`markdown/page-${n}.md`, markdownPage(n));
  symlinkSync(nodeModules, join(root, 'node_modules'), 'dir');
  return root;
}
