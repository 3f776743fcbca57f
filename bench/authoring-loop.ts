/**
 * The authoring loop: with `astro dev` (what `npm run dev` runs) serving a copy of the shipped
 * content, the time from saving an edited statement file to the new words showing in a browser
 * that has the statement's page open — by Astro's live reload alone, no click.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.ts';
import { repoRoot } from './build-speed.ts';
import { median } from './measure-run.ts';

const CASE = 'labour-ddos-2019';
const STATEMENT = 'sookoo-email-attacks';
/** How long to wait for the live reload before reloading by hand. */
const LIVE_RELOAD_WAIT_MS = 20_000;

/** Starts `astro dev` on the content folder `content`; resolves with the server and its address. */
function startDevServer(content: string): Promise<{ server: ChildProcess; origin: string }> {
  const astro = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Astro's preview() (the shipped-site step serves with it) sets NODE_ENV=production in this
  // process; `astro dev` inheriting it turns live reload off (Vite's `hmr: false`).
  const { NODE_ENV: _mode, ...env } = process.env;
  const server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', '4391'], {
    cwd: repoRoot,
    env: { ...env, CASEBOOK_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 120_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      const origin = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      if (origin) {
        clearTimeout(timer);
        resolve({ server, origin });
      }
    };
    server.stdout!.on('data', listen);
    server.stderr!.on('data', listen);
    server.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
}

/**
 * Whether the page shows `text` before `deadline`, asking every 50 ms: a live reload replaces the
 * document, so each question goes to whichever document is there (one being replaced says no).
 */
async function showsText(page: Page, text: string, deadline: number): Promise<boolean> {
  while (performance.now() < deadline) {
    const shown = await page.evaluate((words) => document.body?.innerText.includes(words) ?? false, text).catch(() => false);
    if (shown) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** One edit: how long until its words showed, and whether that took a reload by hand. */
export interface AuthoringEdit {
  ms: number;
  /** The live reload had not shown the words within 20 s, and the page was reloaded by hand. */
  manualReload: boolean;
}

/** Saves `words` into `file` (after `original`) and times how long until `page` shows them. */
async function timeEdit(page: Page, file: string, original: string, words: string): Promise<AuthoringEdit> {
  const start = performance.now();
  writeFileSync(file, `${original}\n${words}\n`);
  let manualReload = false;
  if (!(await showsText(page, words, start + LIVE_RELOAD_WAIT_MS))) {
    manualReload = true;
    await page.reload();
    if (!(await showsText(page, words, performance.now() + LIVE_RELOAD_WAIT_MS))) throw new Error(`the edit did not show even after a reload: ${words}`);
  }
  const ms = performance.now() - start;
  await page.waitForLoadState('networkidle');
  return { ms, manualReload };
}

/** The authoring loop's figures. */
export interface AuthoringLoop {
  /** Median milliseconds from saving to seeing, over the measured edits. */
  medianMs: number;
  edits: AuthoringEdit[];
}

/** Times `edits` edits of a statement (after one unmeasured edit) under `astro dev`. */
export async function benchAuthoringLoop(edits = 3): Promise<AuthoringLoop> {
  const work = mkdtempSync(join(tmpdir(), 'casebook-dev-'));
  const content = join(work, 'content');
  cpSync(join(repoRoot, 'content'), content, { recursive: true });
  const file = join(content, 'cases', CASE, 'statements', `${STATEMENT}.md`);
  const original = readFileSync(file, 'utf8');
  const { server, origin } = await startDevServer(content);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/cases/${CASE}/statements/${STATEMENT}/`, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    // The first moments of a dev server are not the loop an author lives in: Vite optimises the
    // page's dependencies and reloads it, and the file watcher settles. One unmeasured edit first.
    await timeEdit(page, file, original, 'A first edit, not measured.');
    const measured: AuthoringEdit[] = [];
    for (let edit = 1; edit <= edits; edit++) measured.push(await timeEdit(page, file, original, `Edited for the benchmark, edit number ${edit}.`));
    return { medianMs: median(measured.map((edit) => edit.ms)), edits: measured };
  } finally {
    await browser.close();
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) console.log(JSON.stringify(await benchAuthoringLoop(), null, 2));
