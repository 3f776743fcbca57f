import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/markdown/render.ts';
import { findUnsafeHtml } from '../../../src/markdown/sanitize.ts';
import { byTag, parseHtml } from './html.ts';
import { context } from './site.ts';

describe('rehypeCasebookSanitize, through the real processor', () => {
  it.each([
    ['a script', 'Hi <script>alert(1)</script> there.', '<p>Hi  there.</p>'],
    ['a style', '<style>p { color: red }</style>\n\nText.', '<p>Text.</p>'],
    ['an event handler', 'A <span onclick="steal()">word</span>.', '<p>A <span>word</span>.</p>'],
    ['a javascript: link in Markdown', '[click](javascript:alert(1))', '<p><a>click</a></p>'],
    ['a javascript: link in HTML', '<a href="javascript:alert(1)">click</a>', '<p><a>click</a></p>'],
    ['an iframe (its fallback text stays)', '<iframe src="https://evil.example/">x</iframe>', 'x'],
    ['a forged reference class', '<a href="/x/" class="ref ref-actor evil" data-ref="actor">x</a>', '<p><a href="/x/" class="ref ref-actor" data-ref="actor">x</a></p>'],
    ['a forged annotation mark', '<mark data-annotation-ref="a1">x</mark>', '<p>x</p>'],
    ['an author id, prefixed', '<span id="main">x</span>', '<p><span id="user-content-main">x</span></p>'],
  ])('removes %s', async (_, markdown, html) => {
    const rendered = (await renderMarkdown(markdown, context())).html.trim();
    expect(rendered).toBe(html);
  });

  it("keeps Casebook's own markup: references, questions, teacher notes", async () => {
    const markdown = ':actor[Alan]{#alan-woodward} <b onclick="x">bold</b>\n\n:::question\nWhy?\n:::\n\n:::teacher\nBecause.\n:::';
    const tree = parseHtml((await renderMarkdown(markdown, context({ edition: 'teacher' }))).html);
    expect(byTag(tree, 'a', 'dataRef', 'actor')[0]?.properties).toMatchObject({ className: ['ref', 'ref-actor'], dataId: 'alan-woodward' });
    expect(byTag(tree, 'aside', 'dataQuestion')).toHaveLength(1);
    expect(byTag(tree, 'aside', 'dataAudience', 'teacher')).toHaveLength(1);
    expect(byTag(tree, 'b')[0]?.properties).toEqual({});
  });

  it('keeps GFM: tables, task lists, code, footnote links that work', async () => {
    const markdown = '| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n\n```js\nx\n```\n\nText[^n].\n\n[^n]: Note.';
    const { html } = await renderMarkdown(markdown, context());
    expect(html).toContain('<td align="left">1</td>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<code class="language-js">');
    expect(html).toContain('href="#note-fn-n"');
  });
});

describe('findUnsafeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '`<script>` is removed by the sanitiser, with its content', 1, 1],
    ['Text\n\n<iframe src="https://x.example/"></iframe>', '`<iframe>` is removed', 3, 1],
    ['<style>p{}</style>', '`<style>` is removed', 1, 1],
    ['A <span onclick="x()">b</span>', 'event-handler attribute `onclick` on `<span>`', 1, 3],
    ['A <img src="a.png" onerror="x()">', 'event-handler attribute `onerror` on `<img>`', 1, 3],
    ['See [this](javascript:alert(1)).', '`javascript:` URL in `href` of `<a>`', 1, 5],
    ['<a href="JavaScript:x">y</a>', '`javascript:` URL in `href` of `<a>`', 1, 1],
    ['<p style="color:red">x</p>', 'attribute `style` on `<p>`', 1, 1],
    ['<span class="big">x</span>', 'class `big` on `<span>`', 1, 1],
    ['<font>x</font>', '`<font>` is removed by the sanitiser (its text is kept)', 1, 1],
  ])('%s', (markdown, message, line, column) => {
    const found = findUnsafeHtml(markdown);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(message);
    expect(found[0]?.hint).toBeTruthy();
    expect(found[0]?.position).toEqual({ line, column });
  });

  it.each([
    ['Markdown', '*a* **b** `c` [d](https://e.example/) ![f](g.png) ~~h~~\n\n> q\n\n1. i\n\n| t |\n|---|\n| u |'],
    ['allowed HTML', '<details><summary>More</summary>\n\nHidden <sup>1</sup> <kbd>K</kbd>\n\n</details>'],
    ['directives and footnotes', ':actor[A]{#a} :cite[b]\n\n:::question\nQ\n:::\n\n:::teacher\nT\n:::\n\nX[^1]\n\n[^1]: Y'],
    ['comments', 'Text <!-- an editorial note -->'],
    ['mailto and relative links', '[mail](mailto:a@b.example) [page](/cases/x/) [anchor](#top) [tel](tel:+441234)'],
  ])('finds nothing in %s', (_, markdown) => {
    expect(findUnsafeHtml(markdown)).toEqual([]);
  });
});
