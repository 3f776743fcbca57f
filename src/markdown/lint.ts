/**
 * Checking a body's markup for `npm run check` (PRODUCT.md §5): directives and their ids,
 * footnotes, and HTML the sanitiser would drop. Pure: Markdown and known ids in, diagnostics out.
 */
import { nearest } from '../model/suggest.ts';
import type { PhrasingContentMap, Root, RootContentMap } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type {} from 'remark-directive';
import { visit } from 'unist-util-visit';
import { error, type Diagnostic, type Position } from '../model/diagnostic.ts';
import { lineColumn, parseBody } from './parse.ts';
import {
  CONTAINER_DIRECTIVES,
  isCaseScoped,
  isContainerKind,
  isReferenceKind,
  REFERENCE_DIRECTIVES,
  type ReferenceKind,
} from './references.ts';
import { findUnsafeHtml } from './unsafe-html.ts';

type TextDirective = PhrasingContentMap['textDirective'];
type LeafDirective = RootContentMap['leafDirective'];
type ContainerDirective = RootContentMap['containerDirective'];

/** The ids a body may refer to: site-wide actors, terms and sources; the case's own items. */
export interface KnownIds {
  actors: Set<string>;
  terms: Set<string>;
  sources: Set<string>;
  statements: Set<string>;
  events: Set<string>;
  claims: Set<string>;
}

/** Where the body is: its file, the line its first line is on, and its case. */
export interface BodyLocation {
  file: string;
  bodyLine: number;
  caseId?: string;
}

/** What one run of the linter knows. */
interface State {
  markdown: string;
  at: BodyLocation;
  known: KnownIds;
  found: Diagnostic[];
}

const NOUNS: Record<ReferenceKind, string> = {
  actor: 'actor',
  term: 'glossary term',
  cite: 'source',
  statement: 'statement',
  event: 'event',
  claim: 'claim',
};

const DIRECTIVE_LIST = [...REFERENCE_DIRECTIVES.map((name) => `:${name}`), ...CONTAINER_DIRECTIVES.map((name) => `:::${name}`)].join(', ');

/** The file position of a body position. */
function inFile(state: State, position: { line: number; column: number }): Position {
  return { line: position.line + state.at.bodyLine - 1, column: position.column };
}

function report(state: State, code: string, where: { line: number; column: number } | undefined, message: string, hint: string): void {
  state.found.push(error(code, state.at.file, message, { ...(where && { position: inFile(state, where) }), hint }));
}

function idsOf(known: KnownIds, kind: ReferenceKind): Set<string> {
  switch (kind) {
    case 'actor':
      return known.actors;
    case 'term':
      return known.terms;
    case 'cite':
      return known.sources;
    case 'statement':
      return known.statements;
    case 'event':
      return known.events;
    case 'claim':
      return known.claims;
  }
}

/** Where a new file for the id would go, for the hint. */
function fileFor(kind: ReferenceKind, id: string, caseId: string | undefined): string {
  const folder = kind === 'cite' ? 'sources' : kind === 'term' ? 'glossary' : `${kind}s`;
  if (isCaseScoped(kind) || (caseId && kind !== 'term')) return `cases/${caseId ?? '<case>'}/${folder}/${id}.md in the content folder`;
  return `${folder}/${id}.md in the content folder`;
}

/** A lowercase, hyphenated id made from a label: "Alan Woodward" → `alan-woodward`. */
function slug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function unknownDirective(state: State, node: TextDirective | LeafDirective | ContainerDirective): void {
  const written = node.type === 'textDirective' ? `:${node.name}` : node.type === 'leafDirective' ? `::${node.name}` : `:::${node.name}`;
  const names = node.type === 'containerDirective' ? CONTAINER_DIRECTIVES : REFERENCE_DIRECTIVES;
  const near = nearest(node.name, names);
  const asContainer = node.type !== 'containerDirective' && isContainerKind(node.name);
  const asText = node.type !== 'textDirective' && isReferenceKind(node.name);
  const advice = asContainer
    ? `\`${node.name}\` is a block: write \`:::${node.name}\` on a line of its own and close it with \`:::\`.`
    : asText
      ? `\`${node.name}\` is inline: write \`:${node.name}[label]{#id}\` inside a paragraph.`
      : `${near ? `Did you mean \`${node.type === 'containerDirective' ? ':::' : ':'}${near}\`? ` : ''}Casebook's directives are ${DIRECTIVE_LIST}.`;
  report(state, 'unknown-directive', node.position?.start, `unknown directive \`${written}\``, advice);
}

function reference(state: State, node: TextDirective, kind: ReferenceKind): void {
  const label = toString(node).trim();
  const explicitId = node.attributes?.id ?? '';
  const id = explicitId || (kind === 'cite' ? label : '');
  const where = node.position?.start;
  const ids = idsOf(state.known, kind);
  const noun = NOUNS[kind];
  if (!id) {
    const guess = slug(label);
    const example = ids.has(guess) ? guess : `${kind === 'cite' ? 'source' : kind}-id`;
    report(
      state,
      'missing-id',
      where,
      `\`:${kind}[${label}]\` does not say which ${noun} it refers to`,
      `Add its id: \`:${kind}[${label}]{#${example}}\`.`,
    );
    return;
  }
  if (isCaseScoped(kind) && !state.at.caseId) {
    report(state, 'unknown-reference', where, `\`:${kind}\` refers to \`${id}\`, but this body is not part of a case`, `Only a case's own bodies can refer to its ${kind}s; link to the page instead.`);
    return;
  }
  if (ids.has(id)) return;
  const near = nearest(id, ids);
  const inCase = isCaseScoped(kind) ? ` in case \`${state.at.caseId}\`` : '';
  report(
    state,
    'unknown-reference',
    where,
    `${noun} \`${id}\` is not defined${inCase}${near ? ` — did you mean \`${near}\`?` : ''}`,
    near ? `Correct the id to \`${near}\`, or create ${fileFor(kind, id, state.at.caseId)}.` : `Correct the id, or create ${fileFor(kind, id, state.at.caseId)}.`,
  );
}

function directives(state: State, tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'textDirective') {
      if (isReferenceKind(node.name)) reference(state, node, node.name);
      else unknownDirective(state, node);
    } else if (node.type === 'leafDirective') {
      unknownDirective(state, node);
    } else if (node.type === 'containerDirective') {
      if (!isContainerKind(node.name)) unknownDirective(state, node);
      else if (!isClosed(state, node)) unclosedBlock(state, node);
    }
  });
}

/** Whether a `:::name` block ends with its own closing fence (else it runs to the end of the body). */
function isClosed(state: State, node: ContainerDirective): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return true;
  const lines = state.markdown.slice(start, end).trimEnd().split('\n');
  return lines.length > 1 && /^\s*:{3,}\s*$/.test(lines.at(-1) ?? '');
}

/** An unclosed block swallows the rest of the body: in the student edition a teacher block would hide it all. */
function unclosedBlock(state: State, node: ContainerDirective): void {
  report(
    state,
    'unclosed-block',
    node.position?.start,
    `\`:::${node.name}\` is never closed, so everything after it belongs to the block`,
    `End the block with a line holding only \`:::\`.`,
  );
}

/** `[^label]` written in text: GFM only parses references whose definition exists. */
const LITERAL_FOOTNOTE = /(?<!\\)\[\^([^\]\s]+)\]/g;

function footnotes(state: State, tree: Root): void {
  const defined = new Map<string, { label: string; where?: { line: number; column: number } }>();
  const referenced = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') {
      defined.set(node.identifier, { label: node.label ?? node.identifier, ...(node.position && { where: node.position.start }) });
    }
    if (node.type === 'footnoteReference') referenced.add(node.identifier);
  });
  const toPosition = lineColumn(state.markdown);
  visit(tree, 'text', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    for (const match of state.markdown.slice(start, end).matchAll(LITERAL_FOOTNOTE)) {
      const label = match[1] ?? '';
      const near = nearest(label.toLowerCase(), [...defined.values()].map((d) => d.label));
      report(
        state,
        'footnote-undefined',
        toPosition(start + match.index),
        `footnote \`[^${label}]\` has no definition${near ? ` — did you mean \`[^${near}]\`?` : ''}`,
        `Add a line \`[^${label}]: …\` after the text, or correct the label.`,
      );
    }
  });
  for (const [identifier, definition] of defined) {
    if (referenced.has(identifier)) continue;
    report(
      state,
      'footnote-unused',
      definition.where,
      `footnote \`[^${definition.label}]\` is defined but never referenced`,
      `Reference it with \`[^${definition.label}]\` in the text, or remove the definition.`,
    );
  }
}

/**
 * Lints one Markdown body. Positions are in the file (body position + `bodyLine` − 1). Codes:
 * `unknown-directive`, `unclosed-block`, `missing-id`, `unknown-reference`, `footnote-undefined`,
 * `footnote-unused`, `unsafe-html`; all are errors.
 */
export function lintBody(markdown: string, at: BodyLocation, known: KnownIds): Diagnostic[] {
  const state: State = { markdown, at, known, found: [] };
  const tree = parseBody(markdown);
  directives(state, tree);
  footnotes(state, tree);
  // `.mdx` is for trusted authors: its components and HTML are not sanitised, so not linted.
  // The tree is handed on last: turning it into HTML changes it.
  if (!state.at.file.endsWith('.mdx')) for (const problem of findUnsafeHtml(markdown, tree)) report(state, 'unsafe-html', problem.position, problem.message, problem.hint);
  return state.found.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0));
}
