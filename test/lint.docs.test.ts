/**
 * docs/rules.md must describe exactly the ids of lib/content/ruleIds.ts. The compiler does the rest: a diagnostic's
 * `ruleId` is a `RuleId`, a lint rule's id a `LintRuleId`, and lib/lint/structural.ts is keyed by every other id,
 * so an emitter cannot use an id that is not listed, and SARIF output describes every id that can appear.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LINT_RULE_IDS, RULE_IDS } from '@/lib/content/ruleIds';
import { RULES } from '@/lib/lint/rules';
import { STRUCTURAL_RULES } from '@/lib/lint/structural';

const ROOT = join(import.meta.dirname, '..');
const documented = [...readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8').matchAll(/^### `([a-z0-9-]+)`$/gm)].map((m) => m[1] ?? '');

test('every rule id has an entry in docs/rules.md', () => {
  const entries = new Set(documented);
  expect(RULE_IDS.filter((id) => !entries.has(id))).toEqual([]);
});

test('docs/rules.md documents no id that is not listed, and each once', () => {
  const ids = new Set<string>(RULE_IDS);
  expect(documented.filter((id) => !ids.has(id))).toEqual([]);
  expect(documented.filter((id, i) => documented.indexOf(id) !== i)).toEqual([]);
});

test('ids are listed once', () => {
  expect(RULE_IDS.filter((id, i) => RULE_IDS.indexOf(id) !== i)).toEqual([]);
});

test('the registered rules are exactly the listed lint rule ids', () => {
  expect(RULES.map((r) => r.id).sort()).toEqual([...LINT_RULE_IDS].sort());
});

test('structural.ts describes every id that is not an authoring rule', () => {
  const lint = new Set<string>(LINT_RULE_IDS);
  expect(STRUCTURAL_RULES.map((r) => r.id).sort()).toEqual(RULE_IDS.filter((id) => !lint.has(id)).sort());
});
