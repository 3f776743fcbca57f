/**
 * The dependency gate: `npm audit --omit=dev` must report no high or critical advisory in what
 * the published site is built with. Prints the audit, then its verdict; exits 1 on a high or
 * critical advisory.
 *
 * When the registry's advisory service cannot be asked (it answers this workplace's mirror with
 * 405), the audit is reported as not done, loudly, and does not fail the run — unless
 * CASEBOOK_AUDIT_REQUIRED=1, where that is a failure too.
 *
 * Run: `npx node .ci/audit.ts` (after `npm ci`).
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** What the audit's JSON report says. */
export type Verdict =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'vulnerable'; counts: Record<string, number> }
  | { kind: 'unavailable'; reason: string };

/** Reads `npm audit --json` output. */
export function verdict(json: string): Verdict {
  let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; error?: { summary?: string } };
  try {
    report = JSON.parse(json) as typeof report;
  } catch {
    return { kind: 'unavailable', reason: `npm audit printed no report: ${json.slice(0, 200)}` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { kind: 'unavailable', reason: report.error?.summary || report.message || 'no vulnerability counts in the report' };
  return (counts['high'] ?? 0) + (counts['critical'] ?? 0) > 0 ? { kind: 'vulnerable', counts } : { kind: 'clean', counts };
}

function main(): number {
  const args = ['audit', '--omit=dev'];
  const json = spawnSync('npm', [...args, '--json'], { encoding: 'utf8' });
  const result = verdict(json.stdout);
  if (result.kind === 'unavailable') {
    const required = process.env['CASEBOOK_AUDIT_REQUIRED'] === '1';
    console.log(`npm audit: NOT DONE — the advisory service could not be asked (${result.reason}).${required ? '' : ' Not a failure here; set CASEBOOK_AUDIT_REQUIRED=1 to make it one.'}`);
    return required ? 1 : 0;
  }
  // The human-readable report, as `npm audit` prints it.
  spawnSync('npm', [...args, '--audit-level=high'], { stdio: 'inherit' });
  const counts = Object.entries(result.counts).map(([level, count]) => `${count} ${level}`).join(', ');
  console.log(`npm audit --omit=dev: ${counts}: ${result.kind === 'clean' ? 'no high or critical advisory' : 'FAILED: high or critical advisories above'}`);
  return result.kind === 'clean' ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
