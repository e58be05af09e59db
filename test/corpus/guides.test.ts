/**
 * Troubleshooters and the Microsoft.Help API on the real sample (../shared/corpus):
 * - every TSG_Description has a guide whose page (the route's own page function, rendered in-process inside the
 *   Fluent providers as the app does) renders and links to the troubleshooter nodes of its folder, found here by
 *   file path alone;
 * - discoverySolutions with `ProblemClassificationId eq '<id>'` returns exactly the articles with that topic in the
 *   public cloud, against a plain regex reading of the files; a malformed `$filter` answers 400 in Azure's shape;
 * - selfHelp answers a sample of articles of every type within the response schema.
 */
import path from 'node:path';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import TroubleshooterPage from '@/app/troubleshooters/[id]/page';
import type { Catalog } from '@/lib/catalog/catalog';
import { getCatalog } from '@/lib/catalog/server';
import { deriveArticleId } from '@/lib/content/meta';
import { handleHelpRequest } from '@/lib/helpapi/route';
import { helpSchemaErrors } from '../support/helpSchema';
import { requireCorpus } from './corpus';
import { rawAttr, rawBlocks, rawClouds } from './independent';

const articles = path.join(requireCorpus(), 'articles');
process.env.SELFHELP_CONTENT_DIR = articles;

interface Raw {
  file: string;
  folder: string;
  /** articleId as written, or the path-derived one when the block has none. */
  id: string;
  type: string;
  available: Set<string>;
  topics: Set<string>;
}

function readRaw(): Raw[] {
  return rawBlocks(articles).map(({ file, block }) => {
    const [written] = /articleId\s*=\s*"([^"]*)"/i.exec(block)?.slice(1) ?? [];
    return {
      file,
      folder: path.posix.dirname(file),
      id: written?.trim() || deriveArticleId(file),
      type: (rawAttr(block, 'selfHelpType')[0] ?? '').toLowerCase(),
      available: rawClouds(block),
      topics: new Set(rawAttr(block, 'supportTopicIds')),
    };
  });
}

function render(element: ReactNode): string {
  return renderToString(element);
}

describe('troubleshooters and the Help API on the real corpus', () => {
  let catalog: Catalog;
  let raw: Raw[];
  beforeAll(async () => {
    catalog = await getCatalog();
    raw = readRaw();
    const started = performance.now();
    const set = catalog.guides();
    console.log(
      `[guides] ${set.guides.length} guides, ${set.unplaced.length} unplaced nodes, ${set.empty().length} empty guides; built in ${(performance.now() - started).toFixed(1)} ms`,
    );
  });
  afterAll(() => catalog?.close());

  it('gives every TSG_Description a page that renders and links to the nodes of its folder', async () => {
    const descriptions = raw.filter((r) => r.type === 'tsg_description');
    expect(descriptions.length).toBeGreaterThan(50);
    const problems: string[] = [];
    let links = 0;
    for (const d of descriptions) {
      const guide = catalog.guides().byId(d.id);
      if (!guide) {
        problems.push(`${d.file}: no guide`);
        continue;
      }
      const cloud = guide.clouds.includes('public') ? 'public' : (guide.clouds[0] ?? 'public');
      const page = await TroubleshooterPage({ params: Promise.resolve({ id: encodeURIComponent(d.id) }), searchParams: Promise.resolve({}) });
      const html = render(page);
      if (!html.includes('<h1') || !html.includes('Summary')) problems.push(`${d.file}: page has no title or summary`);
      // Nodes of the folder, by path; with several descriptions in a folder, each node must be on one of their pages.
      const nodes = raw.filter((r) => r.folder === d.folder && (r.type === 'tsg_content' || r.type === 'tsg_questions'));
      const shared = descriptions.filter((o) => o.folder === d.folder).length > 1;
      let hidden = 0;
      for (const n of nodes) {
        if (shared && !catalog.guides().ofFile(n.file).includes(guide)) continue;
        if (!n.available.has(cloud)) {
          hidden++;
          continue;
        }
        const href = `href="/articles/${encodeURIComponent(n.id)}${cloud === 'public' ? '"' : `?cloud=${cloud}"`}`;
        if (html.includes(href)) links++;
        else problems.push(`${d.file}: no link to ${n.file}`);
      }
      if (hidden > 0 && !html.includes(`${hidden} ${hidden === 1 ? 'step is' : 'steps are'} not offered`))
        problems.push(`${d.file}: ${hidden} hidden steps not reported`);
    }
    for (const folder of new Set(descriptions.map((d) => d.folder))) {
      for (const n of raw.filter((r) => r.folder === folder && r.type.startsWith('tsg_') && r.type !== 'tsg_description')) {
        if (catalog.guides().ofFile(n.file).length === 0) problems.push(`${n.file}: in a folder with a description but in no guide`);
      }
    }
    console.log(`[guides] ${descriptions.length} guide pages rendered, ${links} node links checked`);
    expect(problems).toEqual([]);
  });

  it('discoverySolutions by ProblemClassificationId equals an independent reading, in the public cloud', async () => {
    const counts = new Map<string, number>();
    for (const r of raw) if (r.available.has('public')) for (const t of r.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
    // The biggest topics (several pages) and an even spread of the rest.
    const sample = [...ranked.slice(0, 5), ...Array.from({ length: 35 }, (_, i) => ranked[5 + Math.floor((i * (ranked.length - 5)) / 35)])].filter(
      (t): t is string => t !== undefined,
    );
    for (const topic of sample) {
      const expected = raw
        .filter((r) => r.available.has('public') && r.topics.has(topic))
        .map((r) => r.id.toLowerCase())
        .sort();
      const got: string[] = [];
      let url: string | undefined =
        `https://help.test/providers/Microsoft.Help/discoverySolutions?api-version=2024-03-01-preview&$filter=${encodeURIComponent(`ProblemClassificationId eq '${topic}'`)}`;
      while (url) {
        const next: URL = new URL(url);
        const res = await handleHelpRequest(catalog, ['discoverySolutions'], next);
        expect(res.status).toBe(200);
        expect(helpSchemaErrors('DiscoveryResponse', res.body)).toEqual([]);
        const body = res.body as { value: Array<{ name: string }>; nextLink?: string };
        got.push(...body.value.map((v) => v.name.toLowerCase()));
        url = body.nextLink;
      }
      expect(got.sort(), topic).toEqual(expected);
    }
    expect(sample.length).toBe(40);
  });

  it('answers a malformed $filter with 400 in Azure’s shape', async () => {
    for (const filter of ["ProblemClassificationId eq '32596879", 'ProblemClassificationId eq 32596879', "ProblemClassificationId eq '1' and"]) {
      const res = await handleHelpRequest(
        catalog,
        ['discoverySolutions'],
        new URL(`https://help.test/providers/Microsoft.Help/discoverySolutions?api-version=2024-03-01-preview&$filter=${encodeURIComponent(filter)}`),
      );
      expect(res.status).toBe(400);
      expect(helpSchemaErrors('ErrorResponse', res.body)).toEqual([]);
    }
  });

  it('selfHelp answers articles of every type within the schema, with no raw comments or scripts', async () => {
    const byType = new Map<string, Raw[]>();
    for (const r of raw) if (r.available.has('public')) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
    const problems: string[] = [];
    let answered = 0;
    for (const [type, list] of byType) {
      for (const r of list.filter((_, i) => i % Math.max(1, Math.floor(list.length / 8)) === 0).slice(0, 8)) {
        const res = await handleHelpRequest(
          catalog,
          ['selfHelp', encodeURIComponent(r.id)],
          new URL(`https://help.test/providers/Microsoft.Help/selfHelp/x?api-version=2024-03-01-preview`),
        );
        const errors = helpSchemaErrors('SolutionResourceSelfHelp', res.body);
        if (res.status !== 200 || errors.length > 0) problems.push(`${type} ${r.file}: ${res.status} ${errors.join('; ')}`);
        const content = (res.body as { properties?: { content?: string } }).properties?.content ?? '';
        if (/<!--|<script/i.test(content)) problems.push(`${type} ${r.file}: raw comment or script in content`);
        answered++;
      }
    }
    console.log(`[helpapi] selfHelp answered ${answered} articles of ${byType.size} types`);
    expect(problems).toEqual([]);
  });
});
