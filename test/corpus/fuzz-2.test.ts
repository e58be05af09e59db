/**
 * Fuzz, second half of the cases (fuzz.ts has the machinery), then a 50 MB file: refused with a diagnostic, never
 * fatal (the folder of 100,000 empty files is in the first half, so the halves take about as long).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '@/lib/catalog/catalog';
import { MAX_FILE_BYTES } from '@/lib/catalog/files';
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
});
