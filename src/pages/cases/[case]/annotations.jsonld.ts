/** A case's annotations as W3C Web Annotations in JSON-LD (`src/site/web-annotations.ts`). */
import { annotationTexts } from '../../../site/annotation-texts.ts';
import { caseFileRoute } from '../../../site/case-file-route.ts';
import { annotationCollection } from '../../../site/web-annotations.ts';

export const { getStaticPaths, GET } = caseFileRoute('application/ld+json', async (theCase, site, base) =>
  annotationCollection(theCase, await annotationTexts(site, theCase), base),
);
