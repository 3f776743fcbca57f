/** A case as a TimelineJS JSON file, for readers who use Knight Lab's viewer. */
import { caseFileRoute } from '../../../site/case-file-route.ts';
import { timelineJs } from '../../../timeline/export/timelinejs.ts';

export const { getStaticPaths, GET } = caseFileRoute('application/json', (theCase, _site, base) => timelineJs(theCase, base));
