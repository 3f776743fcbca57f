/**
 * `casebook build`: builds the site with Astro into a fresh folder while the content is checked,
 * and moves it into place only when both succeeded — a failed build never replaces a good `dist/`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
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
 * The environment minus `VITE_ENV_NAMES`, saying which edition to build and that the content is
 * checked alongside (`CASEBOOK_CHECKED`: a site is kept only if its content passed `check`), so
 * that the pages need not lint it again. Astro's output reaches the terminal through a pipe, so
 * it is told to keep its colours when this process writes to a terminal.
 */
function buildEnvironment(edition: Edition): NodeJS.ProcessEnv {
  const colours = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};
  const env: NodeJS.ProcessEnv = { ...process.env, ...colours, CASEBOOK_EDITION: edition, CASEBOOK_CHECKED: '1' };
  for (const name of VITE_ENV_NAMES) delete env[name];
  return env;
}

/**
 * Builds the site while `checked` (the content's check, run alongside) settles: Astro's output is
 * held until the check passes, and if it fails Astro is stopped and nothing of it is shown or
 * kept. Resolves to the check's exit status if it failed, else to Astro's (0 on success).
 */
export async function buildSite(options: BuildOptions, checked: Promise<number>): Promise<number> {
  const outDir = resolve(options.root, options.outDir ?? (options.edition === 'teacher' ? 'dist-teacher' : 'dist'));
  const builds = join(options.root, '.casebook');
  clearAbandonedBuilds(builds);
  const work = join(builds, `build-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const staging = join(work, 'site');
  const astro = join(dirname(createRequire(join(options.root, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const args = [astro, 'build', '--outDir', staging, ...(options.base ? ['--base', options.base] : [])];
  const build = spawn(process.execPath, args, { cwd: options.root, stdio: ['ignore', 'pipe', 'pipe'], env: buildEnvironment(options.edition) });
  const finished = new Promise<number>((done) => build.on('close', (code) => done(code ?? 1)));
  const output = heldOutput(build);
  try {
    const check = await checked;
    if (check !== 0) {
      build.kill();
      await finished;
      return check;
    }
    output.release();
    const status = await finished;
    if (status === 0 && existsSync(staging)) {
      const previous = join(work, 'previous');
      if (existsSync(outDir)) renameSync(outDir, previous);
      renameSync(staging, outDir);
    }
    return status === 0 && existsSync(outDir) ? 0 : status || 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Removes the folders (`build-<pid>`) of builds whose process is gone: a build stopped by Ctrl-C
 * or killed leaves its half-built site there, and nothing else would clear it. A folder whose
 * process still runs belongs to a build under way, and is left alone.
 */
function clearAbandonedBuilds(builds: string): void {
  if (!existsSync(builds)) return;
  for (const name of readdirSync(builds)) {
    const pid = /^build-(\d+)$/.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(join(builds, name), { recursive: true, force: true });
  }
}

/** Whether a process with this id runs (another user's too: signalling it is then refused, EPERM). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Astro's output, kept back until `release()`, then passed on to this process's own as it comes. */
function heldOutput(build: ChildProcess): { release(): void } {
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let released = false;
  const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => (released ? to.write(chunk) : held.push([to, chunk]));
  build.stdout?.on('data', pass(process.stdout));
  build.stderr?.on('data', pass(process.stderr));
  return {
    release() {
      released = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
  };
}
