/**
 * Resolves one case: times, statements, events, annotations and claims, with every
 * cross-reference checked.
 */
import { error, type Diagnostic } from '../diagnostic.ts';
import { checkTimeZone, resolveAbsolute, resolveTimes, type TimeContext } from '../time/index.ts';
import type { Actor, Annotation, Case, CaseEvent, Claim, Item, RawEntry, Source, Statement } from '../types.ts';
import type {
  AnnotationData,
  CaseData,
  ClaimData,
  EventData,
  StatementData,
} from '../../schemas/index.ts';
import { anchorAnnotation } from './anchor.ts';
import { compareItems } from './order.ts';
import type { Referrer } from './references.ts';
import type { Valid } from './shared-entities.ts';

/** The validated files of one case. */
export interface CaseFiles {
  id: string;
  index?: Valid<CaseData>;
  statements: Valid<StatementData>[];
  events: Valid<EventData>[];
  annotations: Valid<AnnotationData>[];
  claims: Valid<ClaimData>[];
  /**
   * Every statement and event file of the case, valid or not: their times are resolved all the
   * same, so that an item anchored on an invalid one is not reported twice.
   */
  timed: RawEntry[];
}

/** What the site already knows when a case is resolved. */
export interface SiteTables {
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
}

/** The time context of a case; an invalid zone is reported once and UTC used to go on checking. */
export function timeContextOf(index: Valid<CaseData> | undefined, diagnostics: Diagnostic[]): TimeContext {
  if (!index) return { timezone: 'UTC', locale: 'en-GB' };
  const { data, entry } = index;
  const problem = checkTimeZone(data.timezone, { file: entry.file, field: 'timezone', locate: entry.locate });
  if (problem) {
    diagnostics.push(problem);
    return { timezone: 'UTC', locale: data.locale };
  }
  return { timezone: data.timezone, locale: data.locale };
}

/** Resolves a case; returns undefined (with a diagnostic) when the case has no valid index. */
export function resolveCase(
  files: CaseFiles,
  tables: SiteTables,
  refs: Referrer,
  diagnostics: Diagnostic[],
  context: TimeContext,
): Case | undefined {
  const titles = new Map<string, string>([
    ...files.statements.map(({ entry, data }): [string, string] => [entry.id, data.quote ?? data.paraphrase ?? entry.id]),
    ...files.events.map(({ entry, data }): [string, string] => [entry.id, data.title]),
  ]);
  const timed = files.timed.map((entry) => ({ key: entry.id, file: entry.file, when: entry.data.when, locate: entry.locate }));
  const { times, diagnostics: timeProblems } = resolveTimes(
    timed,
    context,
    (key) => `“${shorten(titles.get(key) ?? key)}”`,
    refs.brokenIds,
  );
  diagnostics.push(...timeProblems);

  const events = new Map<string, CaseEvent>();
  for (const { entry, data } of files.events) {
    const when = times.get(entry.id);
    const end = data.end === undefined ? undefined : resolveAbsolute(data.end, context, { file: entry.file, field: 'end', locate: entry.locate });
    if (end !== undefined && 'message' in end) diagnostics.push(end);
    // References are checked even when the time failed, so that one pass reports everything.
    const actors = refs.findAll(tables.actors, data.actors, 'an actor', entry, 'actors');
    const sources = refs.findAll(tables.sources, data.sources, 'a source', entry, 'sources');
    if (!when) {
      refs.markBroken(entry.id);
      continue;
    }
    events.set(entry.id, {
      type: 'event',
      id: entry.id,
      caseId: files.id,
      file: entry.file,
      title: data.title,
      when,
      end: end !== undefined && !('message' in end) ? end : undefined,
      kind: data.kind,
      actors,
      sources,
      label: data.label,
      body: entry.body,
    });
  }

  const statements = new Map<string, Statement>();
  for (const { entry, data } of files.statements) {
    const speaker = refs.find(tables.actors, data.speaker, 'an actor', entry, ['speaker']);
    const source = refs.find(tables.sources, data.source, 'a source', entry, ['source']);
    const when = times.get(entry.id);
    if (!speaker || !source || !when) {
      refs.markBroken(entry.id);
      continue;
    }
    statements.set(entry.id, {
      type: 'statement',
      id: entry.id,
      caseId: files.id,
      file: entry.file,
      speaker,
      when,
      source,
      quote: data.quote,
      paraphrase: data.paraphrase,
      channel: data.channel,
      audience: data.audience,
      about: [],
      respondsTo: [],
      tags: data.tags,
      label: data.label,
      body: entry.body,
    });
  }
  const items = new Map<string, Item>([...statements, ...events]);
  for (const { entry, data } of files.statements) {
    const statement = statements.get(entry.id);
    if (!statement) continue;
    statement.about = refs.findAll(events, data.about, `an event of case \`${files.id}\``, entry, 'about');
    statement.respondsTo = refs.findAll(items, data.responds_to, `a statement or event of case \`${files.id}\``, entry, 'responds_to');
  }

  if (!files.index) {
    const first = [...files.statements, ...files.events, ...files.annotations, ...files.claims][0];
    if (first) {
      diagnostics.push(
        error('missing-case-index', first.entry.file, `case \`${files.id}\` has no valid index.md`, {
          hint: `create content/cases/${files.id}/index.md with the case's title, summary and timezone`,
        }),
      );
    }
    return undefined;
  }
  const { entry: indexEntry, data: caseData } = files.index;

  const annotations = files.annotations.flatMap(({ entry, data }): Annotation[] => {
    const annotation = resolveAnnotation(entry, data, files.id, indexEntry, statements, events, tables, refs);
    if (annotation === undefined) return [];
    if ('message' in annotation) {
      diagnostics.push(annotation);
      return [];
    }
    return [annotation];
  });

  const claims = files.claims.flatMap(({ entry, data }): Claim[] => {
    const claimant = refs.find(tables.actors, data.claimant, 'an actor', entry, ['claimant']);
    const appearsIn = refs.findAll(statements, data.appears_in, `a statement of case \`${files.id}\``, entry, 'appears_in');
    const evidence = refs.findAll(tables.sources, data.evidence, 'a source', entry, 'evidence');
    if (!claimant) {
      refs.markBroken(entry.id);
      return [];
    }
    return [
      {
        type: 'claim',
        id: entry.id,
        caseId: files.id,
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

  const primarySource =
    caseData.primary_source === undefined
      ? undefined
      : refs.find(tables.sources, caseData.primary_source, 'a source', indexEntry, ['primary_source']);
  const period =
    caseData.period === undefined
      ? undefined
      : resolveAbsolute(caseData.period, context, { file: indexEntry.file, field: 'period', locate: indexEntry.locate });
  if (period !== undefined && 'message' in period) diagnostics.push(period);

  const ordered = [...items.values()].sort(compareItems);
  return {
    type: 'case',
    id: files.id,
    file: indexEntry.file,
    title: caseData.title,
    summary: caseData.summary,
    subtitle: caseData.subtitle,
    timezone: context.timezone,
    locale: context.locale,
    primarySource,
    authors: caseData.authors,
    published: caseData.published,
    level: caseData.level,
    objectives: caseData.objectives,
    questions: caseData.questions,
    classTime: caseData.class_time,
    license: caseData.license,
    revealVerdicts: caseData.reveal_verdicts,
    lanes: caseData.lanes,
    period: period !== undefined && !('message' in period) ? period : undefined,
    actors: usedActors(files.id, tables.actors, ordered, annotations, claims),
    statements: [...statements.values()].sort(compareItems),
    events: [...events.values()].sort(compareItems),
    items: ordered,
    sources: usedSources(files.id, tables.sources, ordered, annotations, claims, primarySource),
    annotations,
    claims,
    body: indexEntry.body,
  };
}

function resolveAnnotation(
  entry: RawEntry,
  data: AnnotationData,
  caseId: string,
  index: RawEntry,
  statements: ReadonlyMap<string, Statement>,
  events: ReadonlyMap<string, CaseEvent>,
  tables: SiteTables,
  refs: Referrer,
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
  const anchor = anchorAnnotation(entry, data, texts);
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

/** The case's own actors plus every actor its items, annotations and claims mention, by name. */
function usedActors(
  caseId: string,
  actors: ReadonlyMap<string, Actor>,
  items: readonly Item[],
  annotations: readonly Annotation[],
  claims: readonly Claim[],
): Actor[] {
  const used = new Set<Actor>([...actors.values()].filter((actor) => actor.caseId === caseId));
  for (const item of items) {
    if (item.type === 'statement') used.add(item.speaker);
    else item.actors.forEach((actor) => used.add(actor));
  }
  annotations.forEach((annotation) => annotation.by && used.add(annotation.by));
  claims.forEach((claim) => used.add(claim.claimant));
  return [...used].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The case's own sources plus every source it cites, by title. */
function usedSources(
  caseId: string,
  sources: ReadonlyMap<string, Source>,
  items: readonly Item[],
  annotations: readonly Annotation[],
  claims: readonly Claim[],
  primary: Source | undefined,
): Source[] {
  const used = new Set<Source>([...sources.values()].filter((source) => source.caseId === caseId));
  if (primary) used.add(primary);
  for (const item of items) {
    if (item.type === 'statement') used.add(item.source);
    else item.sources.forEach((source) => used.add(source));
  }
  annotations.forEach((annotation) => annotation.source && used.add(annotation.source));
  claims.forEach((claim) => claim.evidence.forEach((source) => used.add(source)));
  return [...used].sort((a, b) => a.title.localeCompare(b.title, 'en'));
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}
