/**
 * After `next build` (npm's `postbuild`): bundle the content read-ahead worker (lib/catalog/readahead-worker.ts, see
 * lib/catalog/readahead.ts) into one self-contained file that scripts/server.mjs starts in a worker thread before
 * it loads Next. Next's bundler emits no file the server entry could name, so esbuild makes it. The name carries the
 * build id: the server starts only its own build's worker, whose messages have the shape its catalog expects.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildId = readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
const outDir = path.join(root, '.next', 'selfhelp');
const name = `readahead-${buildId}.cjs`;
mkdirSync(outDir, { recursive: true });
for (const old of readdirSync(outDir)) if (old.startsWith('readahead-') && old !== name) rmSync(path.join(outDir, old));

await build({
  entryPoints: [path.join(root, 'lib', 'catalog', 'readahead-worker.ts')],
  outfile: path.join(outDir, name),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
console.log(`[readahead] bundled lib/catalog/readahead-worker.ts into ${path.relative(root, path.join(outDir, name))}`);
