/**
 * Deliberately broken pages: tiny sites written to a temporary folder, which each gate must
 * reject (the proof that a gate can fail).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (path → text) into a new temporary folder; returns the folder. */
export function writeSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-broken-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A small valid, accessible page with `body` in its main, and `head` in its head. */
export function htmlPage(body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>A test page</title>
    ${head}
  </head>
  <body>
    <main>
      <h1>A test page</h1>
      ${body}
    </main>
  </body>
</html>
`;
}
