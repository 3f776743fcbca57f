/**
 * Privacy gate: no page loads anything from another host (fonts, scripts, styles and images are
 * the site's own; no analytics, no CDN), checked in the built files and in Chromium; and every
 * link to another host carries rel="noopener noreferrer" and says that it leaves the site.
 *
 * Alone: `npx vitest run test/quality/privacy.test.ts`
 */
import { describe, expect, it } from 'vitest';
import { htmlPage, writeSite } from '../support/quality/broken.ts';
import { privacyProblems } from '../support/quality/privacy.ts';
import { builtSite } from '../support/quality/sites.ts';
import { problemsOf, sweep, visitPages } from '../support/quality/sweep.ts';

describe('no page asks another host for anything, and links out are marked', () => {
  it.each(['student', 'teacher', 'subpath'] as const)('%s build, in its files', (variant) => {
    expect(privacyProblems(builtSite(variant).dir)).toEqual([]);
  });

  it.each(['student', 'teacher'] as const)('%s edition, every page in Chromium', async (variant) => {
    expect(problemsOf(await sweep(builtSite(variant)), (visit) => visit.offSite)).toEqual([]);
  });
});

describe('the privacy gate fails on a broken page', () => {
  const site = writeSite({
    'index.html': htmlPage(
      `<img src="https://example.com/pixel.gif" alt="">
       <a href="https://example.org/">a bare link out</a>
       <a href="https://example.org/" rel="noopener noreferrer">a link out without its mark</a>`,
      `<script src="https://example.com/x.js"></script>
       <link rel="stylesheet" href="//fonts.example.com/font.css">
       <style>body { background: url(https://example.com/bg.png); }</style>`,
    ),
    'fetch/index.html': htmlPage('<p>Fetches.</p>', '<script src="/fetch.js"></script>'),
    'blocked/index.html': htmlPage(
      '<img src="https://example.com/blocked.gif" alt="">',
      `<meta http-equiv="content-security-policy" content="default-src 'self'">`,
    ),
    'fetch.js': 'fetch("https://analytics.example.com/hit").catch(() => {});',
  });

  it('in the files: a remote script, stylesheet, image and CSS background; unmarked links out', () => {
    const problems = privacyProblems(site).join('\n');
    expect(problems).toContain('<script src="https://example.com/x.js"> loads https://example.com/x.js from another host');
    expect(problems).toContain('loads //fonts.example.com/font.css from another host');
    expect(problems).toContain('loads https://example.com/pixel.gif from another host');
    expect(problems).toContain('CSS loads https://example.com/bg.png from another host');
    expect(problems).toContain('the link to https://example.org/ lacks rel="noopener noreferrer"');
    expect(problems).toContain('the link to https://example.org/ has no visible mark');
  });

  it('in Chromium: the requests, including one made by a script and one the CSP blocked', async () => {
    const visits = await visitPages(site, ['', 'fetch/', 'blocked/']);
    expect(visits[0]?.offSite).toEqual(
      expect.arrayContaining(['request to https://example.com/x.js', 'request to https://example.com/pixel.gif']),
    );
    expect(visits[1]?.offSite).toEqual(['request to https://analytics.example.com/hit']);
    // A CSP stops the request before it is made: the attempt counts all the same.
    expect(visits[2]?.offSite).toEqual(['refused by the CSP: https://example.com/blocked.gif']);
  });
});
