/**
 * Resolves a whole site from raw entries: validation, id uniqueness, cross-references, times,
 * annotation anchors and the directives in every body. Pure: the CLI, the pages and the tests
 * all call this one function.
 */
import { compareDiagnostics, error, type Diagnostic } from '../diagnostic.ts';
import type { TimeContext } from '../time/index.ts';
import type { RawEntry, Site } from '../types.ts';
import type { ActorData, SourceData, TermData } from '../../schemas/index.ts';
import { lintBody, type KnownIds } from '../../markdown/lint.ts';
import { resolveCase, timeContextOf, type CaseFiles } from './case-model.ts';
import { checkUniqueIds } from './ids.ts';
import type { PublicFileExists } from './images.ts';
import { Referrer } from './references.ts';
import { buildActors, buildSources, buildTerms, type Valid } from './shared-entities.ts';
import { validateEntry } from './validate.ts';

/** A resolved site and every problem found on the way. The site is only trustworthy without errors. */
export interface SiteResolution {
  site: Site;
  diagnostics: Diagnostic[];
}

/** Site-level things without a case of their own are read in UTC. */
const siteTimeContext: TimeContext = { timezone: 'UTC', locale: 'en-GB' };

/** What the checks may know beyond the entries themselves. */
export interface ResolveOptions {
  /**
   * Ids of files that exist but could not be read (their errors are already reported), so that
   * what refers to them is not reported as referring to nothing.
   */
  unreadable?: Iterable<string>;
  /** Whether a path from the site root is a file of `public/`; without it, pictures are not checked. */
  publicFileExists?: PublicFileExists;
  /**
   * Whether `casebook check` passed these same files a moment ago (inside `casebook build`); default
   * false. What only looks for problems is then skipped: linting the bodies (directives, footnotes,
   * HTML), and searching a body for a phrase already found in the statement's words.
   */
  checked?: boolean;
}

/** Resolves `raw` into a site, reporting every problem in one pass. */
export function resolveSite(raw: readonly RawEntry[], { unreadable = [], publicFileExists, checked = false }: ResolveOptions = {}): SiteResolution {
  const diagnostics: Diagnostic[] = [];
  const refs = new Referrer();
  for (const id of unreadable) refs.markBroken(id);
  const { unique, diagnostics: duplicates } = checkUniqueIds(raw);
  diagnostics.push(...duplicates);

  const cases = new Map<string, CaseFiles>();
  const caseFiles = (id: string): CaseFiles => {
    let files = cases.get(id);
    if (!files) {
      files = { id, statements: [], events: [], annotations: [], claims: [], timed: [] };
      cases.set(id, files);
    }
    return files;
  };
  const actors: Valid<ActorData>[] = [];
  const sources: Valid<SourceData>[] = [];
  const terms: Valid<TermData>[] = [];
  for (const entry of unique) {
    if (entry.caseId !== undefined) caseFiles(entry.caseId);
    if (entry.kind === 'statement' || entry.kind === 'event') caseFiles(entry.caseId!).timed.push(entry);
    const result = validateEntry(entry);
    if ('diagnostics' in result) {
      diagnostics.push(...result.diagnostics);
      refs.markBroken(entry.id);
      continue;
    }
    const valid = { entry, data: result.data } as never;
    switch (entry.kind) {
      case 'case':
        caseFiles(entry.id).index = valid;
        break;
      case 'actor':
        actors.push(valid);
        break;
      case 'source':
        sources.push(valid);
        break;
      case 'term':
        terms.push(valid);
        break;
      default:
        caseFiles(entry.caseId!)[`${entry.kind}s`].push(valid);
    }
  }

  const contexts = new Map([...cases].map(([id, files]) => [id, timeContextOf(files.index, diagnostics)]));
  const actorTable = buildActors(actors, refs, diagnostics, publicFileExists);
  const sourceTable = buildSources(
    sources,
    actorTable,
    (entry) => (entry.caseId === undefined ? siteTimeContext : contexts.get(entry.caseId)!),
    refs,
    diagnostics,
  );
  const site: Site = { cases: [], actors: actorTable, sources: sourceTable, terms: buildTerms(terms) };
  for (const [id, files] of [...cases].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const resolved = resolveCase(files, site, refs, diagnostics, contexts.get(id)!, { checked });
    if (resolved) site.cases.push(resolved);
  }
  diagnostics.push(...refs.diagnostics, ...(checked ? [] : lintBodies(unique)));
  return { site, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/** Checks the directives, footnotes and HTML of every body against the ids that exist. */
function lintBodies(entries: readonly RawEntry[]): Diagnostic[] {
  const siteIds = (kind: RawEntry['kind']) => new Set(entries.filter((entry) => entry.kind === kind).map((entry) => entry.id));
  const actors = siteIds('actor');
  const sources = siteIds('source');
  const terms = siteIds('term');
  const known = new Map<string | undefined, KnownIds>();
  const knownIn = (caseId: string | undefined): KnownIds => {
    let ids = known.get(caseId);
    if (!ids) {
      const inCase = (kind: RawEntry['kind']) =>
        new Set(entries.filter((entry) => entry.kind === kind && entry.caseId === caseId).map((entry) => entry.id));
      ids = { actors, sources, terms, statements: inCase('statement'), events: inCase('event'), claims: inCase('claim') };
      known.set(caseId, ids);
    }
    return ids;
  };
  return entries.flatMap((entry) => {
    if (entry.body.trim() === '') return [];
    try {
      return lintBody(entry.body, { file: entry.file, bodyLine: entry.bodyLine, caseId: entry.caseId }, knownIn(entry.caseId));
    } catch (problem) {
      return [
        error('unreadable-body', entry.file, `the body could not be read: ${String(problem).split('\n')[0]}`, {
          position: { line: entry.bodyLine, column: 1 },
        }),
      ];
    }
  });
}
