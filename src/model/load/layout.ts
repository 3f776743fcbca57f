/**
 * Where each kind of file lives in the content folder (PRODUCT.md §2).
 */
import type { Kind } from '../types.ts';

/** What a content file is, from its path alone. */
export interface EntryPlace {
  kind: Kind;
  id: string;
  caseId?: string;
}

const folders: Record<string, Kind> = {
  actors: 'actor',
  statements: 'statement',
  events: 'event',
  sources: 'source',
  annotations: 'annotation',
  claims: 'claim',
  glossary: 'term',
};

const siteFolders = new Set(['actors', 'sources', 'glossary']);
const caseFolders = new Set(['actors', 'statements', 'events', 'sources', 'annotations', 'claims']);

/** Markdown and MDX are the only content file types. */
export const contentExtension = /\.(md|mdx)$/;

/**
 * Places a file by its path relative to the content folder (`/`-separated), or returns
 * undefined when the path is not one the format defines.
 */
export function placeEntry(relativePath: string): EntryPlace | undefined {
  const parts = relativePath.replace(contentExtension, '').split('/');
  const [first, second, third, fourth] = parts;
  if (parts.length === 2 && first && second && siteFolders.has(first)) {
    return { kind: folders[first]!, id: second };
  }
  if (first !== 'cases' || !second) return undefined;
  if (parts.length === 3 && third === 'index') return { kind: 'case', id: second, caseId: second };
  if (parts.length === 4 && third && fourth && caseFolders.has(third)) {
    return { kind: folders[third]!, id: fourth, caseId: second };
  }
  return undefined;
}

/** The folders an author may put content files in, for error messages. */
export const layoutHint =
  'content files go in glossary/, actors/, sources/, cases/<case-id>/index.md or cases/<case-id>/{actors,statements,events,sources,annotations,claims}/';

/** Whether a file or folder name is hidden from the loader (`_draft.md`, `.DS_Store`). */
export function isIgnored(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}
