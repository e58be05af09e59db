/** What every way of running the production server shares: the Node flags of package.json `config.nodeFlags`. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serverNodeFlags } from '../bench/spawn';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe('production Node flags', () => {
  it('caps the heap, so V8 collects before the process outgrows its memory budget', () => {
    expect(serverNodeFlags().some((f) => /^--max-old-space-size=\d+$/.test(f))).toBe(true);
  });

  it('are the same for npm start, the Docker image and the benchmarks', () => {
    const flags = serverNodeFlags().join(' ');
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toContain('$npm_package_config_nodeFlags');
    expect(read('Dockerfile')).toMatch(new RegExp(`NODE_OPTIONS=${flags}\\s`));
  });
});
