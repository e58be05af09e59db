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
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toContain('$npm_package_config_nodeFlags');
    // The image passes the heap cap in NODE_OPTIONS (so a run can raise it) and the flags NODE_OPTIONS refuses on
    // the command line.
    const dockerfile = read('Dockerfile');
    const options = dockerfile.match(/NODE_OPTIONS=(\S+)/)?.[1]?.split(' ') ?? [];
    const command = JSON.parse(dockerfile.match(/^CMD (\[.*\])$/m)?.[1] ?? '[]') as string[];
    expect(command.at(-1)).toBe('scripts/server.mjs');
    expect([...options, ...command.slice(1, -1)].sort()).toEqual([...serverNodeFlags()].sort());
  });

  it('start the heap large enough that loading the catalog does not run the full collector again and again', () => {
    expect(serverNodeFlags().some((f) => /^--initial-old-space-size=\d+$/.test(f))).toBe(true);
  });
});
