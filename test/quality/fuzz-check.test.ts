/**
 * Robustness gate, the whole checker: random and hostile content folders — deep nesting, huge
 * strings, odd Unicode, YAML anchors and aliases used as a bomb, pathological Markdown — fed to
 * the real `casebook check`. Each run must end (no hang) in success or in diagnostics that name
 * files, never in a stack trace or a crash.
 *
 * Alone: `npx vitest run test/quality/fuzz-check.test.ts`
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casebook, type Run } from '../support/build.ts';
import { validCase, writeProject, type ContentFiles } from '../support/content.ts';
import { join } from 'node:path';

/** How long one `casebook check` may take before it counts as a hang. */
const TIMEOUT = 60_000;

/** A diagnostic line: `path/to/file.md:line:column error|warning message`. */
const DIAGNOSTIC = /^\S+\.mdx?(?::\d+:\d+)? (?:error|warning) \S/;
/** What a crash looks like: a stack frame, or an exception's name. */
const CRASH = /^\s+at \S|\b(?:TypeError|RangeError|ReferenceError|SyntaxError|InternalError)\b|Maximum call stack|heap out of memory|^casebook: /m;

/** What is wrong with how a run of `casebook check` ended; empty when it ended well. */
export function judge(run: Run): string[] {
  if (run.signal) return [`did not finish within ${TIMEOUT / 1000} s (${run.signal})`];
  const problems: string[] = [];
  if (CRASH.test(run.output)) problems.push(`crashed:\n${run.output.slice(0, 2000)}`);
  if (run.status !== 0 && run.status !== 1) problems.push(`exited with ${run.status}`);
  if (run.status === 1) {
    const lines = run.output.split('\n');
    if (!lines.some((line) => DIAGNOSTIC.test(line))) problems.push(`failed without a diagnostic naming a file:\n${run.output.slice(0, 2000)}`);
    if (!lines.some((line) => /^✗ \d+ errors?, /.test(line))) problems.push('failed without the summary line');
  }
  return problems;
}

/** Runs the checker on `files` laid over the valid demo case. */
function check(files: ContentFiles): Run {
  const root = writeProject({ ...validCase, ...files });
  return casebook(['check'], join(root, 'content'), { timeout: TIMEOUT });
}

const statement = (frontmatter: string, body = '') => `---\n${frontmatter}\n---\n${body}\n`;
const deep = (depth: number, open: string, close: string, leaf: string) => `${open.repeat(depth)}${leaf}${close.repeat(depth)}`;

/** Hostile folders, each aimed at one way to break a parser. */
const hostile: Record<string, ContentFiles> = {
  'a YAML alias bomb': {
    'cases/demo/statements/bomb.md': statement(
      [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
        'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
        'speaker: *g',
        'when: *g',
      ].join('\n'),
    ),
    'cases/demo/events/self-alias.md': statement('title: &t x\nwhen: *t\nsources: *undefined-anchor'),
    'cases/demo/events/merge-keys.md': statement('base: &base { title: x, when: 2019 }\n<<: *base\n<<: [*base, *base]\nsources: [demo-email]'),
  },
  'deep nesting in frontmatter and body': {
    'cases/demo/statements/deep-flow.md': statement(`speaker: ${deep(3000, '[', ']', 'x')}\nwhen: ${deep(3000, '{a: ', '}', '1')}`),
    'cases/demo/statements/deep-block.md': statement(
      `speaker: demo-party\nwhen: 2019\nsource: demo-email\nquote: x\ntags:\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- `).join('\n')}x`,
    ),
    'cases/demo/events/deep-body.md': statement(
      'title: Deep\nwhen: 2019\nsources: [demo-email]',
      `${'> '.repeat(5000)}quote\n\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n\n${':::question\n'.repeat(500)}${':::\n'.repeat(500)}\n${'<div>'.repeat(5000)}\n${'['.repeat(10000)}${'*'.repeat(50000)}${'_'.repeat(50000)}`,
    ),
  },
  'huge strings': {
    'cases/demo/events/huge.md': statement(`title: "${'x'.repeat(2_000_000)}"\nwhen: 2019\nsources: [demo-email]`, 'word '.repeat(400_000)),
    'cases/demo/annotations/huge-quote.md': statement(`target: party-email\nquote: "${'sophisticated '.repeat(50_000)}"\nkind: context`),
    'glossary/long-line.md': statement(`term: t\nshort: ${'é'.repeat(1_000_000)}`),
  },
  'odd Unicode': {
    'cases/demo/statements/unicode.md': statement(
      'speaker: "demo\u202eparty"\nwhen: "２０１９-１１-１２"\nsource: "demo\u0000email"\nquote: "\ud800 lone surrogate \uffff \u0085 next line"',
      '\ufeff:actor[\u200b]{#ann-expert\u200d} \u2028 \u2029 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\u0301 \u0000',
    ),
    'cases/demo/annotations/rtl.md': statement('target: party-email\nquote: "\u202ehit\u202c"\nprefix: "\u0000"\nkind: context'),
    'glossary/ümlaut-ﬁle.md': statement('term: ü\nshort: ﬁ'),
    'cases/demo/events/bom.md': `\ufeff---\ntitle: BOM\nwhen: 2019\nsources: [demo-email]\n---\n`,
  },
  'broken structure': {
    'cases/demo/statements/no-close.md': '---\nspeaker: demo-party\nwhen: 2019\n',
    'cases/demo/statements/empty.md': '',
    'cases/demo/statements/only-dashes.md': '---\n---\n---\n',
    'cases/demo/statements/not-a-map.md': statement('- just\n- a\n- list'),
    'cases/demo/statements/scalar.md': statement('"just a string"'),
    'cases/demo/statements/tabs.md': statement('speaker:\tdemo-party\n\twhen: 2019'),
    'cases/demo/statements/duplicate-keys.md': statement('speaker: demo-party\nspeaker: ann-expert\nwhen: 2019\nsource: demo-email\nquote: x'),
    'cases/demo/statements/tags.md': statement('speaker: !!binary aGVsbG8=\nwhen: !!timestamp 2019-11-12\nsource: !custom demo-email\nquote: !!str x'),
    'cases/demo/index.md': statement('title: [\nsummary: {'),
  },
};

/** Random frontmatter: keys the schemas know and some they do not, with any YAML-able value. */
const randomValue = fc.oneof(
  { depthSize: 'small' },
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2019-11-12', '2019-11-12 morning', 'demo-party', 'party-email', 'first-attack', '{ before: party-email, within: 2h }'),
);
const randomFrontmatter = fc.dictionary(
  fc.oneof(fc.constantFrom('title', 'when', 'speaker', 'source', 'quote', 'paraphrase', 'target', 'kind', 'sources', 'about', 'end', 'claim', 'verdict'), fc.string({ maxLength: 12 })),
  fc.oneof(randomValue, fc.array(randomValue, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), randomValue, { maxKeys: 4 })),
  { maxKeys: 8 },
);
const randomBody = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(':actor[x]{#', ':::teacher\n', '\n:::\n', '[^1]', '<script>', '*', '`', '\n\n', '# ', ':cite[]')), { maxLength: 30 }).map((parts) => parts.join(''));
const randomFile = fc.tuple(fc.constantFrom('statements', 'events', 'annotations', 'claims', 'actors', 'sources'), fc.stringMatching(/^[a-z0-9-]{1,12}$/), randomFrontmatter, randomBody, fc.boolean());

/** Writes frontmatter as YAML flow mappings (JSON is YAML), or as raw text when `raw`. */
function randomFolder(files: [string, string, Record<string, unknown>, string, boolean][]): ContentFiles {
  return Object.fromEntries(
    files.map(([folder, id, frontmatter, body, raw]) => [
      `cases/demo/${folder}/${id}.md`,
      raw ? `---\n${Object.entries(frontmatter).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join('\n')}\n---\n${body}` : statement(JSON.stringify(frontmatter), body),
    ]),
  );
}

describe('casebook check on hostile content', () => {
  it.each(Object.entries(hostile))('%s: a diagnostic or success, never a crash or a hang', (_, files) => {
    expect(judge(check(files))).toEqual([]);
  });

  it('random folders: a diagnostic or success, never a crash or a hang', () => {
    // A handful of runs: each starts the command line (about a second).
    const folders = fc.sample(fc.array(randomFile, { minLength: 1, maxLength: 12 }), { numRuns: 4, seed: 20261129 });
    for (const folder of folders) {
      const files = randomFolder(folder);
      expect(judge(check(files)), JSON.stringify(Object.keys(files))).toEqual([]);
    }
  });
});

describe('the fuzz gate fails on a deliberately broken checker', () => {
  it.each<[string, Run, RegExp]>([
    ['a stack trace', { status: 1, output: "TypeError: Cannot read properties of undefined (reading 'map')\n    at resolve (src/model/x.ts:1:1)" }, /crashed/],
    ['a hang', { status: 1, output: '', signal: 'SIGTERM' }, /did not finish/],
    ['a failure naming no file', { status: 1, output: 'something is wrong\n✗ 1 error, 0 warnings in 3 content files.' }, /without a diagnostic naming a file/],
    ['an unexpected exit', { status: 2, output: 'casebook: Maximum call stack size exceeded' }, /exited with 2/],
  ])('%s', (_, run, problem) => {
    expect(judge(run).join('\n')).toMatch(problem);
  });

  it('a real crash of the command line', () => {
    // An unknown option makes the CLI's own argument parser throw: a crash, not a diagnostic.
    const run = casebook(['check', '--no-such-option'], join(writeProject(validCase), 'content'), { timeout: TIMEOUT });
    expect(judge(run)).not.toEqual([]);
  });
});
