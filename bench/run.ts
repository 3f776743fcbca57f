/**
 * `npm run bench`: every benchmark of issue #7 in one run — check and build against a bare
 * Astro baseline at N = 100, 1,000 and 5,000 statements, the timeline, page weight, Lighthouse
 * and the authoring loop — written to bench/results.json and printed as Markdown tables.
 *
 *   npm run bench                      the full run (N = 100, 1,000, 5,000; median of 3)
 *   npm run bench -- --quick           small N (100, 300), one run each: for development
 *   npm run bench -- --sizes 100,1000  chosen N (with --runs to set the runs)
 *   npm run bench -- --readme          also put the tables in the README's "Performance"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAuthoringLoop } from './authoring-loop.ts';
import { benchBuildSpeed, repoRoot, type BuildSpeed } from './build-speed.ts';
import { resultsMarkdown } from './report-table.ts';
import type { BenchResults } from './results.ts';
import { benchShippedSite } from './shipped-site.ts';
import { benchTimeline } from './timeline-figures.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    readme: { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? (values.quick ? '100,300' : '100,1000,5000')).split(',').map(Number);
const runs = Number(values.runs ?? (values.quick ? 1 : 3));
const date = new Date().toISOString();
const loadBefore = loadavg();

const step = <T>(name: string, work: () => Promise<T>): Promise<T> => {
  console.error(`bench: ${name}…`);
  return work();
};

const builds: BuildSpeed[] = [];
for (const statements of sizes) {
  builds.push(await step(`check and build at N = ${statements}, and the baseline (${runs} run(s) each)`, () => benchBuildSpeed(statements, runs)));
}
const timeline = await step('timeline layout, and zoom and pan in Chromium', benchTimeline);
// Lighthouse's documentation on variability: the median of five runs is about twice as steady as one.
const lighthouseRuns = values.quick ? 1 : 5;
const shipped = await step(`weight and Lighthouse of the shipped case (${lighthouseRuns} run(s) a page)`, () => benchShippedSite(lighthouseRuns));
const authoring = await step('the authoring loop under astro dev', () => benchAuthoringLoop());

const results: BenchResults = {
  date,
  mode: values.quick ? 'quick' : values.sizes ? 'custom' : 'full',
  runs,
  machine: { cpus: availableParallelism(), node: process.version, loadBefore, loadAfter: loadavg() },
  builds,
  timeline,
  shipped,
  authoring,
};
writeFileSync(join(repoRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const tables = resultsMarkdown(results);
console.log(tables);
if (values.readme) {
  const readme = join(repoRoot, 'README.md');
  const marked = /(<!-- bench:results -->\n)[\s\S]*?(<!-- \/bench:results -->)/;
  writeFileSync(readme, readFileSync(readme, 'utf8').replace(marked, (_, start: string, end: string) => `${start}${tables}\n${end}`));
}
