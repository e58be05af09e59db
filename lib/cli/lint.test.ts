/**
 * `selfhelp lint` behaviour through `runLint`: exit codes with `--max-warnings`, the `--stats` table,
 * `selfhelp.config.json` settings (off / warn / error), and the grouped text output with its summary.
 * Articles are copied from the rule fixtures into a temp folder, so each has a known set of findings.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../lint/config';
import type { LintConfig } from '../lint/types';
import { type LintOptions, runLint } from './lint';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'lint');

/** A folder with one warning (aka-ms-link), one error (review-link) and one clean article. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'selfhelp-lint-'));
  mkdirSync(join(dir, 'articles'));
  copyFileSync(join(FIXTURES, 'aka-ms-link', 'not-ok.md'), join(dir, 'articles', 'a-warning.md'));
  copyFileSync(join(FIXTURES, 'review-link', 'not-ok.md'), join(dir, 'articles', 'b-error.md'));
  copyFileSync(join(FIXTURES, 'aka-ms-link', 'ok.md'), join(dir, 'articles', 'c-clean.md'));
  return dir;
}

function run(paths: string[], options: Partial<LintOptions> = {}) {
  let output = '';
  const code = runLint(paths, { format: 'text', stats: false, config: { rules: {} }, ...options }, (s) => (output += s));
  return { code, output };
}

describe('runLint', () => {
  const dir = workspace();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const warningOnly = join(dir, 'articles', 'a-warning.md');

  test('warnings alone pass unless --max-warnings is exceeded', () => {
    expect(run([warningOnly]).code).toBe(0);
    expect(run([warningOnly], { maxWarnings: 1 }).code).toBe(0);
    expect(run([warningOnly], { maxWarnings: 0 }).code).toBe(1);
  });

  test('an error fails the run whatever --max-warnings says', () => {
    expect(run([join(dir, 'articles')], { maxWarnings: 100 }).code).toBe(1);
  });

  test('text output groups by file and ends with the summary', () => {
    const { output } = run([join(dir, 'articles')]);
    const blocks = output.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatch(/a-warning\.md:27:19 {2}warning {2}Short link .* {2}aka-ms-link$/);
    expect(blocks[1]).toMatch(/b-error\.md:27:19 {2}error {2}Link .* {2}review-link$/);
    expect(blocks[2]).toBe('1 error, 1 warning in 2 files (3 files checked)');
  });

  test('--stats appends one line per rule with its count', () => {
    const { output } = run([join(dir, 'articles')], { stats: true });
    expect(output).toMatch(/^aka-ms-link +warning +1$/m);
    expect(output).toMatch(/^review-link +error +1$/m);
  });

  test('selfhelp.config.json turns rules off or changes their level', () => {
    const config = (rules: Record<string, string>): LintConfig => {
      const path = join(dir, 'selfhelp.config.json');
      writeFileSync(path, JSON.stringify({ rules }));
      return loadConfig(path, true);
    };
    const off = run([join(dir, 'articles')], { config: config({ 'aka-ms-link': 'off', 'review-link': 'off' }) });
    expect(off).toEqual({ code: 0, output: '0 errors, 0 warnings in 0 files (3 files checked)\n' });
    const relaxed = run([join(dir, 'articles')], { config: config({ 'review-link': 'warn' }) });
    expect(relaxed.code).toBe(0);
    expect(relaxed.output).toContain('0 errors, 2 warnings in 2 files');
    const strict = run([warningOnly], { config: config({ 'aka-ms-link': 'error' }) });
    expect(strict.code).toBe(1);
    expect(strict.output).toMatch(/ {2}error {2}Short link/);
  });

  test('a config naming an unknown rule is refused, with the closest rule when there is one', () => {
    const path = join(dir, 'typo.json');
    writeFileSync(path, JSON.stringify({ rules: { 'aka-ms-links': 'off' } }));
    expect(() => loadConfig(path, true)).toThrow(/rules\.aka-ms-links: unknown rule; did you mean `aka-ms-link`\?/);
    writeFileSync(path, JSON.stringify({ rules: { 'no-such-thing-at-all': 'off' } }));
    expect(() => loadConfig(path, true)).toThrow(/rules\.no-such-thing-at-all: unknown rule \(the rules are listed in docs\/rules\.md\)/);
    // Pipeline and catalog ids can be set too: every id a diagnostic carries.
    writeFileSync(path, JSON.stringify({ rules: { 'properties-unknown-attribute': 'off', 'catalog-not-an-article': 'warn' } }));
    expect(loadConfig(path, true).rules).toEqual({ 'properties-unknown-attribute': 'off', 'catalog-not-an-article': 'warn' });
  });

  test('a config with an unknown level is refused with a one-line message', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ rules: { 'aka-ms-link': 'loud' } }));
    expect(() => loadConfig(path, true)).toThrow(/rules\.aka-ms-link/);
  });
});
