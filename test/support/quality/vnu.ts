/**
 * The Nu HTML Checker (vnu-jar, the W3C validator's engine), run on whole folders with Debian's
 * Java, errors only.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checker's jar, inside the vnu-jar package (its download script is denied: see package.json). */
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Every HTML error in the folders `dirs`, as `folder/file:line message`; empty when there is
 * none. Throws when Java or the checker cannot run.
 */
export function htmlErrors(dirs: string[]): string[] {
  const run = spawnSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', ...dirs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`the Nu HTML Checker needs Java (apt-get install default-jre-headless): ${run.error.message}`);
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`the Nu HTML Checker did not report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  return report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => {
      const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? '?');
      const dir = dirs.find((candidate) => file.startsWith(candidate)) ?? '';
      const name = dir ? `${relative(dirname(dir), file)}` : file;
      return `${name}:${message.lastLine ?? '?'} ${message.message}${message.extract ? ` — ${JSON.stringify(message.extract)}` : ''}`;
    });
}
