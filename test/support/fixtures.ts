/**
 * Fixture runner: each `test/fixtures/<suite>/<case>/input.*` is turned into a JSON summary and compared with
 * `expected.json` beside it. `UPDATE=1` writes the expected files (review the diff before committing); without it a
 * missing `expected.json` fails the case, so a new fixture cannot pass by writing its own answer.
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
      expectFixture(join(dir, 'expected.json'), actual);
    });
  }
}

/** Compares `actual` with the JSON at `expectedPath`; `UPDATE=1` writes it instead. A missing file is a failure. */
export function expectFixture(expectedPath: string, actual: unknown): void {
  if (process.env.UPDATE === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(expectedPath)) throw new Error(`${expectedPath} is missing: run with UPDATE=1 to write it, then review it`);
  expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
}
