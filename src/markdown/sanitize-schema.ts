/**
 * What HTML a body may contain: GitHub's rules (hast-util-sanitize's `defaultSchema`), plus
 * exactly the elements, classes and data attributes that Casebook's directives produce, so that
 * they survive while an author's raw HTML cannot forge anything else. Annotation marks and note
 * markers are added after sanitising and need no rule here.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { REFERENCE_DIRECTIVES } from './references.ts';

type Rules = NonNullable<Schema['attributes']>;
type Rule = Rules[string][number];

const REFERENCE_CLASSES = ['ref', ...REFERENCE_DIRECTIVES.map((kind) => `ref-${kind}`)];

/** Rules for the attributes of a reference (`:actor[…]{#id}` and the like). */
const referenceAttributes: Rule[] = [
  ['dataRef', ...REFERENCE_DIRECTIVES],
  ['dataId', /^[\w.-]+$/],
];

/** GitHub's rules for an element, without its class rule (replaced by ours). */
function githubRules(tagName: string): Rule[] {
  return (defaultSchema.attributes?.[tagName] ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className'));
}

function githubClasses(tagName: string): string[] {
  const rule = defaultSchema.attributes?.[tagName]?.find((item) => Array.isArray(item) && item[0] === 'className');
  return Array.isArray(rule) ? rule.slice(1).filter((value): value is string => typeof value === 'string') : [];
}

/** The sanitiser's schema for Casebook bodies. */
export const casebookSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside'],
  // Removed with their content, not just unwrapped: the text of a script or a style is no prose.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  protocols: {
    ...defaultSchema.protocols,
    href: [...(defaultSchema.protocols?.['href'] ?? []), 'tel'],
  },
  attributes: {
    ...defaultSchema.attributes,
    a: [...githubRules('a'), ['className', ...githubClasses('a'), ...REFERENCE_CLASSES], ...referenceAttributes],
    span: [...githubRules('span'), ['className', ...REFERENCE_CLASSES, 'ref-unresolved'], ...referenceAttributes],
    aside: [['className', 'question', 'teacher-note'], 'dataQuestion', ['dataAudience', 'teacher'], ['role', 'note'], 'ariaLabelledBy'],
    h2: [...githubRules('h2'), ['className', ...githubClasses('h2'), 'question-label', 'teacher-note-label']],
  },
};
