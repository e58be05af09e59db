/**
 * The `selfhelp` command as users run it (a real process): `export` NDJSON over the bundled content,
 * and the exit codes of usage errors. `lint` output formats are covered in lib/cli/lint.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'lib/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('selfhelp export', { timeout: 60_000 }, () => {
  test('prints one JSON object per article with the documented fields', () => {
    const r = run('export', 'content');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(30);
    const kv = lines.find((l) => l.file === 'microsoft.keyvault/keyvault-firewall-access-denied.md');
    expect(kv).toMatchObject({
      articleId: 'cf45633f-f33b-425d-9d46-a6649ff1dc8e',
      selfHelpType: 'generic',
      cloudEnvironments: ['public', 'fairfax', 'usnat', 'ussec'],
      availableIn: ['public', 'fairfax', 'usnat', 'ussec'],
      supportTopicIds: ['32596879'],
      service: 'microsoft.keyvault',
    });
    for (const key of ['title', 'h1', 'disableClouds', 'productPesIds', 'resource', 'displayOrder', 'ownershipId', 'diagnostics']) {
      expect(kv).toHaveProperty(key);
    }
    expect(kv.steps).toBeGreaterThan(0);
    expect(kv.documents).toBeGreaterThan(0);
    expect(lines.every((l) => !l.file.includes('\\'))).toBe(true);
  });

  test('a file with a broken block still exports, with its diagnostics; exit stays 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'selfhelp-export-'));
    writeFileSync(join(dir, 'broken.md'), '<properties\n  pageTitle="Broken\n  selfHelpType="generic"\n  cloudEnvironments="public"\n/>\n# Broken\n');
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nA markdown file without a block.\n');
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const r = run('export', dir);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // The image is not an article; the markdown file without a block is exported with its error, not dropped.
    expect(lines.map((l) => l.file)).toEqual(['broken.md', 'notes.md']);
    expect(lines[0].articleId).toBe('broken');
    expect(lines[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('properties-unclosed-quote');
    expect(lines[1].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('properties-missing');
  });

  test('an unreadable directory exits 2 with a one-line message', () => {
    const r = run('export', '/no/such/dir');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('/no/such/dir');
  });

  test('usage errors exit 2', () => {
    expect(run('export').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
    expect(run('lint', 'content', '--format', 'xml').status).toBe(2);
    expect(run('lint', 'content', '--max-warnings', 'many').status).toBe(2);
  });
});

describe('selfhelp lint', { timeout: 60_000 }, () => {
  test('the bundled content is free of errors; SARIF output parses', () => {
    const r = run('lint', 'content', '--format', 'sarif');
    expect(r.status).toBe(0);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.filter((x: { level: string }) => x.level === 'error')).toEqual([]);
  });
});
