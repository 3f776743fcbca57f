/**
 * Where a Casebook project keeps its things. The content folder can be moved with
 * `CASEBOOK_CONTENT` (tests build tiny fixture folders this way); Astro's config reads the same.
 */
import { isAbsolute, resolve } from 'node:path';

/** The project's root folder: where `npm run …` was started. */
export function projectRoot(): string {
  return process.cwd();
}

/** The content folder, absolute. */
export function contentDir(root: string = projectRoot()): string {
  const configured = process.env.CASEBOOK_CONTENT ?? 'content';
  return isAbsolute(configured) ? configured : resolve(root, configured);
}
