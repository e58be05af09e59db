/**
 * Rich kinds on the real sample (../shared/corpus): ~40 articles per rich type, rendered to static markup with
 * the page's own components (ArticleView inside the Fluent providers, as the route does), must render and show
 * no raw markup: no literal `<!--`, `formElements` or `:::Section` text, no raw JSON. Numbers are printed.
 */
import path from 'node:path';
import { decodeHTML } from 'entities';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/ArticleView/ArticleView';
import { Catalog } from '@/lib/catalog/catalog';
import type { CatalogMeta, SelfHelpType } from '@/lib/content/model';
import { requireCorpus } from './corpus';

const articles = path.join(requireCorpus(), 'articles');

const RICH: SelfHelpType[] = [
  'diagnostics',
  'rca',
  'servicehealthinsights',
  'problemscopingquestions',
  'tsg_questions',
  'supporttopicdescription',
  'diagnoseandsolve',
  'advisorrecommendationmetadata',
  'apollo',
  'tools',
];
const PER_TYPE = Number(process.env.RICH_SAMPLE ?? 40);
// Text a reader must never see: raw comments and tokens, JSON keys, Apollo markers and tags.
const FORBIDDEN: Array<[string, (text: string) => boolean]> = [
  ...['<!--', 'formElements', ':::Section', '"$schema"', '[object Object]'].map((f): [string, (t: string) => boolean] => [f, (t) => t.includes(f)]),
  ['<insight>/<video>/<metric>/<azureKB>', (t) => /<\/?(insight|videoGroup|video|metric|azureKB)>/i.test(t)],
];

/** Evenly spaced sample, sorted by file so every run checks the same articles. */
function sample(metas: CatalogMeta[], n: number): CatalogMeta[] {
  const sorted = [...metas].sort((a, b) => a.file.localeCompare(b.file));
  if (sorted.length <= n) return sorted;
  return Array.from({ length: n }, (_, i) => sorted[Math.floor((i * sorted.length) / n)]).filter((m): m is CatalogMeta => m !== undefined);
}

/** What a reader sees: markup and React's text separators removed, entities decoded. */
function visibleText(html: string): string {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  return decodeHTML(body.replace(/<[^>]+>/g, ' '));
}

function render(meta: CatalogMeta, article: NonNullable<Awaited<ReturnType<Catalog['getArticle']>>>): string {
  const cloud = meta.availableIn.includes('public') ? 'public' : (meta.availableIn[0] ?? 'public');
  return renderToString(createElement(ArticleView, { article, cloud, duplicates: [] }));
}

describe('article pages on the real corpus', () => {
  let catalog: Catalog;
  const summary: string[] = [];
  beforeAll(async () => {
    catalog = await Catalog.load(articles);
  });
  afterAll(() => {
    console.log(`[rich-pages] ${summary.join('; ')}`);
    catalog?.close();
  });

  it.each(RICH)('%s pages render without raw markup', async (type) => {
    const metas = sample(
      catalog.all().filter((m) => m.selfHelpType === type),
      PER_TYPE,
    );
    expect(metas.length).toBeGreaterThan(0);
    const problems: string[] = [];
    let ok = 0;
    for (const meta of metas) {
      const article = await catalog.getArticle(meta);
      if (!article) {
        problems.push(`${meta.file}: could not be read`);
        continue;
      }
      let html: string;
      try {
        html = render(meta, article);
      } catch (err) {
        problems.push(`${meta.file}: render threw ${err instanceof Error ? err.message : String(err)}`);
        continue;
      }
      const text = visibleText(html);
      const found = FORBIDDEN.filter(([, test]) => test(text)).map(([name]) => name);
      if (found.length > 0) problems.push(`${meta.file}: shows ${found.map((f) => `\`${f}\``).join(', ')}`);
      else ok++;
    }
    summary.push(`${type} ${ok}/${metas.length}`);
    expect(problems).toEqual([]);
  });

  // Steps-and-documents pages: every step's text and every document link of the model is on the page.
  it.each(['generic', 'resource', 'tsg_content'] as SelfHelpType[])('%s pages show their steps and documents', async (type) => {
    const metas = sample(
      catalog.all().filter((m) => m.selfHelpType === type),
      PER_TYPE * 2,
    );
    const problems: string[] = [];
    let steps = 0;
    let documents = 0;
    for (const meta of metas) {
      const article = await catalog.getArticle(meta);
      if (!article) {
        problems.push(`${meta.file}: could not be read`);
        continue;
      }
      const html = render(meta, article);
      const text = visibleText(html).replace(/\s+/g, ' ');
      for (const step of article.body.steps) {
        // The first words only: portal links the page cannot resolve gain a note right after their text.
        const start = step.text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 2).join(' ');
        if (start && !text.includes(start)) problems.push(`${meta.file}: step \`${start}\` not shown`);
        steps++;
      }
      for (const doc of article.body.documents) {
        if (doc.text.trim() && !text.includes(doc.text.replace(/\s+/g, ' ').trim().slice(0, 24)))
          problems.push(`${meta.file}: document \`${doc.text}\` not shown`);
        documents++;
      }
      if (FORBIDDEN.some(([, test]) => test(text))) problems.push(`${meta.file}: shows raw markup`);
    }
    summary.push(`${type} ${metas.length} pages, ${steps} steps, ${documents} documents`);
    expect(problems).toEqual([]);
  });
});
