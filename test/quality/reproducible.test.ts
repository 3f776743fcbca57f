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

describe('two clean builds of the same content', () => {
  it('are byte-identical', () => {
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
