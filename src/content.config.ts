/**
 * Astro's content layer: one collection per kind of file, each a `glob` over the content folder
 * (PRODUCT.md §2) validated by the kind's schema. Rendering is deferred: Casebook renders bodies
 * itself, with the resolved case as context (see `src/site/render-body.ts`).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  actorSchema,
  annotationSchema,
  caseSchema,
  claimSchema,
  eventSchema,
  sourceSchema,
  statementSchema,
  termSchema,
} from './schemas/index.ts';

/** The content folder: `./content`, or the folder named by `CASEBOOK_CONTENT` (tests use fixtures). */
const configured = process.env.CASEBOOK_CONTENT ?? './content';
const base = isAbsolute(configured) ? pathToFileURL(`${configured}/`) : configured;

/** A glob over the content folder, skipping `_`-prefixed drafts, with ids from the file's path. */
function contentLoader(...patterns: string[]) {
  return glob({
    base,
    pattern: [...patterns.map((pattern) => `${pattern}.{md,mdx}`), '!**/_*'],
    deferRender: true,
    generateId: ({ entry }) => entry.replace(/\.(md|mdx)$/, ''),
  });
}

export const collections = {
  cases: defineCollection({ loader: contentLoader('cases/*/index'), schema: caseSchema }),
  actors: defineCollection({ loader: contentLoader('actors/*', 'cases/*/actors/*'), schema: actorSchema }),
  sources: defineCollection({ loader: contentLoader('sources/*', 'cases/*/sources/*'), schema: sourceSchema }),
  statements: defineCollection({ loader: contentLoader('cases/*/statements/*'), schema: statementSchema }),
  events: defineCollection({ loader: contentLoader('cases/*/events/*'), schema: eventSchema }),
  annotations: defineCollection({ loader: contentLoader('cases/*/annotations/*'), schema: annotationSchema }),
  claims: defineCollection({ loader: contentLoader('cases/*/claims/*'), schema: claimSchema }),
  glossary: defineCollection({ loader: contentLoader('glossary/*'), schema: termSchema }),
};
