/**
 * The fuzz's machinery (the suites are fuzz-1.test.ts and fuzz-2.test.ts, each half of the cases, so the corpus
 * run can use both cores): FUZZ_CASES (default 10,000) seeded mutations (mutate.ts) of real files go through the
 * four consumers of the pipeline, in batches of 250 written to a temp folder: `export`, `lint`, the server's
 * catalog load, and the article page rendered in-process. Nothing may throw, and every file must be accounted for
 * by each consumer (an article or a reported failure). Each batch has its own seed (FUZZ_SEED + batch number), so
 * a failure printed as `case n` is replayed by the batch holding it alone:
 * `FUZZ_SEED=<seed> FUZZ_FROM=<n rounded down to 250> FUZZ_CASES=250 npx vitest run --config vitest.corpus.config.ts fuzz`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { Catalog } from '@/lib/catalog/catalog';
import { listFiles } from '@/lib/catalog/files';
import { runExport } from '@/lib/cli/export';
import { collectInputs } from '@/lib/cli/lint';
import { lintFiles } from '@/lib/lint/lint';
import { requireCorpus } from './corpus';
import { mutate, prng } from './mutate';
import { renderPage } from './render';

export const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const FROM = Number(process.env.FUZZ_FROM ?? 0);
const BATCH = 250;
export const work = mkdtempSync(join(tmpdir(), 'selfhelp-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `fn`, turning a throw into a problem line (the suite fails on any). */
async function guarded(problems: string[], where: string, fn: () => unknown): Promise<void> {
  try {
    await fn();
  } catch (error) {
    problems.push(`${where}: threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

/** The slowest page renders (label, ms), printed so a slow input can be found again. */
const slowest: Array<[string, number]> = [];

/** Milliseconds spent per consumer over the whole run (printed, never asserted). */
const spent = { export: 0, lint: 0, catalog: 0, render: 0 };
async function timed(stage: keyof typeof spent, fn: () => Promise<void>): Promise<void> {
  const started = performance.now();
  await fn();
  spent[stage] += performance.now() - started;
}

/** The four consumers over one folder; returns problems (throws, files not accounted for) and counts. */
export async function consume(dir: string, files: readonly string[], label: (file: string) => string) {
  const problems: string[] = [];
  const expected = new Set(files);
  const counts = { articles: 0, failures: 0, rendered: 0, diagnostics: 0 };
  await timed('export', () =>
    guarded(problems, 'export', () => {
      const seen = new Set<string>();
      runExport(dir, (line) => seen.add((JSON.parse(line) as { file: string }).file));
      for (const f of expected) if (!seen.has(f)) problems.push(`${label(f)}: missing from export`);
    }),
  );
  await timed('lint', () =>
    guarded(problems, 'lint', () => {
      const result = lintFiles(collectInputs([dir]));
      const seen = new Set(result.files.map((r) => basename(r.file)));
      for (const f of expected) if (!seen.has(basename(f))) problems.push(`${label(f)}: missing from lint`);
      counts.diagnostics += result.errorCount + result.warningCount + result.infoCount;
    }),
  );
  await guarded(problems, 'catalog', async () => {
    const started = performance.now();
    const catalog = await Catalog.load(dir);
    spent.catalog += performance.now() - started;
    const failed = new Set(catalog.failures().map((f) => f.file));
    for (const f of expected) if (!catalog.byFile(f) && !failed.has(f)) problems.push(`${label(f)}: neither article nor failure in the catalog`);
    counts.articles += catalog.size;
    counts.failures += failed.size;
    for (const meta of catalog.all()) {
      const started = performance.now();
      await timed('render', () =>
        guarded(problems, `${label(meta.file)} render`, async () => {
          const article = await catalog.getArticle(meta);
          if (!article) throw new Error('could not be read back');
          if (renderPage(meta, article).length === 0) throw new Error('rendered nothing');
          counts.rendered++;
        }),
      );
      slowest.push([label(meta.file), Math.round(performance.now() - started)]);
      slowest.sort((a, b) => b[1] - a[1]).splice(3);
    }
  });
  return { problems, counts };
}

/** Real markdown files of the corpus, the sources the cases mutate. */
export function corpusSources() {
  return listFiles(join(requireCorpus(), 'articles')).filter((f) => /\.md$/i.test(f.file));
}

/**
 * Runs the batches whose number has `shard` as its remainder by `shards` (so two suites split the cases between
 * them) and asserts: no problem, every case counted, most of them rendered as articles.
 */
export async function runCases(shard: number, shards: number): Promise<void> {
  const sources = corpusSources();
  const started = performance.now();
  const problems: string[] = [];
  const totals = { cases: 0, articles: 0, failures: 0, rendered: 0, diagnostics: 0 };
  const byMutation = new Map<string, number>();
  let expected = 0;
  for (let first = FROM; first < FROM + CASES; first += BATCH) {
    const batch = Math.floor(first / BATCH);
    const last = Math.min(FROM + CASES, first + BATCH);
    if (batch % shards !== shard) continue;
    expected += last - first;
    const rand = prng(SEED + batch);
    const dir = join(work, `batch-${first}`);
    mkdirSync(dir);
    const origin = new Map<string, string>();
    for (let n = first; n < last; n++) {
      const source = sources[Math.floor(rand() * sources.length)]!;
      const { bytes, applied } = mutate(rand, readFileSync(source.path));
      const file = `case-${String(n).padStart(5, '0')}.md`;
      writeFileSync(join(dir, file), bytes);
      origin.set(file, `case ${n} (${source.file}: ${applied.join(' + ')})`);
      for (const a of applied) byMutation.set(a, (byMutation.get(a) ?? 0) + 1);
    }
    const { problems: found, counts } = await consume(dir, [...origin.keys()], (f) => origin.get(f) ?? f);
    problems.push(...found);
    totals.cases += origin.size;
    for (const k of ['articles', 'failures', 'rendered', 'diagnostics'] as const) totals[k] += counts[k];
    rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `[fuzz ${shard + 1}/${shards}] ${totals.cases} cases in ${seconds.toFixed(0)} s (seed ${SEED}): ${totals.articles} articles (${totals.rendered} pages rendered), ` +
      `${totals.failures} reported failures, ${totals.diagnostics} lint diagnostics; seconds per consumer ` +
      `${JSON.stringify(Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Math.round(v / 1000)])))}; mutations ${JSON.stringify(Object.fromEntries(byMutation))}`,
  );
  console.log(`[fuzz ${shard + 1}/${shards}] slowest renders: ${slowest.map(([l, ms]) => `${l} ${ms} ms`).join('; ')}`);
  expect(problems.slice(0, 20)).toEqual([]);
  expect(totals.cases).toBe(expected);
  expect(totals.rendered).toBeGreaterThan(expected / 2);
}
