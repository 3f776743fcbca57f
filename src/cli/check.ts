/**
 * `casebook check`: validates the content folder and prints every problem.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.ts';
import { readContent } from '../model/load/read-content.ts';
import { resolveSite, type SiteResolution } from '../model/resolve/site.ts';
import { contentDir } from './project.ts';

/** Reads and resolves the content under `root`, with the diagnostics of both steps. */
export function checkContent(root: string): SiteResolution & { files: number } {
  const read = readContent(contentDir(root), root);
  const resolution = resolveSite(read.entries, {
    unreadable: read.unreadable,
    publicFileExists: (path) => existsSync(join(root, 'public', path)),
  });
  const diagnostics = [...read.diagnostics, ...resolution.diagnostics];
  return { site: resolution.site, diagnostics, files: read.entries.length + new Set(read.diagnostics.map((d) => d.file)).size };
}

/** Prints diagnostics and a summary; returns whether there was no error. */
export function report(diagnostics: readonly Diagnostic[], files: number, write: (line: string) => void): boolean {
  for (const diagnostic of diagnostics) write(formatDiagnostic(diagnostic));
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  write(
    errors + warnings === 0
      ? `✓ ${plural(files, 'content file')} checked: no problems.`
      : `${errors > 0 ? '✗' : '!'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'content file')}.`,
  );
  return errors === 0;
}
