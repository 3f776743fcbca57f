/**
 * Content-Security-Policy gate: every page carries Astro's CSP (`security.csp`), which allows no
 * inline script but the ones it hashed; nothing on a page needs more; and no page of either
 * edition logs a console error in Chromium — a CSP violation is one.
 *
 * Alone: `npx vitest run test/quality/csp.test.ts`
 */
import { describe, expect, it } from 'vitest';
import { htmlPage, writeSite } from '../support/quality/broken.ts';
import { cspProblems } from '../support/quality/csp.ts';
import { builtSite } from '../support/quality/sites.ts';
import { problemsOf, sweep, visitPages } from '../support/quality/sweep.ts';

describe('every page has a strict Content-Security-Policy that it keeps to', () => {
  it.each(['student', 'teacher', 'subpath'] as const)('%s build', (variant) => {
    expect(cspProblems(builtSite(variant).dir)).toEqual([]);
  });
});

describe('no page logs a console error in Chromium (a CSP violation is one)', () => {
  it.each(['student', 'teacher'] as const)('%s edition, every page', async (variant) => {
    const visits = await sweep(builtSite(variant));
    expect(problemsOf(visits, (visit) => (visit.status === 200 || visit.path === '404.html' ? [] : [`status ${visit.status}`]))).toEqual([]);
    expect(problemsOf(visits, (visit) => visit.errors)).toEqual([]);
  });
});

describe('the CSP gate fails on a broken page', () => {
  const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'; script-src 'self'">`;
  const site = writeSite({
    'index.html': htmlPage('<button type="button" onclick="alert(1)">Press</button><img src="/x.png" onerror="this.remove()" alt="x">', policy),
    'inline/index.html': htmlPage('<script>document.title = "changed";</script>', policy),
    'loose/index.html': htmlPage('<p style="color: red">Red</p>', `<meta http-equiv="content-security-policy" content="script-src 'self' 'unsafe-inline' https://cdn.example.com">`),
    'none/index.html': htmlPage('<p>No policy.</p>'),
  });

  it('statically: inline handlers, an unhashed inline script, a loose policy, a missing one', () => {
    const problems = cspProblems(site).join('\n');
    expect(problems).toMatch(/index\.html:\d+ <button> has an inline event handler \(onClick\)/);
    expect(problems).toMatch(/inline\/index\.html:\d+ an inline <script> whose hash 'sha256-[^']+' the policy does not list/);
    expect(problems).toContain("the policy allows 'unsafe-inline' scripts");
    expect(problems).toContain('the policy allows scripts from https://cdn.example.com');
    expect(problems).toContain('<p> has a style attribute');
    expect(problems).toContain('none/index.html has 0 CSP <meta> elements, not one');
  });

  it('in Chromium: the blocked inline handler and script are console errors', async () => {
    const visits = await visitPages(site, ['', 'inline/']);
    expect(visits[0]?.errors.join('\n')).toMatch(/inline event handler[^\n]*Content Security Policy/i);
    expect(visits[1]?.errors.join('\n')).toMatch(/inline script[^\n]*Content Security Policy/i);
  });
});
