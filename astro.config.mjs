// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { casebookRehypePlugins, casebookRemarkPlugins } from './src/markdown/render.ts';

// Astro 7's default Markdown processor (Sätteri) runs no remark/rehype plugins: Casebook's
// directives, sanitiser and notes need the unified processor, set explicitly. Smart quotes stay
// off: quotes are verbatim, and typography must not be invented.
const processor = unified({
  remarkPlugins: casebookRemarkPlugins,
  rehypePlugins: casebookRehypePlugins,
  smartypants: false,
});

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor, syntaxHighlight: false },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
