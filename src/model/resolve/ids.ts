/**
 * Id uniqueness (PRODUCT.md §2): actor, source and term ids are unique across the site;
 * statement, event, annotation and claim ids within their case, and a statement and an event of
 * one case never share an id (annotations and directives could not tell them apart).
 */
import { error, type Diagnostic } from '../diagnostic.ts';
import type { RawEntry } from '../types.ts';

/** The scope in which an entry's id must be unique. */
function scopeOf(entry: RawEntry): string {
  switch (entry.kind) {
    case 'actor':
    case 'source':
    case 'term':
      return entry.kind;
    case 'case':
      return 'case';
    case 'statement':
    case 'event':
      return `${entry.caseId}/item`;
    default:
      return `${entry.caseId}/${entry.kind}`;
  }
}

/**
 * Splits entries into those whose id is unique in its scope and diagnostics for the others. The
 * first file in path order keeps the id; every later one is reported, naming the first.
 */
export function checkUniqueIds(entries: readonly RawEntry[]): { unique: RawEntry[]; diagnostics: Diagnostic[] } {
  const seen = new Map<string, RawEntry>();
  const unique: RawEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    const key = `${scopeOf(entry)}:${entry.id}`;
    const first = seen.get(key);
    if (first) {
      diagnostics.push(
        error('duplicate-id', entry.file, `the ${entry.kind} id \`${entry.id}\` is already used by ${first.file}`, {
          hint: 'rename one of the two files: ids must be unique (actors, sources and terms across the whole site)',
        }),
      );
      continue;
    }
    seen.set(key, entry);
    unique.push(entry);
  }
  return { unique, diagnostics };
}
