/**
 * Valid HTML gate: the Nu HTML Checker (vnu-jar, errors only) finds nothing in the whole of the
 * student and teacher builds.
 *
 * Alone: `npx vitest run test/quality/html-validity.test.ts`
 * By hand on a build: `java -jar node_modules/vnu-jar/build/dist/vnu.jar --skip-non-html --errors-only dist/ dist-teacher/`
 */
import { describe, expect, it } from 'vitest';
import { htmlPage, writeSite } from '../support/quality/broken.ts';
import { builtSite } from '../support/quality/sites.ts';
import { htmlErrors } from '../support/quality/vnu.ts';

describe('the Nu HTML Checker', () => {
  it('finds no error in the student and teacher editions', () => {
    expect(htmlErrors([builtSite('student').dir, builtSite('teacher').dir])).toEqual([]);
  });

  it('fails a broken page: an unclosed element, a duplicate id, a skipped heading level', () => {
    const site = writeSite({
      'index.html': htmlPage('<div><p id="x">Unclosed</p><span id="x">twice</span><h3>Too deep</h3>'),
      'fine/index.html': htmlPage('<p>Fine.</p>'),
    });
    const errors = htmlErrors([site]).join('\n');
    expect(errors).toMatch(/index\.html:\d+ .*Unclosed element “div”/);
    expect(errors).toMatch(/Duplicate ID “x”/);
    expect(errors).toMatch(/heading “h3”.*skipping 1 heading level/);
    expect(errors).not.toContain('fine/index.html');
  });
});
