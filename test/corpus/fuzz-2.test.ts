/**
 * Fuzz, second half of the cases (fuzz.ts has the machinery), then the two extreme inputs: a 50 MB file and a
 * folder of 100,000 empty files are reported with diagnostics, never fatal.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '@/lib/catalog/catalog';
import { MAX_FILE_BYTES } from '@/lib/catalog/files';
import { runExport } from '@/lib/cli/export';
import { collectInputs } from '@/lib/cli/lint';
import { lintFiles } from '@/lib/lint/lint';
import { CASES, consume, corpusSources, runCases, SEED, work } from './fuzz';

describe('fuzz: mutated real files through export, lint, catalog and page render (2 of 2)', () => {
  const sources = corpusSources();

  it(`the odd batches of ${CASES} seeded cases (seed ${SEED}): no exception, every file accounted for`, () => runCases(1, 2), 2_400_000);

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
