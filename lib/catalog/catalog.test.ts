import { mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticleMeta } from '../content/meta';
import { Catalog } from './catalog';
import { buildEntry, createDetacher } from './entry';
import { type Filters, parseFilters } from './filters';
import { fillBodies } from './load';

interface Spec {
  id: string;
  title: string;
  type?: string;
  clouds?: string;
  disable?: string;
  topics?: string;
  pes?: string;
  service?: string;
  order?: string;
  description?: string;
  body?: string;
}

// Articles written for these tests (not corpus text), in the properties-block format.
function article(s: Spec): string {
  const attrs: string[] = [
    `pageTitle="${s.title}"`,
    `description="${s.description ?? `About ${s.title}`}"`,
    `selfHelpType="${s.type ?? 'Generic'}"`,
    `cloudEnvironments="${s.clouds ?? 'public, Fairfax'}"`,
    `articleId="${s.id}"`,
    `supportTopicIds="${s.topics ?? ''}"`,
    `productPesIds="${s.pes ?? ''}"`,
    `service="${s.service ?? 'microsoft.widgets'}"`,
    `resource="gadgets"`,
    `authors="tester"`,
    `displayOrder="${s.order ?? ''}"`,
  ];
  if (s.disable !== undefined) attrs.push(`disableClouds="${s.disable}"`);
  const body = s.body ?? '## **Recommended Steps**\n\n1. Restart the widget.\n';
  return `<properties\n\t${attrs.join('\n\t')}\n/>\n\n# ${s.title}\n\n${body}`;
}

let root: string;
let catalog: Catalog | undefined;

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

const query = (q: string) => catalog!.query(parseFilters(new URLSearchParams(q)).filters);
const titles = (q: string) => query(q).articles.map((a) => a.title);
const facet = (q: string, name: keyof ReturnType<typeof query>['facets']) =>
  Object.fromEntries(
    query(q)
      .facets[name].filter((f) => f.count > 0)
      .map((f) => [f.value, f.count]),
  );

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'catalog-'));
  await put('widgets/alpha.md', article({ id: 'alpha', title: 'Alpha widget', topics: '11110001,11110002', pes: '101', order: '2' }));
  await put(
    'widgets/beta.md',
    article({ id: 'beta', title: 'Beta widget', topics: '11110001', pes: '102', order: '1', clouds: 'public, fairfax, mooncake', disable: 'fairfax' }),
  );
  await put(
    'widgets/gamma',
    article({
      id: 'gamma',
      title: 'Gamma widget',
      topics: '111100011',
      service: 'Microsoft.Widgets',
      type: 'Resource',
      body: 'See [the sprocket guide](https://example.test/sprocket).',
    }),
  );
  await put(
    'gadgets/delta.txt',
    article({
      id: 'DELTA',
      title: 'Delta gadget',
      topics: '11110002',
      service: 'microsoft.gadgets',
      clouds: 'USNat, USSec',
      description: 'Sprocket alignment',
    }),
  );
  await put('gadgets/delta-copy.md', article({ id: 'delta', title: 'Another delta', clouds: 'mooncake' }));
  await put('gadgets/notes.md', '# Just notes\n\nNo properties here.\n');
  await put('gadgets/logo.png', '\x89PNG not an article');
  await put('.git/stray.md', article({ id: 'hidden', title: 'Hidden' }));
  // The substring scan answers `q` here (ranking.test.ts covers the ranked index), so no test races its build.
  catalog = await Catalog.load(root, { search: false });
});

afterEach(async () => {
  catalog?.close();
  await rm(root, { recursive: true, force: true });
});

describe('loading', () => {
  it('selects articles by content, whatever the extension, and skips hidden folders', () => {
    expect(catalog!.size).toBe(5);
    expect(catalog!.byFile('widgets/gamma')?.articleId).toBe('gamma');
    expect(catalog!.byFile('gadgets/delta.txt')?.title).toBe('Delta gadget');
    expect(catalog!.byId('hidden')).toEqual([]);
  });

  it('keeps text files without a block as failures with a diagnostic, and ignores images', () => {
    expect(catalog!.failures().map((f) => [f.file, f.diagnostics[0]?.ruleId])).toEqual([['gadgets/notes.md', 'catalog-not-an-article']]);
  });

  it('keeps no attribute list, and reads the whole metadata from the file on demand', () => {
    const meta = catalog!.byFile('widgets/gamma')!;
    expect(meta).not.toHaveProperty('attributes');
    expect(meta.articleIdAt).toEqual({ line: 6, column: 13 });
    const full = catalog!.fullMeta(meta);
    expect(full?.attributes.map((a) => a.name)).toContain('cloudEnvironments');
    expect(full?.articleId).toBe('gamma');
  });

  it('reads headings with the body after start-up, and at once when the title needs the H1', async () => {
    const guid = '0f9b5c2e-3d1a-4b7c-9e8f-1a2b3c4d5e6f';
    const text = article({ id: 'g1', title: guid }).replace(`# ${guid}`, '# Quartz widget\n\n## Quartz section');
    await put('late/guid.md', text);
    const loaded = buildEntry('late/guid.md', Buffer.from(text), createDetacher(), { deferBody: true });
    const entry = loaded.kind === 'article' ? loaded.entry : null;
    // The GUID pageTitle gives way to the H1 before the body is read for search.
    expect(entry?.title).toBe('Quartz widget');
    expect(entry?.text).toMatchObject({ body: '', headings: '' });
    await fillBodies(root, entry ? [entry] : []);
    expect(entry?.text?.headings).toBe('Quartz widget \n Quartz section \n Recommended Steps');
    expect(entry?.text?.body).toContain('restart the widget');
    const eager = buildEntry('late/guid.md', Buffer.from(text));
    expect(eager.kind === 'article' && eager.entry.text).toEqual(entry?.text);
  });

  it("keeps every metadata field but the attribute list, equal to the file's own (every meta fixture)", async () => {
    const dir = path.resolve('test/fixtures/meta');
    const names = await readdir(dir);
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) {
      const file = (await readdir(path.join(dir, name))).find((f) => f.endsWith('.md'));
      if (!file) continue;
      const bytes = await readFile(path.join(dir, name, file));
      const { attributes, ...kept } = readArticleMeta(file, bytes);
      const loaded = buildEntry(file, bytes);
      if (kept.source === 'none') continue; // no block: a failure, not an entry
      expect(attributes.length, name).toBeGreaterThan(0);
      expect(loaded.kind === 'article' ? loaded.entry.meta : loaded, name).toStrictEqual(kept);
    }
  });

  it('reports a missing content directory instead of throwing', async () => {
    const empty = await Catalog.load(path.join(root, 'nope'));
    expect(empty.size).toBe(0);
    expect(empty.failures()[0]?.diagnostics[0]?.ruleId).toBe('catalog-no-content');
  });
});

describe('duplicates', () => {
  it('keeps both files of an id (case-insensitive) and flags them at their articleId', () => {
    expect(catalog!.byId('Delta').map((m) => m.file)).toEqual(['gadgets/delta-copy.md', 'gadgets/delta.txt']);
    const [group] = catalog!.duplicates();
    expect(group?.files.map((m) => m.file)).toEqual(['gadgets/delta-copy.md', 'gadgets/delta.txt']);
    expect(group?.diagnostics.map((d) => [d.file, d.line, d.ruleId])).toEqual([
      ['gadgets/delta-copy.md', 6, 'duplicate-article-id'],
      ['gadgets/delta.txt', 6, 'duplicate-article-id'],
    ]);
  });
});

describe('duplicates in path order', () => {
  it('lists the files of an id by path, whatever their catalog order', async () => {
    // Catalog order (by title) puts b/ first; the files of an id are listed by path all the same.
    await put('a/zeta.md', article({ id: 'zeta', title: 'Zeta, listed last' }));
    await put('b/zeta.md', article({ id: 'Zeta', title: 'A zeta listed first' }));
    const again = await Catalog.load(root);
    expect(
      again
        .all()
        .map((m) => m.file)
        .filter((f) => f.endsWith('zeta.md')),
    ).toEqual(['b/zeta.md', 'a/zeta.md']);
    expect(again.byId('zeta').map((m) => m.file)).toEqual(['a/zeta.md', 'b/zeta.md']);
    expect(
      again
        .duplicates()
        .find((g) => g.articleId.toLowerCase() === 'zeta')
        ?.files.map((m) => m.file),
    ).toEqual(['a/zeta.md', 'b/zeta.md']);
    again.close();
  });
});

describe('query', () => {
  it('orders by displayOrder (nulls last), then title', () => {
    expect(titles('')).toEqual(['Beta widget', 'Alpha widget', 'Another delta', 'Delta gadget', 'Gamma widget']);
  });

  it('filters by cloud on availableIn (cloudEnvironments minus disableClouds)', () => {
    expect(titles('cloud=fairfax')).toEqual(['Alpha widget', 'Gamma widget']);
    expect(titles('cloud=mooncake')).toEqual(['Beta widget', 'Another delta']);
  });

  it('filters by exact support topic and product ids', () => {
    expect(titles('supportTopicId=11110001')).toEqual(['Beta widget', 'Alpha widget']);
    expect(titles('supportTopicId=1111000')).toEqual([]);
    expect(titles('productPesId=102')).toEqual(['Beta widget']);
  });

  it('filters by service case-insensitively and by canonical type', () => {
    expect(titles('service=MICROSOFT.WIDGETS')).toEqual(['Beta widget', 'Alpha widget', 'Another delta', 'Gamma widget']);
    expect(titles('type=resource')).toEqual(['Gamma widget']);
  });

  it('combines filters with AND and pages with limit and offset', () => {
    expect(titles('cloud=public&supportTopicId=11110002')).toEqual(['Alpha widget']);
    const page = query('limit=2&offset=1');
    expect(page.total).toBe(5);
    expect(page.articles.map((a) => a.title)).toEqual(['Alpha widget', 'Another delta']);
  });

  it('counts each facet over the articles matching the other filters', () => {
    expect(facet('', 'cloud')).toEqual({ public: 3, fairfax: 2, mooncake: 2, usnat: 1, ussec: 1 });
    // The cloud facet ignores the cloud filter itself but honours the topic filter.
    expect(facet('cloud=fairfax&supportTopicId=11110001', 'cloud')).toEqual({ public: 2, fairfax: 1, mooncake: 1 });
    expect(facet('cloud=fairfax&supportTopicId=11110001', 'supportTopicId')).toEqual({ '11110001': 1, '11110002': 1, '111100011': 1 });
    expect(facet('cloud=fairfax', 'type')).toEqual({ generic: 1, resource: 1 });
    // Services count case-insensitively, shown in the spelling with capitals.
    expect(facet('', 'service')).toEqual({ 'Microsoft.Widgets': 4, 'microsoft.gadgets': 1 });
    expect(query('').facets.cloud.map((f) => f.value)).toEqual(['public', 'fairfax', 'mooncake', 'blackforest', 'usnat', 'ussec']);
  });

  it('searches title, description and body text, title hits first', () => {
    expect(titles('q=sprocket')).toEqual(['Delta gadget', 'Gamma widget']);
    expect(titles('q=restart%20WIDGET')).toEqual(['Beta widget', 'Alpha widget', 'Another delta', 'Delta gadget']);
    expect(titles('q=example.test')).toEqual([]);
    expect(facet('q=sprocket', 'type')).toEqual({ generic: 1, resource: 1 });
  });
});

describe('missingArticleLinks', () => {
  it('lists tile links to ids no file has (case-insensitive match), with their places', async () => {
    const tiles = (ids: string[]) =>
      `---\n{ "commonProblems": [\n${ids.map((id, i) => `  { "id": "p${i}", "commonSolutionArticleId": "${id}" }`).join(',\n')}\n] }\n---\n`;
    await put('widgets/tiles.md', article({ id: 'tiles', title: 'Widget tiles', type: 'diagnoseandsolve', body: tiles(['ALPHA', 'no-such-article', 'beta']) }));
    const loaded = await Catalog.load(root);
    const missing = loaded.missingArticleLinks();
    expect(missing.map((m) => [m.file, m.articleId, m.line, m.from.articleId])).toEqual([['widgets/tiles.md', 'no-such-article', 20, 'tiles']]);
    expect(missing[0]?.column).toBeGreaterThan(1);
  });
});

describe('getArticle', () => {
  it('parses on first view, serves the cache after, and re-parses when the file changes', async () => {
    const meta = catalog!.byId('alpha')[0]!;
    const first = await catalog!.getArticle(meta);
    expect(first?.meta.articleId).toBe('alpha');
    expect(first?.body.steps.map((s) => s.text)).toEqual(['Restart the widget.']);
    expect(await catalog!.getArticle(meta)).toBe(first);

    await put('widgets/alpha.md', article({ id: 'alpha', title: 'Alpha widget', body: '## **Recommended Steps**\n\n1. Tighten it.\n' }));
    const edited = await catalog!.getArticle(meta);
    expect(edited).not.toBe(first);
    expect(edited?.body.steps.map((s) => s.text)).toEqual(['Tighten it.']);

    await unlink(path.join(root, 'widgets/alpha.md'));
    expect(await catalog!.getArticle(meta)).toBeNull();
  });

  it('bounds the cache by the estimated heap of what it keeps', async () => {
    // Room for one small article (a few hundred bytes × 12), not two.
    const small = await Catalog.load(root, { articleCacheBytes: 6_000 });
    const [a, b] = [small.byId('alpha')[0]!, small.byId('beta')[0]!];
    const first = await small.getArticle(a);
    expect(await small.getArticle(a)).toBe(first);
    await small.getArticle(b);
    expect(await small.getArticle(a)).not.toBe(first);
  });
});

describe('watching (development)', () => {
  async function until(check: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
  }

  it('shows edited, added and deleted files on the next refresh', async () => {
    const watched = await Catalog.load(root, { watch: true });
    const filters: Filters = { limit: 50, offset: 0, cloud: 'ussec' };
    try {
      await put('widgets/beta.md', article({ id: 'beta', title: 'Beta renamed', clouds: 'ussec' }));
      await put('new/epsilon.md', article({ id: 'epsilon', title: 'Epsilon', clouds: 'ussec' }));
      await unlink(path.join(root, 'gadgets/delta.txt'));
      await until(async () => (await watched.refresh()).query(filters).total === 2);
      expect(watched.query(filters).articles.map((a) => a.title)).toEqual(['Beta renamed', 'Epsilon']);
      expect(watched.byId('delta').map((m) => m.file)).toEqual(['gadgets/delta-copy.md']);
      expect(watched.duplicates()).toEqual([]);

      await rm(path.join(root, 'new'), { recursive: true });
      await until(async () => (await watched.refresh()).byId('epsilon').length === 0);
      expect(watched.byId('epsilon')).toEqual([]);
    } finally {
      watched.close();
    }
  });
});
