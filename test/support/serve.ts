/**
 * Serves a built site with Astro's own preview server, on a free port.
 */
import { preview } from 'astro';
import { projectRoot } from './build.ts';

/** A running preview server. */
export interface Served {
  url: (path: string) => string;
  stop: () => Promise<void>;
}

/** Serves `outDir` (a folder built by `casebook build --out-dir`) on a free local port. */
export async function serve(outDir: string): Promise<Served> {
  const server = await preview({ root: projectRoot, outDir, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  const origin = `http://127.0.0.1:${server.port}`;
  return { url: (path) => `${origin}/${path.replace(/^\//, '')}`, stop: () => server.stop() };
}
