/**
 * Byte-for-byte comparison of two built sites, for the reproducibility gate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles } from './html.ts';

/** Where two buffers first differ, with a little text around it from each. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const around = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, at - 30), at + 50).toString('utf8'));
  return `differ from byte ${at}: ${around(a)} vs ${around(b)}`;
}

/** Every difference between the folders `a` and `b`; empty when they are byte-identical. */
export function differences(a: string, b: string): string[] {
  const filesA = siteFiles(a);
  const filesB = siteFiles(b);
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  const problems: string[] = [];
  for (const file of filesA) if (!inB.has(file)) problems.push(`${file} is only in the first build`);
  for (const file of filesB) if (!inA.has(file)) problems.push(`${file} is only in the second build`);
  for (const file of filesA.filter((name) => inB.has(name))) {
    const bytesA = readFileSync(join(a, file));
    const bytesB = readFileSync(join(b, file));
    if (!bytesA.equals(bytesB)) problems.push(`${file}: ${firstDifference(bytesA, bytesB)}`);
  }
  return problems;
}
