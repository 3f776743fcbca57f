/**
 * Diagnostics are part of Casebook's interface: every problem found in the content names the
 * file, the line and column where known, what is wrong and how to fix it.
 */

/** A position in a file, 1-based, as editors count. */
export interface Position {
  line: number;
  column: number;
}

/** One problem found in the content. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** A short stable code, e.g. `unknown-reference`, for tests and for people who script. */
  code: string;
  /** Path of the file, relative to the project root, with `/` separators. */
  file: string;
  /** Where in the file, when it can be known. */
  position?: Position;
  /** What is wrong, in one sentence. Ids and values are wrapped in backticks. */
  message: string;
  /** How to fix it, when Casebook can tell. */
  hint?: string;
}

/** Builds an error diagnostic. */
export function error(
  code: string,
  file: string,
  message: string,
  options: { position?: Position; hint?: string } = {},
): Diagnostic {
  return { severity: 'error', code, file, message, ...options };
}

/** Builds a warning diagnostic. */
export function warning(
  code: string,
  file: string,
  message: string,
  options: { position?: Position; hint?: string } = {},
): Diagnostic {
  return { severity: 'warning', code, file, message, ...options };
}

/** Formats a diagnostic the way compilers do: `file:line:column error message (hint)`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.position
    ? `${diagnostic.file}:${diagnostic.position.line}:${diagnostic.position.column}`
    : diagnostic.file;
  const hint = diagnostic.hint ? `\n    ${diagnostic.hint}` : '';
  return `${where} ${diagnostic.severity} ${diagnostic.message}${hint}`;
}

/** Orders diagnostics by file, then line, then column, so that output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const lineA = a.position?.line ?? 0;
  const lineB = b.position?.line ?? 0;
  if (lineA !== lineB) return lineA - lineB;
  return (a.position?.column ?? 0) - (b.position?.column ?? 0);
}
