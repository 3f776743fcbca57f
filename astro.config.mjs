// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import remarkDirective from 'remark-directive';
import { rehypeCasebookLinks } from './src/markdown/links.ts';
import { remarkLiteralColons } from './src/markdown/literal-colons.ts';
import { remarkMdxDirectives } from './src/markdown/mdx-directives.ts';
import { casebookRehypePlugins, casebookRemarkPlugins } from './src/markdown/render.ts';

// Astro 7's default Markdown processor (Sätteri) runs no remark/rehype plugins: Casebook's
// directives, sanitiser and notes need the unified processor, set explicitly. Smart quotes stay
// off: quotes are verbatim, and typography must not be invented.
const processor = unified({
  remarkPlugins: casebookRemarkPlugins,
  rehypePlugins: casebookRehypePlugins,
  smartypants: false,
});

// The base path as Astro resolved it (config or `--base`), known once the config is done: an
// `.mdx` body is compiled without a render context, and its links need the base all the same.
const resolved = { base: '/' };

/** Records the base path for the Markdown plugins that have no render context. */
const recordBase = {
  name: 'casebook-base',
  hooks: {
    /** @param {{ config: { base: string } }} options */
    'astro:config:done': ({ config }) => {
      resolved.base = config.base;
    },
  },
};

// `.mdx` is for trusted authors: not sanitised, and its directives become components that
// resolve when the page renders (an MDX file is compiled apart from any page).
const mdxProcessor = unified({
  remarkPlugins: [remarkDirective, remarkLiteralColons, remarkMdxDirectives],
  rehypePlugins: [[rehypeCasebookLinks, { base: () => resolved.base }]],
  smartypants: false,
});

// Astro caches the content it loaded; a build of another content folder (CASEBOOK_CONTENT, as
// tests do) gets a cache of its own rather than sharing, and warning about, another's entries.
const contentFolder = process.env.CASEBOOK_CONTENT;
const cacheDir = contentFolder
  ? `./node_modules/.astro/content-${createHash('sha1').update(contentFolder).digest('hex').slice(0, 12)}/`
  : undefined;

export default defineConfig({
  cacheDir,
  trailingSlash: 'always',
  // Stylesheets go into each page's <head>: three render-blocking requests cost a phone on a slow
  // network a third of a second before the first paint (Lighthouse: FCP 1.57 s → 1.08 s on the
  // case page); the whole of Casebook's CSS is at most 7 KB gzipped.
  //
  // Pages render 32 at a time: one at a time, Astro waits for each page's file to be written
  // before it renders the next, and the build's thread sat idle for a sixth of its time
  // (`node --cpu-prof`, 1,808 pages). Pages share nothing mutable while rendering: the output is
  // byte-identical either way (bench/README: page generation 18–23 s → 13–15 s).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 32 },
  markdown: { processor, syntaxHighlight: false },
  integrations: [recordBase, mdx({ processor: mdxProcessor })],
  devToolbar: { enabled: false },
  // A Content-Security-Policy in a <meta> of every page (TOOLCHAIN.md): Astro lists hashes of its
  // own scripts and styles, so nothing inline runs unless Astro put it there, and everything else
  // must come from the site itself — the browser enforces what the privacy tests check.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    // d3-zoom's d3-transition, which the timeline never uses: src/timeline/client/no-transition.ts.
    resolve: { alias: { 'd3-transition': fileURLToPath(new URL('./src/timeline/client/no-transition.ts', import.meta.url)) } },
    build: {
      rollupOptions: {
        // Every content module draws a harmless MODULE_LEVEL_DIRECTIVE warning from the bundler
        // (withastro/astro#18087); hide that one so that real warnings stand out.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
