/**
 * The catalog on the real sample (../shared/corpus): cloud + topic queries must equal an independent reading of
 * the raw files (a plain regex over the properties block, no shared code), and load time and heap are printed.
 */
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '@/lib/catalog/catalog';
import { collate } from '@/lib/catalog/collation';
import type { ResultItem } from '@/lib/catalog/indexes';
import type { CloudId } from '@/lib/clouds';
import { requireCorpus } from './corpus';
import { rawAttr, rawBlocks, rawClouds } from './independent';

const corpus = requireCorpus();
const articles = path.join(corpus, 'articles');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

interface Raw {
  file: string;
  available: Set<string>;
  topics: Set<string>;
}

function readRaw(): Raw[] {
  return rawBlocks(articles).map(({ file, block }) => ({ file, available: rawClouds(block), topics: new Set(rawAttr(block, 'supportTopicIds')) }));
}

describe('catalog on the real corpus sample', () => {
  let catalog: Catalog;
  let raw: Raw[];

  beforeAll(async () => {
    const before = heapMb();
    const started = performance.now();
    catalog = await Catalog.load(articles);
    const ms = performance.now() - started;
    const after = heapMb();
    console.log(
      `[corpus] loaded ${catalog.size} articles (${catalog.failures().length} failures, ${catalog.duplicates().length} duplicated ids) ` +
        `in ${Math.round(ms)} ms; heap ${after.toFixed(1)} MB (+${(after - before).toFixed(1)} MB for the catalog)`,
    );
    raw = readRaw();
  });

  afterAll(() => catalog?.close());

  it('loads every file that has a properties block', () => {
    expect(catalog.size).toBe(raw.length);
  });

  it('answers cloud + topic queries exactly as an independent reading of the files', () => {
    const clouds: CloudId[] = ['public', 'fairfax', 'mooncake', 'blackforest', 'usnat', 'ussec'];
    let checked = 0;
    for (const cloud of clouds) {
      // The cloud's most used topic and one from the middle of its list: a big and a small answer.
      const counts = new Map<string, number>();
      for (const r of raw) if (r.available.has(cloud)) for (const t of r.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
      const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
      for (const topic of [ranked[0], ranked[Math.floor(ranked.length / 2)]]) {
        if (!topic) continue;
        const expected = raw
          .filter((r) => r.available.has(cloud) && r.topics.has(topic))
          .map((r) => r.file)
          .sort();
        const got: string[] = [];
        for (let offset = 0; ; offset += 500) {
          const page = catalog.query({ cloud, supportTopicId: [topic], limit: 500, offset });
          got.push(...page.articles.map((a) => a.file));
          if (page.articles.length < 500) break;
        }
        expect(got.sort(), `${cloud} + ${topic}`).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('lists in catalog order and title order exactly as the collator sorts them (the title keys agree with it)', () => {
    const all = (sort: 'displayOrder' | 'title') => {
      const out: ResultItem[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = catalog.query({ sort, limit: 500, offset });
        out.push(...page.items);
        if (page.items.length < 500) break;
      }
      return out;
    };
    const byFile = (a: ResultItem, b: ResultItem) => (a.meta.file < b.meta.file ? -1 : a.meta.file > b.meta.file ? 1 : 0);
    const titled = (a: ResultItem, b: ResultItem) => collate(a.title, b.title) || byFile(a, b);
    const ordered = (a: ResultItem, b: ResultItem) => {
      const x = a.meta.displayOrder;
      const y = b.meta.displayOrder;
      if (x !== y) return x === null ? 1 : y === null ? -1 : x - y;
      return titled(a, b);
    };
    const listed = all('displayOrder');
    expect(listed).toHaveLength(catalog.size);
    const files = (items: ResultItem[]) => items.map((i) => i.meta.file);
    expect(files(listed)).toEqual(files([...listed].sort(ordered)));
    expect(files(all('title'))).toEqual(files([...listed].sort(titled)));
  });

  it('keeps both files of a duplicated id', () => {
    for (const group of catalog.duplicates()) expect(catalog.byId(group.articleId).length).toBeGreaterThan(1);
  });

  it('answers filtered and text queries fast once loaded', () => {
    const started = performance.now();
    const result = catalog.query({ cloud: 'fairfax', q: 'virtual machine', limit: 50, offset: 0 });
    const ms = performance.now() - started;
    console.log(`[corpus] q="virtual machine" in fairfax: ${result.total} hits in ${ms.toFixed(1)} ms (uncached)`);
    expect(result.total).toBeGreaterThan(0);
  });
});
