/**
 * The budgets of issue #7, judged against a run's figures. A budget whose figure was not
 * measured (quick mode has no N = 1,000) is neither met nor missed.
 */
import type { BenchResults } from './results.ts';

/** One budget and how the run did against it. */
export interface BudgetVerdict {
  budget: string;
  figure: string;
  /** Undefined when the run did not measure it. */
  met?: boolean;
}

const KB = 1024;

/** The kinds of page that carry the interactive timeline. */
const TIMELINE_PAGES = ['cases/*', 'cases/*/timeline', 'cases/*/embed'];

/** Judges every budget. */
export function judgeBudgets(results: BenchResults): BudgetVerdict[] {
  const verdicts: BudgetVerdict[] = [];
  const add = (budget: string, value: number | undefined, limit: number, show: (v: number) => string) =>
    verdicts.push(value === undefined || Number.isNaN(value) ? { budget, figure: 'not measured' } : { budget, figure: show(value), met: value <= limit });
  const times = (v: number) => `${v.toFixed(2)}×`;

  const at = (n: number) => results.builds.find((build) => build.statements === n);
  const thousand = at(1000);
  const fiveThousand = at(5000);
  add('build at N = 1,000 ≤ 1.3× baseline time', thousand && thousand.build.seconds / thousand.baseline.seconds, 1.3, times);
  add('build at N = 1,000 ≤ 1.5× baseline peak memory', thousand && thousand.build.peakMiB / thousand.baseline.peakMiB, 1.5, times);
  add('build at N = 5,000 ≤ 5.5× N = 1,000 time', thousand && fiveThousand && fiveThousand.build.seconds / thousand.build.seconds, 5.5, times);
  add('check at N = 1,000 ≤ ¼ of build time', thousand && thousand.check.seconds / thousand.build.seconds, 0.25, times);

  add('timeline layout of 5,000 items < 100 ms', results.timeline.layoutMs['5000'], 100, (v) => `${v.toFixed(1)} ms`);
  for (const kind of ['zoom', 'pan'] as const) {
    const frames = results.timeline[kind];
    add(`${kind} at 1,000 items: main-thread CPU a frame, p95 < 16 ms`, frames.cpuP95, 16, (v) => `${v.toFixed(1)} ms (time between frames p95 ${frames.frameP95.toFixed(1)} ms)`);
  }

  const weights = results.shipped.weights;
  // The case page's budget covers its timeline; the full-page and embedded timelines are that
  // same timeline, with the same script, and no more.
  const timelinePages = weights.filter((weight) => TIMELINE_PAGES.includes(weight.kind));
  const heaviestTimeline = timelinePages.reduce((max, weight) => (weight.js.gzip > (max?.js.gzip ?? -1) ? weight : max), timelinePages[0]);
  add('JavaScript on the case page (and the full and embedded timeline) ≤ 30 KB gzip', heaviestTimeline?.js.gzip, 30 * KB, (v) => `${(v / KB).toFixed(1)} KB (${heaviestTimeline!.kind})`);
  const others = weights.filter((weight) => !TIMELINE_PAGES.includes(weight.kind));
  const heaviestOther = others.reduce((max, weight) => (weight.js.gzip > (max?.js.gzip ?? -1) ? weight : max), others[0]);
  add('JavaScript on any other page ≤ 5 KB gzip', heaviestOther?.js.gzip, 5 * KB, (v) => `${(v / KB).toFixed(1)} KB (${heaviestOther!.kind})`);
  const heaviestCss = weights.reduce((max, weight) => (weight.css.gzip > (max?.css.gzip ?? -1) ? weight : max), weights[0]);
  add('CSS ≤ 15 KB gzip per page', heaviestCss?.css.gzip, 15 * KB, (v) => `${(v / KB).toFixed(1)} KB (${heaviestCss!.kind})`);

  for (const [page, scores] of Object.entries(results.shipped.lighthouse)) {
    const four = [scores.performance, scores.accessibility, scores['best-practices'], scores.seo];
    verdicts.push({ budget: `Lighthouse 100 × 4 on the ${page} page`, figure: four.join(' / '), met: Math.min(...four) === 100 });
  }
  return verdicts;
}
