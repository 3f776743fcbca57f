/**
 * The two editions of a site (PRODUCT.md §6): the student edition leaves out teacher-only
 * annotations and, where a case hides them, claim verdicts — from the model itself, so that no
 * page, export or index built from it can leak them.
 */
import type { Site } from './types.ts';

export type Edition = 'student' | 'teacher';

/** The site as an edition shows it. The teacher edition is the whole site. */
export function siteForEdition(site: Site, edition: Edition): Site {
  if (edition === 'teacher') return site;
  return {
    ...site,
    cases: site.cases.map((theCase) => ({
      ...theCase,
      annotations: theCase.annotations.filter((annotation) => annotation.audience !== 'teacher'),
      claims: theCase.revealVerdicts ? theCase.claims : theCase.claims.map(({ verdict: _hidden, ...claim }) => claim),
    })),
  };
}
