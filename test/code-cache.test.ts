/**
 * scripts/code-cache.cjs, in child processes as the server uses it: modules compiled from the cache behave as
 * compiled from source, a refused or missing cache only costs the compile, and what Node would not load as
 * CommonJS is left to Node.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const hook = path.resolve(import.meta.dirname, '..', 'scripts', 'code-cache.cjs');
let root: string;
let cache: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'selfhelp-code-cache-'));
  cache = path.join(root, 'cache');
  mkdirSync(path.join(root, 'app'));
  writeFileSync(
    path.join(root, 'app', 'main.cjs'),
    [
      "const helper = require('./helper.cjs');",
      "exports.describe = async () => ({ sum: helper.add(2, 3), resolved: path(require.resolve('./helper.cjs')), file: path(__filename), dir: path(__dirname), esm: await require('./dynamic.cjs').word(), self: this === exports });",
      "const path = (p) => require('node:path').relative(__dirname, p) || '.';",
      "exports.fail = () => { throw new Error('from main'); };",
    ].join('\n'),
  );
  // A module that calls import(): left to Node (a cached one would lose its import callback on Node 20).
  writeFileSync(path.join(root, 'app', 'dynamic.cjs'), "exports.word = async () => (await import('./esm.mjs')).word;\n");
  writeFileSync(path.join(root, 'app', 'helper.cjs'), 'exports.add = (a, b) => a + b;\n');
  writeFileSync(path.join(root, 'app', 'esm.mjs'), "export const word = 'imported';\n");
  writeFileSync(path.join(root, 'app', 'broken.cjs'), 'exports.x = ;\n');
  // Same exports as helper.cjs, another sum: tells which file a require was answered with.
  writeFileSync(path.join(root, 'app', 'other.cjs'), 'exports.add = (a, b) => a * b;\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs a child that installs the hook (`mode`: write or read), loads the app and prints what it got. */
function run(
  mode: 'write' | 'read',
  script: string,
): { out: unknown; stats: { hits: number; misses: number; rejected: number; written: number; resolved: number } } {
  const code = [
    `const { installCodeCache, codeCacheStats } = require(${JSON.stringify(hook)});`,
    `installCodeCache({ dir: ${JSON.stringify(cache)}, root: ${JSON.stringify(path.join(root, 'app'))}, write: ${mode === 'write'} });`,
    `process.on('exit', () => process.stdout.write('\\n' + JSON.stringify(codeCacheStats())));`,
    `(async () => { ${script} })().then((out) => process.stdout.write(JSON.stringify(out)));`,
  ].join('\n');
  const printed = execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  const [out, stats] = printed.split('\n');
  return { out: JSON.parse(out ?? 'null'), stats: JSON.parse(stats ?? '{}') };
}

const describeApp = `return require(${JSON.stringify('PLACEHOLDER')}).describe();`;

describe('the server code cache', () => {
  it('compiles modules from the cache it wrote, and they behave as compiled from source', () => {
    const script = describeApp.replace('PLACEHOLDER', path.join(root, 'app', 'main.cjs'));
    const first = run('write', script);
    expect(first.out).toEqual({ sum: 5, resolved: 'helper.cjs', file: 'main.cjs', dir: '.', esm: 'imported', self: true });
    expect(first.stats).toMatchObject({ hits: 0, misses: 2, written: 2 });
    expect(readdirSync(cache).filter((f) => f.endsWith('.bin'))).toHaveLength(2);

    const second = run('read', script);
    expect(second.out).toEqual(first.out);
    expect(second.stats).toMatchObject({ hits: 2, misses: 0, rejected: 0, written: 0 });
  });

  it('compiles from source when V8 refuses a cache file', () => {
    for (const file of readdirSync(cache)) writeFileSync(path.join(cache, file), 'not a code cache');
    const script = describeApp.replace('PLACEHOLDER', path.join(root, 'app', 'main.cjs'));
    const { out, stats } = run('read', script);
    expect(out).toMatchObject({ sum: 5, esm: 'imported' });
    expect(stats).toMatchObject({ hits: 0, rejected: 2 });
  });

  it('keeps the file and line of an error thrown by a cached module', () => {
    const main = path.join(root, 'app', 'main.cjs');
    run('write', `return require(${JSON.stringify(main)}).describe();`);
    const { out } = run('read', `try { require(${JSON.stringify(main)}).fail(); } catch (e) { return e.stack.split('\\n')[1]; }`);
    expect(out).toContain(`${main}:4:`);
  });

  it('leaves a module Node cannot compile as CommonJS to Node, which reports it as usual', () => {
    const broken = path.join(root, 'app', 'broken.cjs');
    const { out, stats } = run('read', `try { require(${JSON.stringify(broken)}); } catch (e) { return e.name + ': ' + e.message; }`);
    expect(out).toBe("SyntaxError: Unexpected token ';'");
    expect(stats).toMatchObject({ hits: 0, misses: 0 });
  });

  it('answers requires from the resolutions it recorded, and resolves anew when a recorded file is gone', () => {
    const main = path.join(root, 'app', 'main.cjs');
    const script = describeApp.replace('PLACEHOLDER', main);
    rmSync(cache, { recursive: true, force: true });
    run('write', script);
    const file = path.join(cache, 'resolutions.json');
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as { stamp: string; resolutions: Record<string, string> };
    // The module's folder (relative to the root) and the request → the file found; builtins are not recorded.
    expect(recorded.resolutions).toEqual({ '\u0000./helper.cjs': 'helper.cjs', '\u0000./dynamic.cjs': 'dynamic.cjs' });
    // helper.cjs is asked for twice (require and require.resolve), dynamic.cjs once.
    expect(run('read', script).stats).toMatchObject({ resolved: 3 });

    // The recorded answer is what the require gets: pointed at other.cjs, 2 + 3 becomes 2 × 3.
    const pointAt = (target: string, stamp = recorded.stamp) =>
      writeFileSync(file, JSON.stringify({ stamp, resolutions: { ...recorded.resolutions, '\u0000./helper.cjs': target } }));
    pointAt('other.cjs');
    expect(run('read', script).out).toMatchObject({ sum: 6 });
    // A file no longer there, or a recording made by another Node or other flags: Node resolves.
    pointAt('gone.cjs');
    expect(run('read', script)).toMatchObject({ out: { sum: 5 }, stats: { resolved: 1 } });
    pointAt('other.cjs', 'v0.0.0');
    expect(run('read', script)).toMatchObject({ out: { sum: 5 }, stats: { resolved: 0 } });
  });
});
