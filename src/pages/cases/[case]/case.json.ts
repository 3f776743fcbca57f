/** A case's resolved model as JSON (`src/site/case-json.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { caseJson } from '../../../site/case-json.ts';
import { loadSite } from '../../../site/load-site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.cases.map((theCase) => ({ params: { case: theCase.id }, props: { theCase } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(caseJson(props.theCase, import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
