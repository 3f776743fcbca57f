/** A case as a TimelineJS JSON file, for readers who use Knight Lab's viewer. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site/load-site.ts';
import { timelineJs } from '../../../timeline/export/timelinejs.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.cases.map((theCase) => ({ params: { case: theCase.id }, props: { theCase } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(timelineJs(props.theCase, import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
