/**
 * Where a case's timeline lives besides the case page: full page, embeddable page, and data.
 */
import { withBase } from './urls.ts';

/** The case's full-page timeline, embeddable timeline, timeline JSON and TimelineJS JSON. */
export function timelineUrls(base: string, caseId: string) {
  return {
    page: withBase(base, `cases/${caseId}/timeline/`),
    embed: withBase(base, `cases/${caseId}/embed/`),
    json: withBase(base, `cases/${caseId}/timeline.json`),
    timelineJs: withBase(base, `cases/${caseId}/timelinejs.json`),
  };
}
