/**
 * docs/rules.md must describe every rule id the project can print: the registered rules, the structural
 * ids of `structural.ts`, and every id the content pipeline passes to its diagnostic bag. The pipeline ids
 * are read from the source, so a new `bag.warn(…, 'new-id', …)` without a doc entry fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '@/lib/lint/rules';
import { STRUCTURAL_RULES } from '@/lib/lint/structural';

const ROOT = join(import.meta.dirname, '..');
const KEBAB = /'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g;
// Kebab-case literals in lib/content that are values, not rule ids.
const NOT_RULE_IDS = new Set(['utf-8', 'windows-1252', 'front-matter']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

/** Kebab-case string literals of the pipeline sources, import lines left out. */
function pipelineIds(): string[] {
  const ids = new Set<string>();
  for (const file of [...sourceFiles(join(ROOT, 'lib', 'content')), join(ROOT, 'lib', 'lint', 'lint.ts')]) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (/^\s*import\b|\bfrom '/.test(line)) continue;
      for (const m of line.matchAll(KEBAB)) if (!NOT_RULE_IDS.has(m[1] ?? '')) ids.add(m[1] ?? '');
    }
  }
  return [...ids];
}

const documented = new Set([...readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8').matchAll(/^### `([a-z0-9-]+)`$/gm)].map((m) => m[1]));

test('every rule id has an entry in docs/rules.md', () => {
  const ids = [...RULES.map((r) => r.id), ...STRUCTURAL_RULES.map((r) => r.id), ...pipelineIds()];
  expect([...new Set(ids)].filter((id) => !documented.has(id)).sort()).toEqual([]);
});

test('docs/rules.md documents no id that nothing emits', () => {
  const ids = new Set([...RULES.map((r) => r.id), ...STRUCTURAL_RULES.map((r) => r.id), ...pipelineIds()]);
  expect([...documented].filter((id) => id && !ids.has(id)).sort()).toEqual([]);
});

test('rule ids are unique between the registry and the pipeline', () => {
  const pipeline = new Set([...STRUCTURAL_RULES.map((r) => r.id), ...pipelineIds()]);
  expect(RULES.map((r) => r.id).filter((id) => pipeline.has(id))).toEqual([]);
});

test('every id the pipeline emits has SARIF metadata in structural.ts', () => {
  const described = new Set(STRUCTURAL_RULES.map((r) => r.id));
  expect(
    pipelineIds()
      .filter((id) => !described.has(id))
      .sort(),
  ).toEqual([]);
});
