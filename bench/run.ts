/**
 * `npm run bench`: every speed and memory goal, measured in one run on the real corpus (../shared/corpus, or
 * SELFHELP_CORPUS). Figures and same-run ratios are printed; nothing here asserts a time.
 *   --skip-server   pipeline and preview only (no production build needed)
 *   --soak <s>      only the soak (bench/soak.ts): <s> seconds at --connections (64) on --corpus <dir>
 *                   (default ../shared/corpus) grown to --articles (15600) in a temp copy, while content changes
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchPipeline, printPipeline } from './pipeline';
import { benchPreview, printPreview } from './preview';
import { benchServer } from './server';
import { runSoak } from './soak';

const ROOT = join(import.meta.dirname, '..');
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
if (option('--soak') !== undefined) {
  await ensureBuild();
  await runSoak({
    corpus: option('--corpus') ?? process.env.SELFHELP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'),
    seconds: Number(option('--soak')) || 60,
    articles: Number(option('--articles') ?? 15_600),
    connections: Number(option('--connections') ?? 64),
  });
  process.exit(0);
}

const corpus = join(process.env.SELFHELP_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'), 'articles');
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (set SELFHELP_CORPUS to the folder holding articles/)`);
  process.exit(2);
}
console.log(`bench on ${corpus}, node ${process.version}`);

printPipeline(benchPipeline(corpus));
printPreview(await benchPreview());

if (!process.argv.includes('--skip-server')) {
  await ensureBuild();
  await benchServer(corpus);
}

/** Builds the app when there is no production build (the server benchmarks serve it). */
async function ensureBuild(): Promise<void> {
  if (existsSync(join(ROOT, '.next', 'BUILD_ID'))) return;
  console.log('building the app for the server benchmark…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
