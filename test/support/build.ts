/**
 * Runs the real `casebook` command line (check, build) the way `npm run` does, with Node 24.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root: the folder holding package.json and astro.config.mjs. */
export const projectRoot = resolve(import.meta.dirname, '..', '..');

/** The outcome of a command-line run. */
export interface Run {
  status: number;
  output: string;
  /** Set when the run was stopped: `SIGTERM` after `timeout`. */
  signal?: string;
}

/** How to run the command line. */
export interface RunOptions {
  /** Added to the environment. */
  env?: NodeJS.ProcessEnv;
  /** Milliseconds after which the run is stopped (it then fails with `signal` set). */
  timeout?: number;
}

/** Runs `casebook <args>` against the content folder `content`. */
export function casebook(args: string[], content: string, options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [join(projectRoot, 'src/cli/casebook.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CASEBOOK_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    timeout: options.timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status ?? 1,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`,
    ...(result.signal && { signal: result.signal }),
  };
}

/** Reads a built page by its path under the output folder (`cases/x/` → `cases/x/index.html`). */
export function page(outDir: string, path: string): string {
  const file = join(outDir, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`no page at ${path} (${file})`);
  return readFileSync(file, 'utf8');
}
