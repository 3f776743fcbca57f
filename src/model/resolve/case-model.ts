/**
 * Resolves one case: times, statements, events, annotations and claims, with every
 * cross-reference checked.
 */
import { error, type Diagnostic } from '../diagnostic.ts';
import { checkTimeZone, resolveAbsolute, resolveTimes, type TimeContext } from '../time/index.ts';
import type { Actor, Case, Item, RawEntry, Source } from '../types.ts';
import type { AnnotationData, CaseData, ClaimData, EventData, StatementData } from '../../schemas/index.ts';
import { resolveEvents, resolveStatements } from './case-items.ts';
import type { AnchorOptions } from './anchor.ts';
import { resolveAnnotations, resolveClaims } from './case-notes.ts';
import { usedActors, usedSources } from './case-uses.ts';
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
  anchoring: AnchorOptions = {},
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

  const events = resolveEvents(files.id, files.events, times, tables, refs, diagnostics, context);
  const statements = resolveStatements(files.id, files.statements, times, events, tables, refs);
  const items = new Map<string, Item>([...statements, ...events]);

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

  const annotations = resolveAnnotations(files.id, files.annotations, indexEntry, { statements, events }, tables, refs, diagnostics, anchoring);
  const claims = resolveClaims(files.id, files.claims, statements, tables, refs);

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

/** A title cut to 60 characters, for messages. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}
