/**
 * Fixture runner: each `test/fixtures/<suite>/<case>/input.*` is turned into a JSON summary and compared with
 * `expected.json` beside it. `UPDATE=1` rewrites the expected files (review the diff before committing).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Diagnostic } from '@/lib/content/diagnostics';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Diagnostics as compact `line:col severity ruleId message` strings, stable for snapshots. */
export function formatDiagnostics(list: Diagnostic[]): string[] {
  return list.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
}

/** Registers one vitest test per case directory of `suite`. */
export function runFixtures(suite: string, summarize: (file: string, bytes: Buffer, dir: string) => unknown): void {
  const root = join(FIXTURES, suite);
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    const input = readdirSync(dir).find((f) => f.startsWith('input'));
    if (!input) throw new Error(`fixture ${suite}/${name} has no input file`);
    test(`${suite}: ${name}`, () => {
      const actual = JSON.parse(JSON.stringify(summarize(`${name}/${input}`, readFileSync(join(dir, input)), dir)));
      const expectedPath = join(dir, 'expected.json');
      if (process.env.UPDATE === '1' || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
}
