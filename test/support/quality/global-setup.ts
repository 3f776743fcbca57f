/**
 * Once per test run: a folder where the quality gates keep the sites they build, so that each
 * variant (student, teacher, sub-path) is built once however many gates read it. Removed, with
 * the Astro caches of its content folders, when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { removeAstroCaches } from './sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's built quality sites (see `sites.ts`). */
    qualityDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-quality-'));
  project.provide('qualityDir', dir);
  return () => {
    removeAstroCaches(dir);
    rmSync(dir, { recursive: true, force: true });
  };
}
