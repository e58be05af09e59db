/**
 * SARIF output is checked twice: against the official SARIF 2.1.0 JSON schema (shipped in the
 * `@microsoft/jest-sarif` package, draft-04, hence `ajv-draft-04`), and by the assertions code-scanning
 * tools rely on that the schema cannot express (ruleIndex names the result's own rule).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, test } from 'vitest';
import { RULE_IDS } from '../../content/ruleIds';
import { lintFiles } from '../lint';
import { formatSarif } from './sarif';

const require = createRequire(import.meta.url);
const SCHEMA = join(dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'lint');

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
    }>;
  }>;
}

function sampleResult() {
  const files = ['no-tables', 'docs-link-locale', 'cloud-retired'].map((id) => ({
    file: `${id}/not-ok.md`,
    bytes: readFileSync(join(FIXTURES, id, 'not-ok.md')),
  }));
  const result = lintFiles([...files, { file: 'gone.md', bytes: null, error: 'ENOENT' }]);
  // A catalog id: no lint run emits it, but a diagnostic may carry any RuleId and each has a descriptor.
  result.files[0]?.diagnostics.push({ file: 'x', line: 2, column: 3, ruleId: 'catalog-not-an-article', severity: 'error', message: 'no block' });
  return result;
}

describe('formatSarif', () => {
  const result = sampleResult();
  const log = JSON.parse(formatSarif(result)) as SarifLog;
  const run = log.runs[0];

  test('validates against the SARIF 2.1.0 schema', () => {
    // The schema's `language` pattern is not valid under the `u` flag that Ajv uses by default.
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The schema really bites: a wrong version or a region without numbers is refused.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(validate({ ...log, runs: [{ ...run, results: [{ ...run?.results[0], locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] })).toBe(
      false,
    );
  });

  test('describes every rule with id, short description and default level', () => {
    expect(log.version).toBe('2.1.0');
    for (const rule of run?.tool.driver.rules ?? []) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run?.tool.driver.rules.find((r) => r.id === 'cloud-retired')?.defaultConfiguration.level).toBe('note');
    expect(run?.tool.driver.rules.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  test('each result points at its own rule and place', () => {
    const diagnostics = result.files.flatMap((f) => f.diagnostics);
    expect(run?.results).toHaveLength(diagnostics.length);
    run?.results.forEach((r, i) => {
      const d = diagnostics[i];
      expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
      expect(r.ruleId).toBe(d?.ruleId);
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[d?.severity ?? 'error']);
      expect(r.locations[0]?.physicalLocation.region).toMatchObject({ startLine: d?.line, startColumn: d?.column });
    });
    expect(run?.results.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['no-tables', 'docs-link-locale', 'file-unreadable', 'catalog-not-an-article']));
  });
});
