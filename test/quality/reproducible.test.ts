/**
 * Reproducible builds gate: two clean builds of the same content — from copies in different
 * folders (so each has a fresh Astro cache of its own), in different time zones and locales —
 * are byte-identical, file for file.
 *
 * Alone: `npx vitest run test/quality/reproducible.test.ts`
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSite } from '../support/quality/broken.ts';
import { differences } from '../support/quality/compare.ts';
import { buildInto, builtSite, qualityContent, qualityDir } from '../support/quality/sites.ts';

/**
 * Two complete builds when this file runs alone (the run's own, and the clean one to compare):
 * about a minute each on an idle two-core machine, but over five minutes each on one shared by
 * several test runs, where the default five minutes for the test was not enough. The builds are
 * synchronous, so this is a budget checked afterwards, not a limit that stops them.
 */
const TWO_BUILDS = 20 * 60_000;

describe('two clean builds of the same content', () => {
  it('are byte-identical', { timeout: TWO_BUILDS }, () => {
    const first = builtSite('student');
    const again = join(qualityDir(), 'student-again');
    buildInto(again, qualityContent(join(qualityDir(), 'content-again')), [], { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });
    expect(differences(first.dir, again)).toEqual([]);
  });
});

describe('the reproducibility gate fails on a non-deterministic build', () => {
  it('names a file stamped with the build time, and files only one build has', () => {
    const page = (stamp: string) => `<!doctype html><title>x</title><p>Built at ${stamp}.</p>`;
    const first = writeSite({ 'index.html': page('2026-11-29T10:00:00Z'), '_astro/a.1234.css': 'p{}' });
    const second = writeSite({ 'index.html': page('2026-11-29T10:00:07Z'), '_astro/a.5678.css': 'p{}' });
    const problems = differences(first, second);
    expect(problems).toEqual([
      '_astro/a.1234.css is only in the first build',
      '_astro/a.5678.css is only in the second build',
      expect.stringMatching(/^index\.html: differ from byte \d+: .*10:00:00Z.* vs .*10:00:07Z/),
    ]);
  });
});
