/**
 * A problem found while resolving one time, before Casebook knows which file it belongs to.
 * The resolver turns it into a {@link Diagnostic} once the file and the field are known.
 */
import { error, type Diagnostic, type Position } from '../diagnostic.ts';
import type { FieldPath } from '../types.ts';

/** What went wrong with a time, and where inside the field's value. */
export interface Problem {
  kind: 'problem';
  /** A stable diagnostic code, e.g. `impossible-date`. */
  code: string;
  /** One sentence; values wrapped in backticks. */
  message: string;
  hint?: string;
  /** Path inside the field's value, e.g. `['before']`; empty for the value itself. */
  path: FieldPath;
}

/** Builds a problem at `path` inside the field's value. */
export function problem(code: string, path: FieldPath, message: string, hint?: string): Problem {
  return hint === undefined ? { kind: 'problem', code, message, path } : { kind: 'problem', code, message, hint, path };
}

/** Tells a problem apart from a successful result. */
export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'problem';
}

/** Where a field sits: its file, its name, and how to find positions inside it. */
export interface FieldLocation {
  file: string;
  field: string;
  locate: (path: FieldPath) => Position | undefined;
}

/**
 * Turns a problem into a diagnostic. The message is prefixed with the field path
 * (`` `when.before`: ``) so that it still says where the problem is when no line is known.
 */
export function toDiagnostic(found: Problem, at: FieldLocation): Diagnostic {
  const path = [at.field, ...found.path];
  const name = path.join('.');
  const position = at.locate(path);
  return error(found.code, at.file, `\`${name}\`: ${found.message}`, {
    ...(position ? { position } : {}),
    ...(found.hint !== undefined ? { hint: found.hint } : {}),
  });
}

/** Shows a raw frontmatter value in a message: strings and numbers in backticks, shapes in words. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``;
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `\`${value.toISOString()}\``;
  if (typeof value === 'object') return 'an object';
  return `\`${String(value)}\``;
}
