/**
 * The shipped case (`content/`) built into a temporary folder, weighed, and scored by
 * Lighthouse on its case page and one statement page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { casebook } from '../test/support/build.ts';
import { serve } from '../test/support/serve.ts';
import { repoRoot } from './build-speed.ts';
import { lighthouseScores, type LighthouseScores } from './lighthouse-scores.ts';
import { weighSite, type PageWeight } from './page-weight.ts';

/** The pages Lighthouse scores. */
export const SCORED_PAGES = {
  case: 'cases/labour-ddos-2019/',
  statement: 'cases/labour-ddos-2019/statements/sookoo-email-attacks/',
};

/** The shipped site's figures. */
export interface ShippedSiteFigures {
  weights: PageWeight[];
  lighthouse: Record<keyof typeof SCORED_PAGES, LighthouseScores>;
}

/** Builds the shipped case, weighs each kind of page and runs Lighthouse `runs` times on two of them. */
export async function benchShippedSite(runs: number): Promise<ShippedSiteFigures> {
  const site = join(mkdtempSync(join(tmpdir(), 'casebook-shipped-')), 'site');
  try {
    const build = casebook(['build', '--out-dir', site], join(repoRoot, 'content'));
    if (build.status !== 0) throw new Error(`the shipped case did not build:\n${build.output}`);
    const weights = weighSite(site);
    const served = await serve(site);
    try {
      return {
        weights,
        lighthouse: {
          case: await lighthouseScores(served.url(SCORED_PAGES.case), runs),
          statement: await lighthouseScores(served.url(SCORED_PAGES.statement), runs),
        },
      };
    } finally {
      await served.stop();
    }
  } finally {
    rmSync(join(site, '..'), { recursive: true, force: true });
  }
}
