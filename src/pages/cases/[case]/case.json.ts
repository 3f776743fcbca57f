/** A case's resolved model as JSON (`src/site/case-json.ts`). */
import { caseFileRoute } from '../../../site/case-file-route.ts';
import { caseJson } from '../../../site/case-json.ts';

export const { getStaticPaths, GET } = caseFileRoute('application/json', (theCase, _site, base) => caseJson(theCase, base));
