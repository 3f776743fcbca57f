/**
 * A route that writes one data file per case (`timeline.json`, `case.json`, `annotations.jsonld`…):
 * its paths, one per case, and its file, as indented JSON of what `make` returns.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Case, Site } from '../model/types.ts';
import { loadSite } from './load-site.ts';

/** The data a case's file holds, under the site's base path. */
export type CaseFileData = (theCase: Case, site: Site, base: string) => unknown;

/** `getStaticPaths` and `GET` for a route's module to export. */
export function caseFileRoute(contentType: string, make: CaseFileData): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const getStaticPaths = (async () => {
    const site = await loadSite();
    return site.cases.map((theCase) => ({ params: { case: theCase.id }, props: { site, theCase } }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute = async ({ props }) => {
    const { site, theCase } = props as { site: Site; theCase: Case };
    const data = await make(theCase, site, import.meta.env.BASE_URL);
    return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': contentType } });
  };
  return { getStaticPaths, GET };
}
