import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { casebookRehypePlugins, casebookRemarkPlugins } from '../../../src/markdown/render.ts';

/** Astro's own rendering, as astro.config.mjs sets it up: no Casebook context at all. */
const astro = await createMarkdownProcessor({
  syntaxHighlight: false,
  smartypants: false,
  remarkPlugins: casebookRemarkPlugins,
  rehypePlugins: casebookRehypePlugins,
});

describe('the plugins without a Casebook context', () => {
  it.each([
    ['a reference renders as text', 'See :actor[Alan]{#alan-woodward}.', '<p>See <span class="ref ref-actor" data-ref="actor" data-id="alan-woodward">Alan</span>.</p>'],
    ['a teacher note is removed (student is the safe default)', 'A.\n\n:::teacher\nSecret.\n:::', '<p>A.</p>'],
    ['a question still renders', ':::question\nWhy?\n:::', 'Why?'],
    ['raw HTML is still sanitised', 'A <script>x()</script><b onclick="y">b</b>', '<p>A <b>b</b></p>'],
  ])('%s', async (_, markdown, expected) => {
    const { code } = await astro.render(markdown);
    expect(code).toContain(expected);
    expect(code).not.toContain('Secret');
  });

  it('keeps GFM footnotes, with links that still match their targets', async () => {
    const { code } = await astro.render('Text[^a].\n\n[^a]: Note.');
    expect(code).toContain('href="#user-content-fn-a"');
    expect(code).toContain('id="user-content-fn-a"');
    expect(code).toContain('href="#user-content-fnref-a"');
    expect(code).toContain('id="user-content-fnref-a"');
  });

  it('ignores a frontmatter without Casebook in it', async () => {
    const { code } = await astro.render('Text[^a].\n\n[^a]: Note.', { frontmatter: { title: 'x' } });
    expect(code).toContain('data-footnotes');
  });
});
