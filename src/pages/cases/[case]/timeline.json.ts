/** A case's timeline as JSON: its items with their resolved times, lanes and sources. */
import { caseFileRoute } from '../../../site/case-file-route.ts';
import { timelineJson } from '../../../timeline/export/json.ts';

export const { getStaticPaths, GET } = caseFileRoute('application/json', (theCase, _site, base) => timelineJson(theCase, base));
