/**
 * `npm run bench`: every speed and memory goal, measured in one run on the real corpus (../shared/corpus, or
 * SELFHELP_CORPUS). Figures and same-run ratios are printed; nothing here asserts a time.
 * Search and server figures are taken on a real-size corpus (bigCorpus.ts: ~15.5k articles).
 *   --skip-server     pipeline, preview and in-process search only (no production build needed)
 *   --skip-pipeline   search and server only
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeBigCorpus } from './bigCorpus';
import { benchPipeline, printPipeline } from './pipeline';
import { benchPreview, printPreview } from './preview';
import { BENCH_QUERIES, benchSearch, printSearch } from './search';
import { benchServer } from './server';

const ROOT = join(import.meta.dirname, '..');
const corpus = join(process.env.SELFHELP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'), 'articles');
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (set SELFHELP_CORPUS to the folder holding articles/)`);
  process.exit(2);
}
console.log(`bench on ${corpus}, node ${process.version}`);

if (!process.argv.includes('--skip-pipeline')) {
  printPipeline(benchPipeline(corpus));
  printPreview(await benchPreview());
}

// Search and server figures at the real size: the sample plus a copy of two thirds of it (ids kept unique).
const big = makeBigCorpus(corpus);
try {
  console.log(`real-size corpus: ${big.files} files (${big.copies} copies) in ${big.dir}`);
  printSearch(await benchSearch(big.dir));
  if (!process.argv.includes('--skip-server')) {
    if (!existsSync(join(ROOT, '.next', 'BUILD_ID'))) {
      console.log('building the app for the server benchmark…');
      const build = spawnSync('npx', ['next', 'build'], { cwd: ROOT, stdio: 'inherit' });
      if (build.status !== 0) process.exit(build.status ?? 1);
    }
    await benchServer(big.dir, BENCH_QUERIES);
  }
} finally {
  big.remove();
}
