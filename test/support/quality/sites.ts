/**
 * The sites the quality gates check: the shipped case (`content/`) with the feature fixture
 * (`test/fixtures/features/content`, a case that uses every field, directive, time form and
 * kind of link) laid over it, built for real in each variant. Each variant is built once per
 * test run, on first use, into the run's folder (`global-setup.ts`), and read by every gate.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { casebook, projectRoot } from '../build.ts';

/** The sub-path the `subpath` variant is served under. */
export const SUB_PATH = '/some/path/';

/** What a variant is: the edition, and the base path it is built for. */
const VARIANTS = {
  student: { args: [], base: '/', edition: 'student' },
  teacher: { args: ['--teacher'], base: '/', edition: 'teacher' },
  subpath: { args: ['--base', SUB_PATH], base: SUB_PATH, edition: 'student' },
} as const;

export type Variant = keyof typeof VARIANTS;

/** A built site: where it is, and how it is served. */
export interface BuiltSite {
  variant: Variant;
  dir: string;
  base: string;
  edition: 'student' | 'teacher';
}

/** The shipped content, and the fixture that exercises every feature. */
export const shippedContent = join(projectRoot, 'content');
export const featureContent = join(projectRoot, 'test/fixtures/features/content');

/** This run's folder for built sites. */
export function qualityDir(): string {
  return inject('qualityDir');
}

/** The cases of a content folder (ignoring `_` drafts). */
function casesOf(content: string): string[] {
  const dir = join(content, 'cases');
  return existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('_')).sort() : [];
}

/** The fixture's case that uses every feature (its other case only hides verdicts). */
export const FEATURE_CASE = 'feature-tour';

/** The cases whose pages the browser gates open: the shipped ones, and the feature case. */
export const qualityCases: string[] = [...casesOf(shippedContent), FEATURE_CASE];

/**
 * Copies the quality site's content into `into` (this run's `content/` by default): the shipped
 * content, then the feature fixture, which must not overwrite anything (ids must not collide).
 */
export function qualityContent(into: string = join(qualityDir(), 'content')): string {
  if (existsSync(into)) return into;
  cpSync(shippedContent, into, { recursive: true });
  cpSync(featureContent, into, { recursive: true, force: false, errorOnExist: true });
  return into;
}

/** Builds `variant` of the quality site (once per run) and returns it. */
export function builtSite(variant: Variant): BuiltSite {
  const { args, base, edition } = VARIANTS[variant];
  const dir = join(qualityDir(), variant);
  if (!existsSync(join(dir, 'index.html'))) buildInto(dir, qualityContent(), [...args]);
  return { variant, dir, base, edition };
}

/** Runs `casebook build` of `content` into `dir`; throws with the build's output if it fails. */
export function buildInto(dir: string, content: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): void {
  const run = casebook(['build', ...args, '--out-dir', dir], content, { env });
  if (run.status !== 0) throw new Error(`casebook build ${args.join(' ')} failed:\n${run.output}`);
}

/**
 * Removes the Astro caches of the content folders built from in `dir`: astro.config.mjs gives
 * each content folder a cache of its own, named after a hash of its path (kept in step here).
 */
export function removeAstroCaches(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((entry) => entry.startsWith('content'))) {
    const hash = createHash('sha1').update(join(dir, name)).digest('hex').slice(0, 12);
    rmSync(join(projectRoot, 'node_modules/.astro', `content-${hash}`), { recursive: true, force: true });
  }
}
