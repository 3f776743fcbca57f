/** A case's timeline as JSON: its items with their resolved times, lanes and sources. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site/load-site.ts';
import { timelineJson } from '../../../timeline/export/json.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.cases.map((theCase) => ({ params: { case: theCase.id }, props: { theCase } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(timelineJson(props.theCase, import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
