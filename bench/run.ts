/**
 * `npm run bench`: every speed and memory goal, measured in one run on the real corpus (../shared/corpus, or
 * SELFHELP_CORPUS). Figures and same-run ratios are printed; nothing here asserts a time.
 *   --skip-server   pipeline and preview only (no production build needed)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchFeedback } from './feedback';
import { benchPipeline, printPipeline } from './pipeline';
import { benchPreview, printPreview } from './preview';
import { benchServer } from './server';

const ROOT = join(import.meta.dirname, '..');
const corpus = join(process.env.SELFHELP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'), 'articles');
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (set SELFHELP_CORPUS to the folder holding articles/)`);
  process.exit(2);
}
console.log(`bench on ${corpus}, node ${process.version}`);

printPipeline(benchPipeline(corpus));
printPreview(await benchPreview());

if (!process.argv.includes('--skip-server')) {
  if (!existsSync(join(ROOT, '.next', 'BUILD_ID'))) {
    console.log('building the app for the server benchmark…');
    const build = spawnSync('npx', ['next', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  await benchServer(corpus);
  await benchFeedback(corpus);
}
