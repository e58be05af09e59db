/**
 * A file over the size limit (MAX_FILE_BYTES) is refused without being read, by the server's catalog, `export`
 * and `lint` alike, each with a located `file-too-large` diagnostic; the other files are unaffected.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runExport } from '../cli/export';
import { collectInputs } from '../cli/lint';
import { lintFiles } from '../lint/lint';
import { Catalog } from './catalog';
import { MAX_FILE_BYTES } from './files';

const dir = mkdtempSync(join(tmpdir(), 'limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'fine.md'),
  '<properties\n  pageTitle="Fine"\n  articleId="fine"\n  selfHelpType="generic"\n  cloudEnvironments="public"\n/>\n# Fine\n',
);
writeFileSync(join(dir, 'huge.md'), '<properties pageTitle="Huge" articleId="huge" />\n# Huge\n');
// Sparse: the size is what counts, and the file is never read.
truncateSync(join(dir, 'huge.md'), MAX_FILE_BYTES + 1);

test('the catalog reports the oversized file and loads the rest', async () => {
  const catalog = await Catalog.load(dir);
  expect(catalog.byFile('fine.md')?.articleId).toBe('fine');
  const [failure] = catalog.failures();
  expect(failure?.file).toBe('huge.md');
  expect(failure?.diagnostics).toEqual([expect.objectContaining({ ruleId: 'file-too-large', severity: 'error', line: 1, column: 1 })]);
  expect(failure?.diagnostics[0]?.message).toMatch(/over the 4\.0 MB limit/);
});

test('export and lint report it with the same rule id', () => {
  const lines: string[] = [];
  runExport(dir, (line) => lines.push(line));
  const huge = lines.map((l) => JSON.parse(l) as { file: string; diagnostics: Array<{ ruleId: string }> }).find((r) => r.file === 'huge.md');
  expect(huge?.diagnostics.map((d) => d.ruleId)).toEqual(['file-too-large']);
  const result = lintFiles(collectInputs([dir]));
  const linted = result.files.find((f) => f.file.endsWith('huge.md'));
  expect(linted?.diagnostics.map((d) => d.ruleId)).toEqual(['file-too-large']);
});
