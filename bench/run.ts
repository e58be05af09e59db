/**
 * `npm run bench`: every speed and memory goal, measured in one run on the real corpus (../shared/corpus, or
 * SELFHELP_CORPUS). Figures and same-run ratios are printed; nothing here asserts a time.
 *   --corpus <dir>   the server part on this directory (default: ../shared/corpus grown to --articles in a temp copy)
 *   --articles <n>   the size the default corpus is grown to (15600: the public repository's size)
 *   --skip-server    pipeline, preview and the in-process search index only (no production build needed)
 *   --server-only    the server part only
 *   --soak <s>       only the soak (bench/soak.ts): <s> seconds at --connections (64) on the grown corpus while
 *                    content changes
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articlesDir, buildScaledCorpus } from './corpus';
import { benchFeedback } from './feedback';
import { benchPipeline, printPipeline } from './pipeline';
import { benchPreview, printPreview } from './preview';
import { BENCH_QUERIES, benchSearch, printSearch } from './search';
import { benchServer } from './server';
import { runSoak } from './soak';

const ROOT = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string' },
    articles: { type: 'string', default: '15600' },
    soak: { type: 'string' },
    connections: { type: 'string', default: '64' },
    'skip-server': { type: 'boolean' },
    'server-only': { type: 'boolean' },
  },
  strict: true,
});
const sample = process.env.SELFHELP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const articles = Number(args.articles);

/** Builds the app when there is no production build (the server benchmarks serve it). */
function ensureBuild(): void {
  if (existsSync(join(ROOT, '.next', 'BUILD_ID'))) return;
  console.log('building the app for the server benchmark…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (args.soak !== undefined) {
  ensureBuild();
  await runSoak({ corpus: args.corpus ?? sample, seconds: Number(args.soak) || 60, articles, connections: Number(args.connections) });
  process.exit(0);
}

const corpus = articlesDir(sample);
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (set SELFHELP_CORPUS to the folder holding articles/)`);
  process.exit(2);
}
console.log(`bench on ${corpus}, node ${process.version}`);

if (!args['server-only']) {
  printPipeline(benchPipeline(corpus));
  printPreview(await benchPreview());
}

// Search and server figures at the real size (or on --corpus).
const scaled = args.corpus ? null : buildScaledCorpus(corpus, articles);
const dir = args.corpus ? resolve(args.corpus) : (scaled?.dir ?? corpus);
console.log(scaled ? `\ncorpus grown to the real size: ${scaled.articles} articles in ${dir}` : `\ncorpus ${dir}`);
try {
  if (!args['server-only']) printSearch(await benchSearch(dir));
  if (!args['skip-server']) {
    ensureBuild();
    await benchServer(dir, BENCH_QUERIES);
    await benchFeedback(corpus);
  }
} finally {
  if (scaled) rmSync(scaled.dir, { recursive: true, force: true });
}
