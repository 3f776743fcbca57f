/**
 * Validates each entry's frontmatter against the schema of its kind and turns Zod's issues into
 * diagnostics that point at the field, say what is wrong and how to fix it.
 */
import type { z } from 'zod';
import { error, type Diagnostic } from '../diagnostic.ts';
import type { RawEntry } from '../types.ts';
import { schemas } from '../../schemas/index.ts';
import { didYouMean } from '../suggest.ts';

/** The fields a schema declares, for suggestions. */
function fieldsOf(schema: z.ZodType): string[] {
  const def = (schema as { def?: { type?: string; in?: z.ZodType; shape?: Record<string, unknown> } }).def;
  if (def?.type === 'pipe' && def.in) return fieldsOf(def.in);
  if (def?.type === 'object' && def.shape) return Object.keys(def.shape);
  return [];
}

/** Validates an entry; returns its typed data, or the diagnostics that stop it. */
export function validateEntry<K extends RawEntry['kind']>(
  entry: RawEntry & { kind: K },
): { data: z.output<(typeof schemas)[K]> } | { diagnostics: Diagnostic[] } {
  const schema = schemas[entry.kind] as z.ZodType;
  const result = schema.safeParse(entry.data);
  if (result.success) return { data: result.data as z.output<(typeof schemas)[K]> };
  const fields = fieldsOf(schema);
  return { diagnostics: result.error.issues.flatMap((issue) => describeIssue(issue, entry, fields)) };
}

function describeIssue(issue: z.core.$ZodIssue, entry: RawEntry, fields: string[]): Diagnostic[] {
  const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
  const field = path.map(String).join('.');
  const at = (steps: (string | number)[]) => ({ position: entry.locate(steps) });
  if (issue.code !== 'unrecognized_keys' && issue.code !== 'custom' && path.length > 0 && valueAt(entry.data, path) === undefined) {
    return [
      error('missing-field', entry.file, `missing required field \`${field}\` in ${withArticle(entry.kind)}`, {
        position: entry.locate([]) ?? { line: 1, column: 1 },
        hint: `add \`${field}:\` to the frontmatter`,
      }),
    ];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        error('unknown-field', entry.file, `unknown field \`${[...path, key].join('.')}\` in ${withArticle(entry.kind)}${didYouMean(key, fields)}`, {
          ...at([...path, key]),
          hint: path.length === 0 ? `the fields of a ${entry.kind} are: ${fields.join(', ')}` : undefined,
        }),
      );
    case 'invalid_type':
      return [error('invalid-field', entry.file, `\`${field}\` should be ${article(issue.expected)}`, at(path))];
    case 'invalid_value':
      return [
        error(
          'invalid-field',
          entry.file,
          `\`${field}\` is \`${String(valueAt(entry.data, path))}\`, which is not allowed${didYouMean(String(valueAt(entry.data, path)), issue.values.map(String))}`,
          { ...at(path), hint: `use one of: ${issue.values.map(String).join(', ')}` },
        ),
      ];
    case 'invalid_format':
      return [error('invalid-field', entry.file, `\`${field}\`: ${issue.message}`, at(path))];
    default:
      return [error('invalid-field', entry.file, field ? `\`${field}\`: ${issue.message}` : issue.message, at(path))];
  }
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a set of `field: value` lines';
  return withArticle(expected);
}

/** "an event", "a statement". */
function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
