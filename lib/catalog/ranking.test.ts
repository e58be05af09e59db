import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from './catalog';
import { parseFilters } from './filters';

// Articles written for these tests (not corpus text).
interface Spec {
  id: string;
  title: string;
  service?: string;
  topics?: string;
  pes?: string;
  order?: string;
  type?: string;
  body: string;
}

function article(s: Spec): string {
  return [
    '<properties',
    `  pageTitle="${s.title}"`,
    `  description="About ${s.title}"`,
    `  service="${s.service ?? ''}"`,
    `  selfHelpType="${s.type ?? 'Generic'}"`,
    `  supportTopicIds="${s.topics ?? ''}"`,
    `  productPesIds="${s.pes ?? ''}"`,
    `  displayOrder="${s.order ?? ''}"`,
    '  cloudEnvironments="public, fairfax"',
    `  articleId="${s.id}"`,
    '/>',
    '',
    s.body,
  ].join('\n');
}

const DESCRIPTION = `# Support Topic Descriptions for 15657
---
{
  "$schema": "SelfHelpContent",
  "shortDescription": "Azure Key Vault is a cloud service for keys and secrets.",
  "supportTopics": [{ "id": "32596879", "shortDescription": "Key Vault firewall and networking", "searchTags": "", "category": "", "useInDiagnoseAndSolve": "" }]
}
---`;

const ARTICLES: Spec[] = [
  {
    id: 'kv-firewall',
    title: 'Azure Key Vault Behind Firewall',
    service: 'Microsoft.KeyVault',
    topics: '32596879',
    pes: '15657',
    order: '9',
    body: '# Azure Key Vault Behind Firewall\n\n## **Recommended Steps**\n\nAdd the address to the key vault firewall allow list.',
  },
  {
    id: 'kv-secrets',
    title: 'Managing secrets',
    service: 'microsoft.keyvault',
    topics: '32596879',
    pes: '15657',
    order: '1',
    body: '# Managing secrets\n\nRotate secrets and keys regularly.',
  },
  {
    id: 'st-firewall',
    title: 'Configure storage account firewalls',
    service: 'Microsoft.Storage',
    topics: '32600001',
    body: '# Storage firewalls\n\nSet firewall rules for the account.',
  },
  {
    id: 'vm-boot',
    title: 'My VM is not booting',
    service: 'microsoft.compute',
    topics: '32600002',
    order: '2',
    body: `# My VM is not booting\n\n${'Check the disk and the agent. '.repeat(20)}\n\n## Boot diagnostics\n\nEnable boot diagnostics to see the <b>screenshot</b> of the console. <script>alert(1)</script>`,
  },
  {
    id: 'spring',
    title: 'SDK springboot',
    service: 'microsoft.appplatform',
    topics: '32600002',
    order: '1',
    body: '# SDK springboot\n\nDeploy a spring boot app.',
  },
  {
    id: 'db-connect',
    title: 'Cannot connect to the database',
    service: 'microsoft.sql',
    topics: '32600003',
    body: '# Cannot connect\n\nCheck the connection strings.',
  },
  {
    id: 'tsg-guid',
    title: '0f0e0d0c-0b0a-0908-0706-050403020100',
    type: 'tsg_content',
    service: 'microsoft.network',
    body: '# Reset the gateway\n\nRestart the gateway instance.',
  },
  { id: 'ag-sql', title: 'Availability Group Failure', service: 'microsoft.sql', topics: '32600004', body: '# AG\n\nFailover of the group.' },
  {
    id: 'ag-vm',
    title: 'Availability Group Failure',
    service: 'microsoft.sqlvirtualmachine',
    topics: '32600004',
    body: '# AG\n\nFailover of the group on a VM.',
  },
  { id: 'supporttopics_15657', title: 'SupportTopicDescriptions for 15657', type: 'SupportTopicDescription', pes: '15657', body: DESCRIPTION },
];

let root: string;
let catalog: Catalog;
let scanning: Catalog;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ranking-'));
  for (const a of ARTICLES) await writeFile(path.join(root, `${a.id}.md`), article(a));
  catalog = await Catalog.load(root);
  await catalog.searchReady();
  scanning = await Catalog.load(root, { search: false });
});

afterAll(async () => {
  catalog.close();
  scanning.close();
  await rm(root, { recursive: true, force: true });
});

const run = (c: Catalog, query: string) => c.query(parseFilters(new URLSearchParams(query)).filters);
const ids = (query: string, c = catalog) => run(c, query).articles.map((a) => a.articleId);

describe('ranked search', () => {
  it('is ready after the build, and holds no scan text then', () => {
    expect(catalog.indexState).toBe('ready');
    expect(catalog.textsHeld).toBe(0);
    expect(scanning.indexState).toBe('building');
    expect(scanning.textsHeld).toBe(ARTICLES.length);
  });

  it('ranks the Key Vault firewall article first for `keyvault firewall`, hinting the service', () => {
    const result = run(catalog, 'q=keyvault%20firewall');
    expect(result.articles[0]?.articleId).toBe('kv-firewall');
    expect(result.search).toEqual({ index: 'ready', allTerms: true, hints: [{ kind: 'service', value: 'microsoft.keyvault', label: 'Microsoft.KeyVault' }] });
    expect(result.items[0]?.match).toMatchObject({ mode: 'index' });
    expect(result.items[0]?.match?.score).toBeGreaterThan(0);
  });

  it('lets singular and plural, and word forms, meet', () => {
    expect(ids('q=firewalls').sort()).toEqual(ids('q=firewall').sort());
    expect(ids('q=firewall')).toEqual(expect.arrayContaining(['kv-firewall', 'st-firewall']));
    expect(ids('q=connecting')[0]).toBe('db-connect');
  });

  it('forgives one typo and two swapped letters', () => {
    expect(ids('q=storage%20firewlal')[0]).toBe('st-firewall');
    expect(ids('q=databse%20connect')[0]).toBe('db-connect');
  });

  it('puts the article whose title the words name above one that only mentions them', () => {
    expect(ids('q=boot%20diagnostics')[0]).toBe('vm-boot');
    expect(ids('q=boot%20diagnostics')).not.toContain('spring');
  });

  it('says when no article has all the words, and answers with the closest', () => {
    const result = run(catalog, 'q=firewall%20zebra');
    expect(result.search?.allTerms).toBe(false);
    expect(result.articles.map((a) => a.articleId)).toEqual(expect.arrayContaining(['kv-firewall', 'st-firewall']));
  });

  it('ranks a pasted articleId first, in any case', () => {
    const result = run(catalog, 'q=DB-CONNECT');
    expect(result.articles[0]?.articleId).toBe('db-connect');
    expect(result.items[0]?.match?.reason).toBe('articleId');
  });

  it('answers a pasted support topic id with its articles in the portal order, and a labelled hint', () => {
    const result = run(catalog, 'q=32596879');
    expect(result.articles.map((a) => a.articleId)).toEqual(['kv-secrets', 'kv-firewall']);
    expect(result.search?.hints).toEqual([{ kind: 'supportTopicId', value: '32596879', label: 'Key Vault firewall and networking' }]);
    expect(ids('q=32596879%20firewall')[0]).toBe('kv-firewall');
  });

  it('answers a pasted product id with its articles', () => {
    expect(ids('q=15657')).toEqual(expect.arrayContaining(['kv-firewall', 'kv-secrets']));
    expect(run(catalog, 'q=15657').search?.hints[0]).toMatchObject({ kind: 'productPesId', value: '15657', label: 'Azure Key Vault' });
  });

  it('applies filters to ranked results', () => {
    expect(ids('q=firewall&service=microsoft.storage')).toEqual(['st-firewall']);
  });

  it('uses the substring scan while the index builds', () => {
    const result = run(scanning, 'q=firewall');
    expect(result.search?.index).toBe('building');
    expect(result.items[0]?.match?.mode).toBe('scan');
    expect(result.articles.map((a) => a.articleId)).toEqual(expect.arrayContaining(['kv-firewall', 'st-firewall']));
    expect(ids('q=32596879', scanning)).toEqual(['kv-secrets', 'kv-firewall']);
  });
});

describe('facets, several values and sort', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    expect(ids('supportTopicId=32600001&supportTopicId=32600003').sort()).toEqual(['db-connect', 'st-firewall']);
    expect(ids('supportTopicId=32600004&service=microsoft.sql')).toEqual(['ag-sql']);
    expect(ids('service=microsoft.sql&service=Microsoft.Storage').sort()).toEqual(['ag-sql', 'db-connect', 'st-firewall']);
  });

  it('lists selected values with their true counts, and labels topics and products', () => {
    const facets = run(catalog, 'supportTopicId=32600001&supportTopicId=99999999').facets.supportTopicId;
    expect(facets.find((f) => f.value === '32600001')).toMatchObject({ count: 1, selected: true });
    expect(facets.find((f) => f.value === '99999999')).toMatchObject({ count: 0, selected: true });
    expect(facets.find((f) => f.value === '32596879')).toMatchObject({
      count: 2,
      label: 'Key Vault firewall and networking',
      labelSource: 'topic-description',
    });
    expect(facets.find((f) => f.value === '32600003')).toMatchObject({ label: 'microsoft.sql', labelSource: 'derived' });
    const products = run(catalog, '').facets.productPesId;
    expect(products.find((f) => f.value === '15657')).toMatchObject({ label: 'Azure Key Vault', labelSource: 'topic-description' });
  });

  it('sorts by the portal order with a topic, by relevance with q, and by title on request', () => {
    expect(run(catalog, 'supportTopicId=32600002').sort).toBe('displayOrder');
    expect(ids('supportTopicId=32600002')).toEqual(['spring', 'vm-boot']);
    expect(ids('supportTopicId=32600002&sort=title')).toEqual(['vm-boot', 'spring']);
    expect(run(catalog, 'q=firewall').sort).toBe('relevance');
    const byTitle = run(catalog, 'q=firewall&sort=title').items.map((i) => i.title);
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b)));
  });
});

describe('cards', () => {
  it('shows the H1 instead of a GUID title, and sorts by what it shows', () => {
    const item = run(catalog, 'q=gateway').items[0];
    expect(item).toMatchObject({ title: 'Reset the gateway', meta: { articleId: 'tsg-guid' } });
    expect(run(catalog, 'sort=title').items[0]?.title).not.toMatch(/^0f0e/);
  });

  it('highlights the title and an excerpt under its heading, as text runs with no markup', async () => {
    const result = run(catalog, 'q=boot%20diagnostics');
    const [h] = catalog.highlights(result.items.slice(0, 1));
    expect(h?.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['booting']);
    expect(h?.excerpt?.heading).toBe('Boot diagnostics');
    expect(h?.excerpt?.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['boot', 'diagnostics']);
    const text = h?.excerpt?.parts.map((p) => p.text).join('') ?? '';
    expect(text).toContain('screenshot of the console');
    expect(text).not.toMatch(/<|alert/);
  });
});

describe('development reloads', () => {
  it('updates the ranked index in place for changed files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ranking-watch-'));
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'a.md'), article({ id: 'a', title: 'Quartz widget', body: '# Quartz widget\n\nPolish it.' }));
    const watched = await Catalog.load(dir, { watch: true });
    try {
      await watched.searchReady();
      await writeFile(path.join(dir, 'b.md'), article({ id: 'b', title: 'Obsidian widget', body: '# Obsidian\n\nPolish it.' }));
      await unlink(path.join(dir, 'a.md'));
      const find = async (q: string) => (await watched.refresh()).query({ q, limit: 10, offset: 0 }).articles.map((a) => a.articleId);
      // The watcher may report the new file and the removal in separate turns: wait for both (bounded).
      const settled = async () => (await find('obsidian')).length > 0 && (await find('quartz')).length === 0;
      for (let i = 0; i < 100 && !(await settled()); i++) await new Promise((r) => setTimeout(r, 20));
      expect(await find('obsidian')).toEqual(['b']);
      expect(await find('quartz')).toEqual([]);
      expect(watched.indexState).toBe('ready');
    } finally {
      watched.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
