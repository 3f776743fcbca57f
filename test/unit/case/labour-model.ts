/**
 * The shipped Labour case, read and resolved exactly as `casebook check` does, for the case's
 * own tests. Also the reference copy of its primary source (the New Statesman article), which
 * lives outside the repository in `../shared/seed/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../../../src/model/load/read-content.ts';
import { resolveSite } from '../../../src/model/resolve/site.ts';
import type { Case, Source, Statement } from '../../../src/model/types.ts';

export const projectRoot = resolve(import.meta.dirname, '..', '..', '..');
export const contentDir = join(projectRoot, 'content');
export const CASE_ID = 'labour-ddos-2019';
export const ARTICLE_ID = 'new-statesman-2019';
export const seedFile = resolve(projectRoot, '..', 'shared', 'seed', 'new-statesman-labour-ddos-2019.txt');

/** The shipped content, resolved, with every diagnostic of reading and resolving. */
export function loadShipped() {
  const read = readContent(contentDir, projectRoot);
  const resolution = resolveSite(read.entries);
  const diagnostics = [...read.diagnostics, ...resolution.diagnostics];
  const theCase = resolution.site.cases.find((c) => c.id === CASE_ID);
  if (!theCase) throw new Error(`the shipped case ${CASE_ID} did not resolve`);
  return { site: resolution.site, theCase, diagnostics };
}

/** The article text of the seed: the reference copy, without its one-line header. */
export function readSeed(): string {
  if (!existsSync(seedFile)) {
    throw new Error(`the primary source is missing: expected ${seedFile} (the shared folder sits beside the repository)`);
  }
  const text = readFileSync(seedFile, 'utf8');
  const start = text.indexOf('Early on Tuesday morning');
  return start >= 0 ? text.slice(start) : text;
}

/** Typographic quotes to straight ones, runs of whitespace to one space. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sources, all the way down the `reports` chain (guarding against cycles). */
export function chain(source: Source, seen = new Set<string>()): Source[] {
  if (seen.has(source.id)) return [];
  seen.add(source.id);
  return [source, ...source.reports.flatMap((next) => chain(next, seen))];
}

/** The sources that re-report `source`. */
export function reportedBy(theCase: Case, source: Source): Source[] {
  return theCase.sources.filter((other) => other.reports.some((r) => r.id === source.id));
}

/**
 * Whether a statement's words are known to us only through the New Statesman article: its
 * source is the article, or an unpublished original (no address) that the article re-reports.
 */
export function restsOnArticle(theCase: Case, statement: Statement): boolean {
  const source = statement.source;
  if (source.id === ARTICLE_ID) return true;
  return !source.url && reportedBy(theCase, source).some((other) => other.id === ARTICLE_ID);
}
