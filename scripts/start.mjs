/**
 * `npm start`: build once if there is no production build, then run the production server (scripts/server.mjs:
 * JSON logs, metrics, graceful shutdown). Content is read at run time, so `SELFHELP_CONTENT_DIR=<dir> PORT=<n>
 * npm start` serves another directory without rebuilding.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.NODE_ENV = 'production';

// npm runs scripts from the package root; a relative content dir means relative to where the user typed it.
if (process.env.SELFHELP_CONTENT_DIR) {
  process.env.SELFHELP_CONTENT_DIR = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.env.SELFHELP_CONTENT_DIR);
}
const contentDir = process.env.SELFHELP_CONTENT_DIR ?? path.join(root, 'content');
if (!existsSync(contentDir)) console.warn(`[start] content directory ${contentDir} does not exist; the catalog will be empty`);

// `next build` writes BUILD_ID last, so its presence means a finished production build (`next dev` writes none).
if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('[start] no production build in .next; running `npm run build` first');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await import('./server.mjs');
