/**
 * Astro's content layer: one collection per kind of file, each a `glob` over the content folder
 * (PRODUCT.md §2) validated by the kind's schema. Rendering is deferred: Casebook renders bodies
 * itself, with the resolved case as context (see `src/site/render-body.ts`).
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { ContentEntryType } from 'astro';
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

/** The loader's context as Astro passes it to `glob`: with the entry types by extension. */
type GlobContext = Parameters<Loader['load']>[0] & { entryTypes?: Map<string, ContentEntryType> };

/**
 * Entry types in which `.md` has no render function, so that `glob` stores a Markdown entry as
 * data and body only. Casebook renders every `.md` body itself, with its case as context;
 * without this, Astro also compiles each one into a module of its own that no page imports,
 * which cost a quarter of a build's time. `.mdx` keeps its module: its pages render it.
 */
function withoutMarkdownModules(entryTypes: Map<string, ContentEntryType>): Map<string, ContentEntryType> {
  const types = new Map(entryTypes);
  const markdown = types.get('.md');
  if (markdown) types.set('.md', { ...markdown, getRenderFunction: undefined });
  return types;
}

/** A glob over the content folder, skipping `_`-prefixed drafts, with ids from the file's path. */
function contentLoader(...patterns: string[]): Loader {
  const loader = glob({
    base,
    pattern: [...patterns.map((pattern) => `${pattern}.{md,mdx}`), '!**/_*'],
    deferRender: true,
    generateId: ({ entry }) => entry.replace(/\.(md|mdx)$/, ''),
  });
  return {
    ...loader,
    load: (context: GlobContext) =>
      loader.load(context.entryTypes ? { ...context, entryTypes: withoutMarkdownModules(context.entryTypes) } : context),
  };
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
