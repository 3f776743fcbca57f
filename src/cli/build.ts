/**
 * `casebook build`: checks the content, builds the site with Astro into a fresh folder, and only
 * then moves it into place — a failed build never replaces a good `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Edition } from '../model/edition.ts';

/** Options of one build. */
export interface BuildOptions {
  root: string;
  edition: Edition;
  /** Where the finished site goes; defaults to `dist/` (student) or `dist-teacher/` (teacher). */
  outDir?: string;
  /** The base path the site is served under, e.g. `/courses/media/`. */
  base?: string;
}

/**
 * Names that Vite's `import.meta.env` takes from the environment when they are set there, over
 * the config: a shell or CI that exports `BASE_URL` (a test runner does) would silently undo
 * `--base`. Astro's build gets an environment without them.
 */
const VITE_ENV_NAMES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

/**
 * The environment minus `VITE_ENV_NAMES`, saying which edition to build and that the content
 * was checked just before (`CASEBOOK_CHECKED`: only content that passed `check` is built), so
 * that the pages need not lint it again.
 */
function buildEnvironment(edition: Edition): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CASEBOOK_EDITION: edition, CASEBOOK_CHECKED: '1' };
  for (const name of VITE_ENV_NAMES) delete env[name];
  return env;
}

/** Builds the site from content that passed `check`; returns Astro's exit status (0 on success). */
export function buildSite(options: BuildOptions): number {
  const outDir = resolve(options.root, options.outDir ?? (options.edition === 'teacher' ? 'dist-teacher' : 'dist'));
  const work = join(options.root, '.casebook', `build-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const staging = join(work, 'site');
  const astro = join(dirname(createRequire(join(options.root, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const args = [astro, 'build', '--outDir', staging, ...(options.base ? ['--base', options.base] : [])];
  const result = spawnSync(process.execPath, args, {
    cwd: options.root,
    stdio: 'inherit',
    env: buildEnvironment(options.edition),
  });
  const status = result.status ?? 1;
  if (status === 0 && existsSync(staging)) {
    const previous = join(work, 'previous');
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
  }
  rmSync(work, { recursive: true, force: true });
  return status === 0 && existsSync(outDir) ? 0 : status || 1;
}
