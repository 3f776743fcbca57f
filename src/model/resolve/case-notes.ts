/**
 * What a case says about its items: annotations, each anchored on a phrase of its target (a
 * statement, an event or the case's overview), and claims, each with its claimant, the
 * statements it appears in and the sources its review rests on.
 */
import type { Diagnostic } from '../diagnostic.ts';
import type { Annotation, CaseEvent, Claim, RawEntry, Statement } from '../types.ts';
import type { AnnotationData, ClaimData } from '../../schemas/index.ts';
import { anchorAnnotation, type AnchorOptions } from './anchor.ts';
import type { SiteTables } from './case-model.ts';
import type { Referrer } from './references.ts';
import type { Valid } from './shared-entities.ts';

/** The case's resolved items, which annotations and claims point at. */
export interface CaseItems {
  statements: ReadonlyMap<string, Statement>;
  events: ReadonlyMap<string, CaseEvent>;
}

/** Resolves a case's annotations (`index`: the case's index.md); each problem goes to `diagnostics`. */
export function resolveAnnotations(
  caseId: string,
  files: readonly Valid<AnnotationData>[],
  index: RawEntry,
  items: CaseItems,
  tables: SiteTables,
  refs: Referrer,
  diagnostics: Diagnostic[],
  anchoring: AnchorOptions = {},
): Annotation[] {
  return files.flatMap(({ entry, data }): Annotation[] => {
    const annotation = resolveAnnotation(entry, data, caseId, index, items, tables, refs, anchoring);
    if (annotation === undefined) return [];
    if ('message' in annotation) {
      diagnostics.push(annotation);
      return [];
    }
    return [annotation];
  });
}

/**
 * One annotation, its target found and its phrase anchored: a diagnostic when the phrase is not
 * in the target just once, undefined when the target is unknown (`refs` reports that).
 */
function resolveAnnotation(
  entry: RawEntry,
  data: AnnotationData,
  caseId: string,
  index: RawEntry,
  { statements, events }: CaseItems,
  tables: SiteTables,
  refs: Referrer,
  anchoring: AnchorOptions,
): Annotation | Diagnostic | undefined {
  const by = data.by === undefined ? undefined : refs.find(tables.actors, data.by, 'an actor', entry, ['by']);
  const source = data.source === undefined ? undefined : refs.find(tables.sources, data.source, 'a source', entry, ['source']);
  let target: Annotation['target'];
  let texts;
  if (data.target === 'case') {
    target = { type: 'case' };
    texts = { body: index.body, name: `the case's overview`, file: index.file };
  } else {
    const item = statements.get(data.target) ?? events.get(data.target);
    if (!item) {
      const targets = new Map<string, unknown>([...statements, ...events, ['case', true]]);
      refs.find(targets, data.target, `a statement or event of case \`${caseId}\` (or \`case\`)`, entry, ['target']);
      return undefined;
    }
    target = item.type === 'statement' ? { type: 'statement', item } : { type: 'event', item };
    texts = {
      quote: item.type === 'statement' ? (item.quote ?? item.paraphrase) : undefined,
      body: item.body,
      name: `${item.type} \`${item.id}\``,
      file: item.file,
    };
  }
  const anchor = anchorAnnotation(entry, data, texts, anchoring);
  if ('message' in anchor) return anchor;
  return {
    type: 'annotation',
    id: entry.id,
    caseId,
    file: entry.file,
    target,
    quote: data.quote,
    prefix: data.prefix,
    suffix: data.suffix,
    kind: data.kind,
    by,
    source,
    audience: data.audience,
    anchor,
    body: entry.body,
  };
}

/** Resolves a case's claims; a claim without a known claimant is left out. */
export function resolveClaims(
  caseId: string,
  files: readonly Valid<ClaimData>[],
  statements: ReadonlyMap<string, Statement>,
  tables: SiteTables,
  refs: Referrer,
): Claim[] {
  return files.flatMap(({ entry, data }): Claim[] => {
    const claimant = refs.find(tables.actors, data.claimant, 'an actor', entry, ['claimant']);
    const appearsIn = refs.findAll(statements, data.appears_in, `a statement of case \`${caseId}\``, entry, 'appears_in');
    const evidence = refs.findAll(tables.sources, data.evidence, 'a source', entry, 'evidence');
    if (!claimant) {
      refs.markBroken(entry.id);
      return [];
    }
    return [
      {
        type: 'claim',
        id: entry.id,
        caseId,
        file: entry.file,
        claim: data.claim,
        claimant,
        appearsIn,
        verdict: data.verdict,
        evidence,
        reviewed: data.reviewed,
        body: entry.body,
      },
    ];
  });
}
