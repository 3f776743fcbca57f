/**
 * `casebook new <kind> <id>`: scaffolds a content file where the format expects it.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { idPattern } from '../schemas/common.ts';
import type { Kind } from '../model/types.ts';
import { template } from './templates.ts';

const kinds: Kind[] = ['case', 'actor', 'statement', 'event', 'source', 'annotation', 'claim', 'term'];
const caseKinds = new Set<Kind>(['statement', 'event', 'annotation', 'claim']);

/** What `new` did: the file written, or why it could not. */
export type Scaffolded = { file: string } | { problem: string };

/**
 * Writes a new file of `kind`. `name` is `<id>`, or `<case-id>/<id>` for things inside a case
 * (statements, events, annotations and claims always are; actors and sources may be). With a
 * single case in the content folder, its id may be left out.
 */
export function scaffold(contentDir: string, root: string, kind: string, name: string, today: string): Scaffolded {
  if (!kinds.includes(kind as Kind)) return { problem: `\`${kind}\` is not a kind of file: use one of ${kinds.join(', ')}` };
  const parts = name.split('/');
  const id = parts.at(-1) ?? '';
  let caseId = parts.length === 2 ? parts[0] : undefined;
  if (parts.length > 2 || !idPattern.test(id) || (caseId !== undefined && !idPattern.test(caseId))) {
    return { problem: `\`${name}\` is not a valid id: use lowercase letters, digits and \`-\`, e.g. \`first-attack\`` };
  }
  if (kind === 'case') caseId = id;
  if (caseId === undefined && caseKinds.has(kind as Kind)) {
    const cases = existingCases(contentDir);
    if (cases.length !== 1) {
      return { problem: `say which case the ${kind} belongs to: \`<case-id>/${id}\`${cases.length ? ` (cases: ${cases.join(', ')})` : ''}` };
    }
    caseId = cases[0];
  }
  const path = filePath(contentDir, kind as Kind, id, caseId);
  if (existsSync(path) || existsSync(path.replace(/\.md$/, '.mdx'))) return { problem: `${relative(root, path)} already exists` };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, template(kind as Kind, id, today));
  return { file: relative(root, path) };
}

function filePath(contentDir: string, kind: Kind, id: string, caseId: string | undefined): string {
  if (kind === 'case') return join(contentDir, 'cases', id, 'index.md');
  const folder = kind === 'term' ? 'glossary' : `${kind}s`;
  return caseId === undefined || kind === 'term' ? join(contentDir, folder, `${id}.md`) : join(contentDir, 'cases', caseId, folder, `${id}.md`);
}

function existingCases(contentDir: string): string[] {
  const folder = join(contentDir, 'cases');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}
