/**
 * Annotation anchoring at the level of a whole case: which text a phrase is found in, how
 * prefix/suffix pick one occurrence, and that quote and body count together.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/model/diagnostic.ts';
import { checkFiles, validCase } from '../../support/content.ts';

function annotate(frontmatter: string, checked = false) {
  const { site, diagnostics } = checkFiles(
    { ...validCase, 'cases/demo/annotations/on-sophisticated.md': `---\ntarget: party-email\n${frontmatter}\nkind: context\n---\nA note.\n` },
    { checked },
  );
  return { annotation: site.cases[0]?.annotations[0], problems: diagnostics.map(formatDiagnostic) };
}

describe('anchoring an annotation', () => {
  it.each([
    ['a phrase of the quote', 'quote: hit by a', 'quote', 'We were '.length],
    ['a phrase of the body', 'quote: went to supporters', 'body', 'The email '.length],
    ['the occurrence the prefix picks', 'quote: sophisticated\nprefix: "attack was "', 'body', 'The email went to supporters. It said the attack was '.length],
    ['the occurrence the suffix picks', 'quote: sophisticated\nsuffix: " attack."', 'quote', 'We were hit by a '.length],
  ])('finds %s, in content checked or not', (_, frontmatter, field, start) => {
    for (const checked of [false, true]) {
      const { annotation, problems } = annotate(frontmatter, checked);
      expect(problems).toEqual([]);
      expect(annotation?.anchor.field).toBe(field);
      expect(annotation?.anchor.start).toBe(start);
    }
  });

  it('matches straight and curly apostrophes alike', () => {
    const statement = 'cases/demo/statements/party-email.md';
    const { site, diagnostics } = checkFiles({
      ...validCase,
      [statement]: validCase[statement]!.replace('The email went', 'The party’s email went'),
      'cases/demo/annotations/on-sophisticated.md': `---\ntarget: party-email\nquote: party's email\nkind: context\n---\nA note.\n`,
    });
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(site.cases[0]?.annotations[0]?.anchor).toEqual({ field: 'body', start: 4, end: 4 + 'party’s email'.length });
  });

  it('reports a phrase found in both the quote and the body', () => {
    const { problems } = annotate('quote: sophisticated');
    expect(problems).toEqual([expect.stringMatching(/on-sophisticated\.md:3:1 error the phrase `sophisticated` occurs 2 times in statement `party-email`/)]);
  });

  it('in content `check` passed, takes a phrase found in the quote without searching the body', () => {
    // Checked content never has this ambiguity; the build trusts the check rather than re-reading bodies.
    const { annotation, problems } = annotate('quote: sophisticated', true);
    expect(problems).toEqual([]);
    expect(annotation?.anchor).toEqual({ field: 'quote', start: 'We were hit by a '.length, end: 'We were hit by a sophisticated'.length });
  });

  it('gives the anchor the length of the phrase as written in the target', () => {
    const { annotation } = annotate('quote: a sophisticated attack');
    expect(annotation?.anchor.end! - annotation?.anchor.start!).toBe('a sophisticated attack'.length);
  });
});
