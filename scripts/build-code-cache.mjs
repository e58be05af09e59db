/**
 * After `next build` (npm's `postbuild`): make the V8 code cache of the production server's modules
 * (scripts/code-cache.cjs). Starts the built server once on the bundled `content/` with `SELFHELP_CODE_CACHE=write`
 * and the production Node flags (V8 refuses a cache made under other flags), asks it for what a first visitor
 * asks (a filtered answer, the home page, an article page), stops it, and leaves the cache (compiled code, and
 * where each `require` was found) in `.next/selfhelp/code-cache`, which the standalone output carries. A failure
 * here costs start-up speed, not the build: the server runs without a cache.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, '.next', 'selfhelp', 'code-cache');
const flags = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);

const port = await new Promise((resolve, reject) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
  probe.on('error', reject);
});
rmSync(cacheDir, { recursive: true, force: true });
const scratch = mkdtempSync(path.join(tmpdir(), 'selfhelp-code-cache-'));
const server = spawn(process.execPath, [...flags, path.join(root, 'scripts', 'server.mjs')], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    SELFHELP_CODE_CACHE: 'write',
    SELFHELP_CONTENT_DIR: path.join(root, 'content'),
    SELFHELP_CATALOG_CACHE: 'off',
    SELFHELP_DATA_DIR: scratch,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve(code ?? signal)));

async function get(pathname) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}${pathname}`);
      if (res.ok) return res;
      throw new Error(`${pathname} answered ${res.status}`);
    } catch (error) {
      if (server.exitCode !== null || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

try {
  const { articles } = await (await get('/api/articles?cloud=public&limit=1')).json();
  await (await get('/')).text();
  if (articles[0]) await (await get(`/articles/${encodeURIComponent(articles[0].articleId)}`)).text();
  server.kill('SIGTERM');
  await exited;
  const files = readdirSync(cacheDir).filter((f) => f.endsWith('.bin')).length;
  const resolved = Object.keys(JSON.parse(readFileSync(path.join(cacheDir, 'resolutions.json'), 'utf8')).resolutions).length;
  console.log(`[code-cache] compiled modules of ${files} files and ${resolved} resolutions cached in ${path.relative(root, cacheDir)}`);
} catch (error) {
  server.kill('SIGKILL');
  await exited;
  rmSync(cacheDir, { recursive: true, force: true });
  console.warn(`[code-cache] not made (${error instanceof Error ? error.message : error}); the server compiles its modules at each start`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
