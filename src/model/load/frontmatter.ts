/**
 * Splits a content file into frontmatter and body, and parses the frontmatter with positions so
 * that every diagnostic can point at the line and column of the field it is about.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { NESTING_LIMITS, tooDeep } from '../../markdown/nesting.ts';
import { error, type Diagnostic, type Position } from '../diagnostic.ts';
import type { FieldPath } from '../types.ts';

/** A parsed content file. */
export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  locate: (path: FieldPath) => Position | undefined;
  diagnostics: Diagnostic[];
}

const fence = /^---[ \t]*\r?\n/;
const closingFence = /^---[ \t]*$/m;

/** Parses `text` (the whole file) whose path, relative to the project root, is `file`. */
export function parseContentFile(text: string, file: string): ParsedFile {
  const unlocated = () => undefined;
  const opening = fence.exec(text);
  if (!opening) {
    return {
      data: {},
      body: text,
      bodyLine: 1,
      locate: unlocated,
      diagnostics: [
        error('missing-frontmatter', file, 'the file has no frontmatter', {
          position: { line: 1, column: 1 },
          hint: 'start the file with a `---` line, the fields in YAML, and another `---` line',
        }),
      ],
    };
  }
  const rest = text.slice(opening[0].length);
  const closing = closingFence.exec(rest);
  if (!closing) {
    return {
      data: {},
      body: '',
      bodyLine: 1,
      locate: unlocated,
      diagnostics: [
        error('unclosed-frontmatter', file, 'the frontmatter is never closed', {
          position: { line: 1, column: 1 },
          hint: 'end the frontmatter with a line holding only `---`',
        }),
      ],
    };
  }
  const yamlText = rest.slice(0, closing.index);
  const afterFence = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const yamlStartLine = 2;
  const bodyLine = yamlStartLine + countLines(yamlText) + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlStartLine - 1, column: col };
  };
  // One mistake in YAML often makes the parser report several: the first is the one to fix.
  const diagnostics = document.errors.slice(0, 1).map((problem) =>
    error('invalid-yaml', file, `the frontmatter is not valid YAML: ${yamlProblem(problem.message)}`, {
      position: toPosition(problem.pos[0]),
      hint: 'check indentation, and quote values that contain `:` or start with a special character',
    }),
  );
  let data: unknown = {};
  if (diagnostics.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 50 }) ?? {};
    } catch (problem) {
      diagnostics.push(
        error('invalid-yaml', file, `the frontmatter could not be read: ${firstLine(problem instanceof Error ? problem.message : String(problem))}`, {
          position: { line: yamlStartLine, column: 1 },
          hint: 'avoid YAML aliases (`*name`) that expand to large values',
        }),
      );
    }
  }
  if (diagnostics.length === 0 && (typeof data !== 'object' || data === null || Array.isArray(data))) {
    diagnostics.push(
      error('invalid-yaml', file, 'the frontmatter must be a set of `field: value` lines', {
        position: { line: yamlStartLine, column: 1 },
      }),
    );
    data = {};
  }
  const locate = (path: FieldPath): Position | undefined => {
    const node = nodeAt(document.contents, path);
    return node?.range ? toPosition(node.range[0]) : undefined;
  };
  // A body nested too deeply would take the Markdown parser minutes: refuse it unread.
  const deep = tooDeep(afterFence);
  if (deep) {
    const unit = { indentation: 'columns of indentation', quotes: 'levels of `>` quotes', blocks: 'levels of `:::` blocks' }[deep.what];
    diagnostics.push(
      error('body-too-deep', file, `the body nests too deeply: ${deep.depth} ${unit} (at most ${NESTING_LIMITS[deep.what]})`, {
        position: { line: bodyLine + deep.line - 1, column: 1 },
        hint: 'flatten the list, quote or blocks; indented code can be fenced with ``` instead',
      }),
    );
  }
  return { data: data as Record<string, unknown>, body: deep ? '' : afterFence, bodyLine, locate, diagnostics };
}

/** The YAML parser's message, in words for authors (its stack overflows on very deep nesting). */
function yamlProblem(message: string): string {
  return /Maximum call stack/i.test(message) ? 'it nests too deeply to be read' : firstLine(message);
}

/**
 * The YAML node along `path`: for a field, its key (so that messages point at the field's
 * name); for a list item, the item. Where the path runs out, the deepest node reached.
 */
function nodeAt(root: unknown, path: FieldPath): Node | undefined {
  let node = root as Node | undefined;
  for (const [index, step] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === step);
      if (!pair) return node;
      if (last || !pair.value) return pair.key as Node;
      node = pair.value as Node;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

function countLines(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
