import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Catalog } from './catalog';
import { parseFilters } from './filters';
import { snapshotOptions } from './server';
import { SNAPSHOTS_KEPT, type SnapshotOptions } from './snapshot';

// Articles written for these tests (not corpus text).
function article(id: string, title: string, extra = ''): string {
  return [
    '<properties',
    `  pageTitle="${title}"`,
    `  description="About ${title}"`,
    '  selfHelpType="Generic"',
    '  cloudEnvironments="public, fairfax"',
    `  articleId="${id}"`,
    '  supportTopicIds="32000001"',
    '  service="microsoft.widgets"',
    '/>',
    '',
    `# ${title}`,
    '',
    '## Details',
    '',
    `The ${id} body mentions zephyrword${id} ${extra}.`,
    '',
  ].join('\n');
}

let root: string;
let cache: string;
const opened: Catalog[] = [];

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

async function load(options: Partial<SnapshotOptions> = {}): Promise<Catalog> {
  const catalog = await Catalog.load(root, { snapshot: { dir: cache, build: 'build-1', ...options } });
  opened.push(catalog);
  return catalog;
}

/** What a reader sees of a catalog: the ordered results of a filtered query, failures and duplicates. */
function view(catalog: Catalog) {
  const result = catalog.query(parseFilters(new URLSearchParams('cloud=fairfax')).filters);
  return {
    articles: result.items.map((a) => ({ title: a.title, meta: a.meta })),
    failures: catalog.failures(),
    duplicates: catalog.duplicates(),
  };
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'snapshot-content-'));
  cache = await mkdtemp(path.join(tmpdir(), 'snapshot-cache-'));
  await put('a/one.md', article('one', 'Widget one'));
  await put('a/two.md', article('two', 'Widget two'));
  await put('b/dup.md', article('ONE', 'Widget copy'));
  await put('b/broken.md', 'no block here\n');
  await put('b/picture.png', 'not an article');
});

afterEach(async () => {
  for (const c of opened.splice(0)) await c.snapshotSaved.catch(() => null);
  await rm(root, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

describe('catalog snapshot', () => {
  it('is written after the first load and makes a restart read no file, with the same catalog', async () => {
    const cold = await load();
    expect(cold.snapshotUse).toEqual({ state: 'none yet', reused: 0, files: 5 });
    expect(await cold.snapshotSaved).toBeGreaterThan(0);

    const warm = await load();
    expect(warm.snapshotUse).toEqual({ state: 'used', reused: 5, files: 5 });
    expect(view(cold).articles).toHaveLength(3);
    expect(view(cold).failures).toHaveLength(1);
    expect(view(warm)).toEqual(view(cold));
    // Nothing changed: no new snapshot is due.
    expect(await warm.snapshotSaved).toBeNull();
    // Bodies are not in the snapshot; they are read again for search.
    await warm.searchReady();
    expect(warm.query(parseFilters(new URLSearchParams('q=zephyrwordtwo')).filters).articles.map((a) => a.file)).toEqual(['a/two.md']);
  });

  it('reads again the files that changed, adds new ones and drops deleted ones', async () => {
    await (await load()).snapshotSaved;
    await put('a/two.md', article('two', 'Widget two, edited'));
    // The same size and mtime would still differ in ctime; a new mtime makes the change plain.
    await utimes(path.join(root, 'a/two.md'), new Date(), new Date(Date.now() + 5000));
    await put('c/three.md', article('three', 'Widget three'));
    await unlink(path.join(root, 'b/dup.md'));

    const warm = await load();
    expect(warm.snapshotUse).toEqual({ state: 'used', reused: 3, files: 5 });
    const fresh = await Catalog.load(root, { snapshot: { dir: await mkdtemp(path.join(tmpdir(), 'snapshot-fresh-')), build: 'b' } });
    opened.push(fresh);
    expect(view(warm)).toEqual(view(fresh));
    expect(warm.byFile('a/two.md')?.title).toBe('Widget two, edited');
    expect(warm.duplicates()).toEqual([]);
    expect(await warm.snapshotSaved).toBeGreaterThan(0);
    expect((await load()).snapshotUse.reused).toBe(5);
  });

  it('leaves out what JSON cannot keep (an endless displayOrder), which is read again', async () => {
    await put('a/far.md', article('far', 'Widget far').replace('  service=', `  displayOrder="${'9'.repeat(400)}"\n  service=`));
    const cold = await load();
    expect(cold.byFile('a/far.md')?.displayOrder).toBe(Number.POSITIVE_INFINITY);
    await cold.snapshotSaved;
    const warm = await load();
    expect(warm.snapshotUse).toEqual({ state: 'used', reused: 5, files: 6 });
    expect(view(warm)).toEqual(view(cold));
    // That file is read on every start, which alone makes no new snapshot due.
    expect(await warm.snapshotSaved).toBeNull();
  });

  it('ignores the snapshot of another build and removes it when writing its own', async () => {
    await (await load({ build: 'build-1' })).snapshotSaved;
    const other = await load({ build: 'build-2' });
    expect(other.snapshotUse.state).toBe('none yet');
    await other.snapshotSaved;
    const names = readdirSync(cache);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^catalog-build-2-/);
  });

  it('keeps the snapshots of the last few content folders of a build', async () => {
    const roots = [root];
    for (let i = 0; i < SNAPSHOTS_KEPT + 1; i++) {
      const other = await mkdtemp(path.join(tmpdir(), 'snapshot-content-'));
      await writeFile(path.join(other, 'x.md'), article(`x${i}`, `Widget x${i}`));
      roots.push(other);
      const catalog = await Catalog.load(other, { snapshot: { dir: cache, build: 'build-1' } });
      await catalog.snapshotSaved;
    }
    expect(readdirSync(cache)).toHaveLength(SNAPSHOTS_KEPT);
    for (const r of roots.slice(1)) await rm(r, { recursive: true, force: true });
  });

  it('loads every file when the snapshot is unreadable, and replaces it', async () => {
    await (await load()).snapshotSaved;
    const [name] = readdirSync(cache);
    await writeFile(path.join(cache, name ?? ''), '{"format": 1, "records": [');
    const catalog = await load();
    expect(catalog.snapshotUse.state).toMatch(/^unreadable/);
    expect(catalog.size).toBe(3);
    expect(await catalog.snapshotSaved).toBeGreaterThan(0);
    expect((await load()).snapshotUse.state).toBe('used');
  });

  it('ignores a snapshot whose records are not what it writes', async () => {
    await (await load()).snapshotSaved;
    const [name] = readdirSync(cache);
    const file = path.join(cache, name ?? '');
    const stored = JSON.parse(await readFile(file, 'utf8')) as { records: Array<{ loaded: { kind: string; entry?: unknown } }> };
    const article = stored.records.find((r) => r.loaded.kind === 'article');
    if (article) article.loaded.entry = { title: 'no meta' };
    await writeFile(file, JSON.stringify(stored));
    const catalog = await load();
    expect(catalog.snapshotUse.state).toBe('malformed');
    expect(catalog.failures()).toHaveLength(1);
    expect(catalog.size).toBe(3);
  });

  it('reports a folder it cannot write through snapshotSaved, and still serves', async () => {
    const blocked = path.join(cache, 'file-not-folder');
    await writeFile(blocked, '');
    const catalog = await Catalog.load(root, { snapshot: { dir: blocked, build: 'b' } });
    expect(catalog.size).toBe(3);
    await expect(catalog.snapshotSaved).rejects.toThrow();
    expect(existsSync(path.join(blocked, 'x'))).toBe(false);
  });
});

describe('snapshotOptions', () => {
  const env = { NODE_ENV: 'production', SELFHELP_CATALOG_CACHE: '/var/cache/selfhelp', SELFHELP_BUILD_ID: 'abc' } as const;
  it('is on for a production build with a cache folder, off otherwise', () => {
    expect(snapshotOptions({ ...env })).toEqual({ dir: '/var/cache/selfhelp', build: 'abc' });
    expect(snapshotOptions({ ...env, SELFHELP_CATALOG_CACHE: 'off' })).toBeUndefined();
    expect(snapshotOptions({ ...env, NODE_ENV: 'development' })).toBeUndefined();
    expect(snapshotOptions({ ...env, SELFHELP_BUILD_ID: '' })).toBeUndefined();
  });
});
