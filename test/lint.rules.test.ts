/**
 * Fixture loop for the lint rules: `test/fixtures/lint/<rule-id>/{ok.md, not-ok.md, expected.json}`.
 * `ok` lists every diagnostic of ok.md from any rule or the pipeline (it must stay `[]`: an ok example is a
 * clean article); `not-ok` lists only the rule's own, so each fixture pins one rule. `context-*.md` files
 * are linted alongside both (for cross-file rules). `UPDATE=1` rewrites expected.json; review the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintFiles } from '@/lib/lint/lint';
import { RULES } from '@/lib/lint/rules';
import { expectFixture, formatDiagnostics } from './support/fixtures';

const ROOT = join(import.meta.dirname, 'fixtures', 'lint');

function lintCase(dir: string, name: string): string[] {
  const context = readdirSync(dir).filter((f) => /^context-.*\.md$/.test(f));
  const inputs = [name, ...context].map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));
  const result = lintFiles(inputs);
  return formatDiagnostics(result.files.find((f) => f.file === name)?.diagnostics ?? []);
}

describe('lint rule fixtures', () => {
  for (const id of readdirSync(ROOT).sort()) {
    test(id, () => {
      const dir = join(ROOT, id);
      const actual = {
        ok: lintCase(dir, 'ok.md'),
        'not-ok': lintCase(dir, 'not-ok.md').filter((line) => line.split(' ')[2] === id),
      };
      expectFixture(join(dir, 'expected.json'), actual);
      // Guards that UPDATE=1 cannot paper over: the ok example is clean and the not-ok example trips the rule.
      expect(actual.ok).toEqual([]);
      expect(actual['not-ok'].length).toBeGreaterThan(0);
    });
  }

  test('every registered rule has a fixture directory', () => {
    const dirs = new Set(readdirSync(ROOT));
    expect(RULES.map((r) => r.id).filter((id) => !dirs.has(id))).toEqual([]);
  });
});
