/**
 * `npm start`: build once if there is no production build, then `next start`.
 * Content is read at run time, so `SELFHELP_CONTENT_DIR=<dir> PORT=<n> npm start` serves another directory
 * without rebuilding. Usage: node scripts/start.mjs [extra `next start` args]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
const env = { ...process.env, NODE_ENV: 'production' };

// npm runs scripts from the package root; a relative content dir means relative to where the user typed it.
if (env.SELFHELP_CONTENT_DIR) {
  env.SELFHELP_CONTENT_DIR = path.resolve(process.env.INIT_CWD ?? process.cwd(), env.SELFHELP_CONTENT_DIR);
}
const contentDir = env.SELFHELP_CONTENT_DIR ?? path.join(root, 'content');
if (!existsSync(contentDir)) console.warn(`[start] content directory ${contentDir} does not exist; the catalog will be empty`);

// `next build` writes BUILD_ID last, so its presence means a finished production build (`next dev` writes none).
if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('[start] no production build in .next; running `next build` first');
  const build = spawnSync(process.execPath, [next, 'build'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = env.PORT || '3000';
console.log(`[start] serving ${contentDir} on port ${port}`);
const server = spawn(process.execPath, [next, 'start', '--port', port, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });

// Pass stop signals on so Ctrl+C or a supervisor's SIGTERM shuts the server down cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
