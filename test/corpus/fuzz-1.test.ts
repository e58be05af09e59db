/**
 * Fuzz, first half of the cases (fuzz.ts: the machinery, seeds and how to replay a case), then a folder of 100,000
 * empty files: reported file by file, never fatal. The two halves are separate suites so the corpus run spreads
 * them over both cores.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '@/lib/catalog/catalog';
import { runExport } from '@/lib/cli/export';
import { collectInputs } from '@/lib/cli/lint';
import { lintFiles } from '@/lib/lint/lint';
import { CASES, runCases, SEED, work } from './fuzz';

describe('fuzz: mutated real files through export, lint, catalog and page render (1 of 2)', () => {
  it(`the even batches of ${CASES} seeded cases (seed ${SEED}): no exception, every file accounted for`, () => runCases(0, 2), 2_400_000);

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
