/**
 * After `next build` (npm's `postbuild`): copy what the standalone output leaves out, so that
 * `node .next/standalone/server.js` (or `node .next/standalone/scripts/server.mjs`) serves the whole app:
 * the client assets (`.next/static`), `public/` when present, the production server entry and its read-ahead
 * worker (`.next/selfhelp`).
 */
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.next', 'standalone');
if (!existsSync(out)) {
  console.log('[standalone] no .next/standalone (output is not standalone); nothing to copy');
  process.exit(0);
}
cpSync(path.join(root, '.next', 'static'), path.join(out, '.next', 'static'), { recursive: true });
if (existsSync(path.join(root, 'public'))) cpSync(path.join(root, 'public'), path.join(out, 'public'), { recursive: true });
cpSync(path.join(root, 'scripts', 'server.mjs'), path.join(out, 'scripts', 'server.mjs'));
cpSync(path.join(root, 'scripts', 'code-cache.cjs'), path.join(out, 'scripts', 'code-cache.cjs'));
// The content read-ahead worker that scripts/server.mjs starts (scripts/build-readahead.mjs) and the code cache.
if (existsSync(path.join(root, '.next', 'selfhelp'))) cpSync(path.join(root, '.next', 'selfhelp'), path.join(out, '.next', 'selfhelp'), { recursive: true });
console.log(`[standalone] copied static assets, scripts/server.mjs and the read-ahead worker into ${path.relative(root, out)}`);
