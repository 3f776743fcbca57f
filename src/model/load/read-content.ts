/**
 * Reads a content folder from disk into raw entries, for the CLI and the tests. (The site itself
 * reads the same files through Astro's content layer: see `src/content.config.ts`.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { error, type Diagnostic } from '../diagnostic.ts';
import type { RawEntry } from '../types.ts';
import { idPattern } from '../../schemas/common.ts';
import { parseContentFile } from './frontmatter.ts';
import { contentExtension, isIgnored, layoutHint, placeEntry } from './layout.ts';

/** What reading a content folder gives: the entries, and the problems met on the way. */
export interface ContentRead {
  entries: RawEntry[];
  /** Ids of files that are where content goes but could not be read (bad YAML, say). */
  unreadable: string[];
  diagnostics: Diagnostic[];
}

/**
 * Reads every Markdown and MDX file under `contentDir`. File paths in entries and diagnostics are
 * relative to `root` (the project), which is how editors and terminals show them.
 */
export function readContent(contentDir: string, root: string): ContentRead {
  const entries: RawEntry[] = [];
  const unreadable: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const relativePath of listContentFiles(contentDir)) {
    const file = toPosix(relative(root, join(contentDir, relativePath)));
    const text = readFileSync(join(contentDir, relativePath), 'utf8');
    const read = readEntry(toPosix(relativePath), file, text);
    if ('entry' in read) entries.push(read.entry);
    else {
      const place = placeEntry(toPosix(relativePath));
      if (place) unreadable.push(place.id);
    }
    diagnostics.push(...read.diagnostics);
  }
  return { entries, unreadable, diagnostics };
}

/**
 * Turns one file's text into a raw entry. `relativePath` is relative to the content folder and
 * decides the kind and id; `file` is the path shown to authors.
 */
export function readEntry(
  relativePath: string,
  file: string,
  text: string,
): { entry: RawEntry; diagnostics: Diagnostic[] } | { diagnostics: Diagnostic[] } {
  const place = placeEntry(relativePath);
  if (!place) {
    return {
      diagnostics: [error('misplaced-file', file, 'this file is not in a folder Casebook reads', { hint: layoutHint })],
    };
  }
  const diagnostics: Diagnostic[] = [];
  for (const id of [place.id, place.caseId]) {
    if (id !== undefined && !idPattern.test(id)) {
      diagnostics.push(
        error('invalid-id', file, `\`${id}\` is not a valid id`, {
          hint: `rename it to \`${suggestId(id)}\`: ids are lowercase letters, digits and \`-\``,
        }),
      );
    }
  }
  const parsed = parseContentFile(text, file);
  diagnostics.push(...parsed.diagnostics);
  if (diagnostics.length > 0) return { diagnostics };
  return {
    entry: { ...place, file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, locate: parsed.locate },
    diagnostics,
  };
}

/** Content files under `dir`, relative to it, in a stable order; `_`- and `.`-prefixed names are skipped. */
function listContentFiles(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile() && contentExtension.test(dirent.name))
    .map((dirent) => toPosix(relative(dir, join(dirent.parentPath, dirent.name))))
    .filter((path) => !path.split('/').some(isIgnored));
  return files.sort();
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function suggestId(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
