/**
 * Links gate: every internal link and asset in the built site resolves — at the root and in a
 * build under a sub-path, links written in Markdown bodies included (Astro does not rewrite
 * those for `base`; `src/markdown/links.ts` does).
 *
 * Alone: `npx vitest run test/quality/links.test.ts`
 */
import { describe, expect, it } from 'vitest';
import { htmlPage, writeSite } from '../support/quality/broken.ts';
import { brokenLinks } from '../support/quality/links.ts';
import { builtSite, SUB_PATH } from '../support/quality/sites.ts';

describe('every internal link and asset resolves', () => {
  it('in the student edition at the root', () => {
    expect(brokenLinks(builtSite('student').dir)).toEqual([]);
  });

  it('in the teacher edition', () => {
    expect(brokenLinks(builtSite('teacher').dir)).toEqual([]);
  });

  it(`under the sub-path ${SUB_PATH}, links written in Markdown included`, () => {
    const site = builtSite('subpath');
    expect(brokenLinks(site.dir, site.base)).toEqual([]);
  });
});

describe('the link gate fails on a broken page', () => {
  const site = writeSite({
    'index.html': htmlPage(`
      <a href="/missing/">a missing page</a>
      <a href="/about">a page without its trailing slash</a>
      <a href="#nowhere">a missing fragment</a>
      <a href="/about/#nowhere">a missing fragment elsewhere</a>
      <img src="/images/missing.png" alt="a missing image">
      <a href="/about/">fine</a> <a href="https://example.org/">elsewhere: not this gate's</a>
      <style>main { background: url(/images/missing-inline.png); }</style>`),
    'about/index.html': htmlPage('<p id="here">About.</p><a href="../">up</a> <a href="../#nothing">up, to nothing</a>'),
    'style.css': 'body { background: url(/images/missing-too.png); } p { background: url("ok.css"); }',
    'ok.css': '',
  });

  it('names every broken link, image and stylesheet reference', () => {
    const problems = brokenLinks(site);
    expect(problems).toHaveLength(8);
    expect(problems.join('\n')).toMatch(/index\.html:\d+ <a href="\/missing\/"> → \/missing\/ has no file \(missing\/index\.html\)/);
    expect(problems.join('\n')).toContain('needs a trailing slash');
    expect(problems.join('\n')).toContain('points at #nowhere, which index.html does not have');
    expect(problems.join('\n')).toContain('points at #nowhere, which about/index.html does not have');
    expect(problems.join('\n')).toContain('<img src="/images/missing.png">');
    expect(problems.join('\n')).toContain('points at #nothing');
    expect(problems.join('\n')).toContain('style.css url(/images/missing-too.png) has no file');
    expect(problems.join('\n')).toMatch(/index\.html:\d+ .*CSS url\(\/images\/missing-inline\.png\) has no file/);
  });

  it('fails a site built for the root when it is served under a sub-path', () => {
    const problems = brokenLinks(site, SUB_PATH);
    expect(problems.some((problem) => problem.includes(`is outside the base path ${SUB_PATH}`))).toBe(true);
  });
});
