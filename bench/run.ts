/**
 * `npm run bench`: every speed and memory goal, measured in one run on the real corpus (../shared/corpus, or
 * SELFHELP_CORPUS). Figures and same-run ratios are printed; nothing here asserts a time.
 *   --corpus <dir>   the server part on this directory of articles (default: the corpus at the real size, i.e. the
 *                    sample plus a copy of two thirds of it, about 15,600 articles)
 *   --skip-server    pipeline and preview only (no production build needed)
 *   --server-only    the server part only
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchPipeline, printPipeline } from './pipeline';
import { benchPreview, printPreview } from './preview';
import { realSizeCorpus } from './scale';
import { benchServer } from './server';

const ROOT = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: { corpus: { type: 'string' }, 'skip-server': { type: 'boolean' }, 'server-only': { type: 'boolean' } },
  strict: true,
});
const corpus = join(process.env.SELFHELP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'), 'articles');
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (set SELFHELP_CORPUS to the folder holding articles/)`);
  process.exit(2);
}
console.log(`bench on ${corpus}, node ${process.version}`);

if (!args['server-only']) {
  printPipeline(benchPipeline(corpus));
  printPreview(await benchPreview());
}

if (!args['skip-server']) {
  if (!existsSync(join(ROOT, '.next', 'BUILD_ID'))) {
    console.log('building the app for the server benchmark…');
    const build = spawnSync('npx', ['next', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (args.corpus) {
    console.log(`\nserver on ${resolve(args.corpus)}`);
    await benchServer(resolve(args.corpus));
  } else {
    const scaled = realSizeCorpus(corpus);
    console.log(`\nserver on the corpus at the real size: ${scaled.files} files in ${scaled.dir}`);
    try {
      await benchServer(scaled.dir);
    } finally {
      rmSync(scaled.dir, { recursive: true, force: true });
    }
  }
}
