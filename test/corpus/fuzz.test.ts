/**
 * Fuzz over real files (../shared/corpus): FUZZ_CASES (default 10,000) seeded mutations (mutate.ts) go through
 * the four consumers of the pipeline, in batches written to a temp folder: `export`, `lint`, the server's
 * catalog load, and the article page rendered in-process. Nothing may throw, and every file must be accounted
 * for by each consumer (an article or a reported failure). Then the two extreme inputs: a 50 MB file and a
 * folder of 100,000 empty files are reported with diagnostics, never fatal.
 * Replay a failure with the printed seed: `FUZZ_SEED=<seed> FUZZ_CASES=<n> npm run test:corpus -- fuzz`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Catalog } from '@/lib/catalog/catalog';
import { listFiles, MAX_FILE_BYTES } from '@/lib/catalog/files';
import { runExport } from '@/lib/cli/export';
import { collectInputs } from '@/lib/cli/lint';
import { lintFiles } from '@/lib/lint/lint';
import { requireCorpus } from './corpus';
import { mutate, prng } from './mutate';
import { renderPage } from './render';

const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const BATCH = 250;
const work = mkdtempSync(join(tmpdir(), 'selfhelp-fuzz-'));
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
async function consume(dir: string, files: readonly string[], label: (file: string) => string) {
  const problems: string[] = [];
  const expected = new Set(files);
  const counts = { articles: 0, failures: 0, rendered: 0, diagnostics: 0 };
  await timed('export', () => guarded(problems, 'export', () => {
    const seen = new Set<string>();
    runExport(dir, (line) => seen.add((JSON.parse(line) as { file: string }).file));
    for (const f of expected) if (!seen.has(f)) problems.push(`${label(f)}: missing from export`);
  }));
  await timed('lint', () => guarded(problems, 'lint', () => {
    const result = lintFiles(collectInputs([dir]));
    const seen = new Set(result.files.map((r) => basename(r.file)));
    for (const f of expected) if (!seen.has(basename(f))) problems.push(`${label(f)}: missing from lint`);
    counts.diagnostics += result.errorCount + result.warningCount + result.infoCount;
  }));
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

describe('fuzz: mutated real files through export, lint, catalog and page render', () => {
  const sources = listFiles(join(requireCorpus(), 'articles')).filter((f) => /\.md$/i.test(f.file));

  it(`${CASES} seeded cases (seed ${SEED}): no exception, every file accounted for`, async () => {
    const rand = prng(SEED);
    const started = performance.now();
    const problems: string[] = [];
    const totals = { cases: 0, articles: 0, failures: 0, rendered: 0, diagnostics: 0 };
    const byMutation = new Map<string, number>();
    for (let first = 0; first < CASES; first += BATCH) {
      const dir = join(work, `batch-${first}`);
      mkdirSync(dir);
      const origin = new Map<string, string>();
      for (let n = first; n < Math.min(CASES, first + BATCH); n++) {
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
      `[fuzz] ${totals.cases} cases in ${seconds.toFixed(0)} s (seed ${SEED}): ${totals.articles} articles (${totals.rendered} pages rendered), ` +
        `${totals.failures} reported failures, ${totals.diagnostics} lint diagnostics; seconds per consumer ` +
        `${JSON.stringify(Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Math.round(v / 1000)])))}; mutations ${JSON.stringify(Object.fromEntries(byMutation))}`,
    );
    console.log(`[fuzz] slowest renders: ${slowest.map(([l, ms]) => `${l} ${ms} ms`).join('; ')}`);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(totals.cases).toBe(CASES);
    expect(totals.rendered).toBeGreaterThan(CASES / 2);
  }, 2_400_000); // ~6 min at a load average of 10 on two cores; more than 15 min at 30

  it('a 50 MB file is refused with file-too-large by each consumer; its neighbours load', async () => {
    const dir = join(work, 'fifty');
    mkdirSync(dir);
    const one = readFileSync(sources[0]!.path);
    writeFileSync(join(dir, 'fifty.md'), Buffer.concat(Array.from({ length: Math.ceil((50 * 2 ** 20) / one.length) }, () => one)));
    writeFileSync(join(dir, 'neighbour.md'), one);
    expect(MAX_FILE_BYTES).toBeLessThan(50 * 2 ** 20);
    const { problems, counts } = await consume(dir, ['fifty.md', 'neighbour.md'], (f) => f);
    expect(problems).toEqual([]);
    const catalog = await Catalog.load(dir);
    expect(catalog.failures().flatMap((f) => f.diagnostics.map((d) => `${f.file} ${d.ruleId}`))).toEqual(['fifty.md file-too-large']);
    expect(counts.articles).toBe(1);
  });

  it('a folder of 100,000 empty files is reported file by file, never fatal', async () => {
    const dir = join(work, 'empty');
    mkdirSync(dir);
    const files = Array.from({ length: 100_000 }, (_, i) => `empty-${String(i).padStart(6, '0')}.md`);
    for (const f of files) writeFileSync(join(dir, f), '');
    const catalog = await Catalog.load(dir);
    expect(catalog.size).toBe(0);
    const failures = catalog.failures();
    expect(failures).toHaveLength(100_000);
    expect(new Set(failures.flatMap((f) => f.diagnostics.map((d) => d.ruleId)))).toEqual(new Set(['catalog-not-an-article']));
    let exported = 0;
    runExport(dir, () => exported++);
    expect(exported).toBe(100_000);
    const linted = lintFiles(collectInputs([dir]));
    expect(linted.files).toHaveLength(100_000);
    expect(linted.files.every((f) => f.diagnostics.some((d) => d.severity === 'error'))).toBe(true);
  }, 1_200_000);
});
