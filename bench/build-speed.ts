/**
 * `casebook check` and `casebook build` of a synthetic case of N statements, side by side with a
 * bare Astro build of as many Markdown pages (the baseline), each a median of cold runs taken in
 * turn (check, build, baseline, check, …). Every run starts without Astro's content cache, so it
 * measures a first build, not a rebuild.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBaselineSite } from './baseline-site.ts';
import { measureRun, medianRuns, type RunMeasure } from './measure-run.ts';
import { writeSyntheticContent } from './synthetic-case.ts';

/** The figures for one N. */
export interface BuildSpeed {
  statements: number;
  /** HTML pages in Casebook's build (and so in the baseline's). */
  pages: number;
  check: RunMeasure;
  build: RunMeasure;
  baseline: RunMeasure;
}

/** The repository root (where package.json is). */
export const repoRoot = join(import.meta.dirname, '..');

/** How many `.html` files are under `folder`. */
function countPages(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

/** Astro's content cache for a content folder, as astro.config.mjs names it. */
function contentCache(content: string): string {
  return join(repoRoot, 'node_modules', '.astro', `content-${createHash('sha1').update(content).digest('hex').slice(0, 12)}`);
}

/** Measures check, build and the baseline for `statements` statements, `runs` times each. */
export async function benchBuildSpeed(statements: number, runs: number): Promise<BuildSpeed> {
  const work = mkdtempSync(join(tmpdir(), `casebook-bench-${statements}-`));
  try {
    const content = writeSyntheticContent(join(work, 'content'), statements);
    const site = join(work, 'site');
    const env = { ...process.env, CASEBOOK_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };
    const cli = (command: string[]) => () => measureRun(process.execPath, ['src/cli/casebook.ts', ...command], repoRoot, env);
    const cold = () => {
      rmSync(contentCache(content), { recursive: true, force: true });
      rmSync(site, { recursive: true, force: true });
    };
    // The baseline builds as many pages as Casebook's first build did: it is written then.
    const astro = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const baselineRoot = join(work, 'baseline');
    let pages = 0;
    const coldBaseline = () => {
      if (pages === 0) writeBaselineSite(baselineRoot, (pages = countPages(site)), join(repoRoot, 'node_modules'));
      ['.astro-cache', '.astro', 'dist'].forEach((name) => rmSync(join(baselineRoot, name), { recursive: true, force: true }));
    };
    const [check, build, baseline] = await medianRuns(runs, [
      { prepare: cold, run: cli(['check']) },
      { prepare: cold, run: cli(['build', '--out-dir', site]) },
      { prepare: coldBaseline, run: () => measureRun(process.execPath, [astro, 'build'], baselineRoot, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }) },
    ]);
    return { statements, pages, check: check!, build: build!, baseline: baseline! };
  } finally {
    rmSync(contentCache(join(work, 'content')), { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}
