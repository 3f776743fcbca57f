/** A case's annotations as W3C Web Annotations in JSON-LD (`src/site/web-annotations.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { annotationTexts } from '../../../site/annotation-texts.ts';
import { loadSite } from '../../../site/load-site.ts';
import { annotationCollection } from '../../../site/web-annotations.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.cases.map((theCase) => ({ params: { case: theCase.id }, props: { site, theCase } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { site, theCase } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const collection = annotationCollection(theCase, await annotationTexts(site, theCase), import.meta.env.BASE_URL);
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, { headers: { 'content-type': 'application/ld+json' } });
};
