/**
 * Runs a command and measures it: wall seconds, and the peak memory of its whole process tree
 * (the sum of the resident sets of the process and all its descendants, sampled from /proc every
 * 25 ms — `casebook build` runs Astro in a child process, which `ru_maxrss` would not add up).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** One measured run. */
export interface RunMeasure {
  seconds: number;
  /** Peak resident memory of the process tree, in MiB. */
  peakMiB: number;
}

/** The median of a list of numbers (the middle one; the lower middle for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Reads a /proc file, or '' when the process has gone. */
function procText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The pid and all its descendants' pids. */
function processTree(pid: number): number[] {
  const children = procText(`/proc/${pid}/task/${pid}/children`).split(' ').filter(Boolean).map(Number);
  return [pid, ...children.flatMap(processTree)];
}

/** Resident memory of the tree rooted at `pid`, in KiB. */
function treeResidentKiB(pid: number): number {
  return processTree(pid).reduce((sum, id) => sum + Number(/VmRSS:\s+(\d+)/.exec(procText(`/proc/${id}/status`))?.[1] ?? 0), 0);
}

/**
 * Runs `command args` in `cwd` with `env`, its output kept (and shown only if it fails).
 * Rejects when the command exits non-zero.
 */
export function measureRun(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunMeasure> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakKiB = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) peakKiB = Math.max(peakKiB, treeResidentKiB(child.pid));
    }, 25);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - start) / 1000;
      if (code === 0) resolve({ seconds, peakMiB: peakKiB / 1024 });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** A command to measure over several runs: what to do before each run, and the run. */
export interface MeasuredCommand {
  prepare: () => void;
  run: () => Promise<RunMeasure>;
}

/**
 * Runs each command `runs` times, taking turns (first, second, …, first, second, …), so that a
 * machine that gets faster or slower during a bench weighs on every command alike; returns each
 * command's median seconds and median peak memory, in order.
 */
export async function medianRuns(runs: number, commands: readonly MeasuredCommand[]): Promise<RunMeasure[]> {
  const measures = commands.map((): RunMeasure[] => []);
  for (let n = 0; n < runs; n++) {
    for (const [i, command] of commands.entries()) {
      command.prepare();
      measures[i]!.push(await command.run());
    }
  }
  return measures.map((list) => ({ seconds: median(list.map((m) => m.seconds)), peakMiB: median(list.map((m) => m.peakMiB)) }));
}
