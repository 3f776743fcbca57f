/**
 * Lighthouse's four scores (performance, accessibility, best practices, SEO) for a page, with
 * its default mobile emulation and throttling, in Debian's Chromium (TOOLCHAIN.md). The site is
 * served locally: nothing leaves the machine. Performance varies from run to run (the blocking
 * time most), so a page is scored a few times and the median run reported, as Lighthouse's own
 * documentation advises.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './build-speed.ts';

/** Scores out of 100 by category, and the audits that cost points. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Ids of the scored audits that did not pass in full, e.g. `color-contrast`, with their score. */
  shortfalls: string[];
  /** The performance score of every run, in the order run; the other figures are the median run's. */
  performanceRuns: number[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The parts of Lighthouse's JSON report read here. */
interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null }>;
}

/** Runs Lighthouse `runs` times on `url`; returns the run with the median performance score. */
export async function lighthouseScores(url: string, runs: number): Promise<LighthouseScores> {
  const scored: Omit<LighthouseScores, 'performanceRuns'>[] = [];
  for (let run = 0; run < runs; run++) scored.push(await lighthouseRun(url));
  const median = [...scored].sort((a, b) => a.performance - b.performance)[Math.floor((scored.length - 1) / 2)]!;
  return { ...median, performanceRuns: scored.map((run) => run.performance) };
}

/** Runs Lighthouse once on `url` (asynchronously: the server answering it may live in this process). */
async function lighthouseRun(url: string): Promise<Omit<LighthouseScores, 'performanceRuns'>> {
  const cli = join(repoRoot, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      '--output-path=stdout',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as LighthouseReport;
  const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
  const scored = CATEGORIES.flatMap((category) => report.categories[category]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? []);
  const shortfalls = [...new Set(scored)]
    .filter((id) => (report.audits[id]?.score ?? 1) < 1)
    .map((id) => `${id} ${Math.round((report.audits[id]?.score ?? 0) * 100)}`);
  return { ...(Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as Pick<LighthouseScores, (typeof CATEGORIES)[number]>), shortfalls };
}
