/**
 * A case's items: its events and statements, each with its resolved time and its references to
 * actors, sources and other items checked. An item whose time or required reference failed is
 * left out and marked broken, so that nothing that points at it is reported a second time.
 */
import type { Diagnostic } from '../diagnostic.ts';
import { resolveAbsolute, type ResolvedTime, type TimeContext } from '../time/index.ts';
import type { CaseEvent, Item, Statement } from '../types.ts';
import type { EventData, StatementData } from '../../schemas/index.ts';
import type { SiteTables } from './case-model.ts';
import type { Referrer } from './references.ts';
import type { Valid } from './shared-entities.ts';

/** Resolves a case's events, by id. */
export function resolveEvents(
  caseId: string,
  files: readonly Valid<EventData>[],
  times: ReadonlyMap<string, ResolvedTime>,
  tables: SiteTables,
  refs: Referrer,
  diagnostics: Diagnostic[],
  context: TimeContext,
): Map<string, CaseEvent> {
  const events = new Map<string, CaseEvent>();
  for (const { entry, data } of files) {
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
      caseId,
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
  return events;
}

/**
 * Resolves a case's statements, by id, then links each to the events it is about and the items
 * it responds to (`events`: the case's resolved events).
 */
export function resolveStatements(
  caseId: string,
  files: readonly Valid<StatementData>[],
  times: ReadonlyMap<string, ResolvedTime>,
  events: ReadonlyMap<string, CaseEvent>,
  tables: SiteTables,
  refs: Referrer,
): Map<string, Statement> {
  const statements = new Map<string, Statement>();
  for (const { entry, data } of files) {
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
      caseId,
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
  for (const { entry, data } of files) {
    const statement = statements.get(entry.id);
    if (!statement) continue;
    statement.about = refs.findAll(events, data.about, `an event of case \`${caseId}\``, entry, 'about');
    statement.respondsTo = refs.findAll(items, data.responds_to, `a statement or event of case \`${caseId}\``, entry, 'responds_to');
  }
  return statements;
}
