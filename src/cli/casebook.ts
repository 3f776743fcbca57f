/**
 * The `casebook` command line: `check`, `build` and `new` (see the README).
 */
import { parseArgs } from 'node:util';
import { buildSite } from './build.ts';
import { checkContent, report } from './check.ts';
import { scaffold } from './new-file.ts';
import { contentDir, projectRoot } from './project.ts';

const usage = `usage: casebook <command> [options]

commands:
  check                      validate the content folder, print every problem
  build [--teacher]          check, then build the student edition into dist/
                             (or the teacher edition into dist-teacher/)
        [--out-dir DIR]      build into DIR instead
        [--base /path/]      serve the site under a sub-path
  new <kind> <id>            scaffold a content file: kind is case, actor, statement,
                             event, source, annotation, claim or term; id is <id> or
                             <case-id>/<id> for things inside a case

The content folder is ./content, or the folder named by CASEBOOK_CONTENT.`;

function main(argv: string[]): number {
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
  const { diagnostics, files } = checkContent(root);
  const ok = report(diagnostics, files, command === 'check' ? console.log : console.error);
  if (!ok) {
    if (command === 'build') console.error('Build stopped: fix the errors above, then build again. The previous site was left as it was.');
    return 1;
  }
  if (command === 'check') return 0;
  return buildSite({ root, edition: values.teacher ? 'teacher' : 'student', outDir: values['out-dir'], base: values.base });
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (problem) {
  console.error(`casebook: ${problem instanceof Error ? problem.message : String(problem)}`);
  process.exitCode = 2;
}
