import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { previewLintConfig } from './server';

const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-preview-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configFile(name: string, text: string | null): string {
  const file = path.join(dir, name, 'selfhelp.config.json');
  if (text !== null) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return file;
}

describe('previewLintConfig', () => {
  it('applies a good config and says nothing', () => {
    const got = previewLintConfig(configFile('good', JSON.stringify({ rules: { 'aka-ms-link': 'off' } })));
    expect(got).toEqual({ config: { rules: { 'aka-ms-link': 'off' } }, problem: null });
  });

  it('has no overrides and no problem when there is no config file', () => {
    expect(previewLintConfig(configFile('none', null))).toEqual({ config: { rules: {} }, problem: null });
  });

  it('applies none of a config the CLI would refuse, and says why without the server path', () => {
    const misspelt = previewLintConfig(configFile('misspelt', JSON.stringify({ rules: { 'aka-ms-lnk': 'off', 'http-link': 'off' } })));
    expect(misspelt.config).toEqual({ rules: {} });
    expect(misspelt.problem).toMatch(/^selfhelp\.config\.json: rules\.aka-ms-lnk: unknown rule; did you mean `aka-ms-link`\?/);
    const broken = previewLintConfig(configFile('broken', '{ "rules": '));
    expect(broken.problem).toMatch(/^selfhelp\.config\.json: not valid JSON/);
    expect(broken.problem).not.toContain(dir);
  });
});
