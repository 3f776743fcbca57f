/**
 * The `casebook` command line: `check`, `build` and `new` (see the README).
 */
import { spawn } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { parseArgs } from 'node:util';
import { buildSite } from './build.ts';
import { contentDir, projectRoot } from './project.ts';

const usage = `usage: casebook <command> [options]

commands:
  check                      validate the content folder, print every problem
  build [--teacher]          check and build the student edition into dist/
                             (or the teacher edition into dist-teacher/)
        [--out-dir DIR]      build into DIR instead
        [--base /path/]      serve the site under a sub-path
  new <kind> <id>            scaffold a content file: kind is case, actor, statement,
                             event, source, annotation, claim or term; id is <id> or
                             <case-id>/<id> for things inside a case

The content folder is ./content, or the folder named by CASEBOOK_CONTENT.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      teacher: { type: 'boolean', default: false },
      'out-dir': { type: 'string' },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  const root = projectRoot();
  if (command === 'new') {
    // Loaded only here, like the check: the schemas it validates ids with are no business of `build`.
    const { scaffold } = await import('./new-file.ts');
    const [, kind = '', name = ''] = positionals;
    const result = scaffold(contentDir(root), root, kind, name, new Date().toISOString().slice(0, 10));
    if ('problem' in result) {
      console.error(`casebook new: ${result.problem}`);
      return 2;
    }
    console.log(`Created ${result.file}: fill in its fields, then run \`npm run check\`.`);
    return 0;
  }
  if (command !== 'check' && command !== 'build') {
    console.error(`casebook: unknown command \`${command}\`\n\n${usage}`);
    return 2;
  }
  if (command === 'check') {
    // Loaded only here: `build` checks in another process, and needs none of the model itself.
    const { checkContent, report } = await import('./check.ts');
    const { diagnostics, files } = checkContent(root);
    return report(diagnostics, files, console.log) ? 0 : 1;
  }
  const checked = checkApart();
  const status = await buildSite({ root, edition: values.teacher ? 'teacher' : 'student', outDir: values['out-dir'], base: values.base }, checked);
  if ((await checked) === 1) console.error('Build stopped: fix the errors above, then build again. The previous site was left as it was.');
  return status;
}

/**
 * `casebook check` in a process of its own, alongside Astro's build (two cores build in the time
 * of one). Its report goes to this process's standard error when it ends; resolves to its exit
 * status. Checked in this process, the resolved content would stay in its memory, unused, for the
 * whole of Astro's build (at 1,000 statements this process held 214 MB during it).
 */
function checkApart(): Promise<number> {
  // A smaller young generation (8 MB semi-spaces, V8's default being larger) keeps the check's
  // heap from swelling with the garbage of parsing every file while Astro starts beside it: the
  // build's peak memory (1,000 statements: check 213 → 164 MiB; 5,000: 381 → 268 MiB) for about
  // a tenth more CPU on the idle core. `npm run check` alone keeps V8's defaults.
  const check = spawn(process.execPath, ['--max-semi-space-size=8', import.meta.filename, 'check'], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Astro's start-up (content sync, bundling) keeps both cores of a two-core machine busy, and a
  // check at the same priority slowed it by a second or more. At the lowest priority the check
  // runs on what Astro leaves idle: its pages render on one thread (1,000 statements: 0.7–1.6 s
  // less wall time in three alternating pairs of builds).
  if (check.pid !== undefined) lowerPriority(check.pid);
  const report: Buffer[] = [];
  check.stdout.on('data', (chunk: Buffer) => report.push(chunk));
  check.stderr.on('data', (chunk: Buffer) => report.push(chunk));
  return new Promise((done) =>
    check.on('close', (code) => {
      process.stderr.write(Buffer.concat(report));
      done(code ?? 2);
    }),
  );
}

/** Gives a process the lowest scheduling priority; where that is refused, it keeps its own. */
function lowerPriority(pid: number): void {
  try {
    setPriority(pid, constants.priority.PRIORITY_LOW);
  } catch {
    // A system that refuses (some containers) runs the check at normal priority, as before.
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (problem) {
  console.error(`casebook: ${problem instanceof Error ? problem.message : String(problem)}`);
  process.exitCode = 2;
}
