/**
 * Links per cloud on the real sample (../shared/corpus). Every article offered in mooncake is rendered with the page's
 * components for mooncake, and its links are checked against an independent reading of the raw file (plain regexes,
 * no shared code): no link to `docs.azure.cn/azure/…`, every docs.azure.cn link explained by an Azure docs path of the
 * file (or written so by its author), no Azure docs path left on the global site, every global link left there marked.
 * Diagnose-and-solve tiles, rendered with what the catalog knows, never link to an article no file has. Figures print.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { createElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/ArticleView/ArticleView';
import { DiagnoseAndSolve } from '@/components/DiagnoseAndSolve/DiagnoseAndSolve';
import { Catalog } from '@/lib/catalog/catalog';
import { CLOUD_IDS, type CloudId } from '@/lib/clouds';
import type { Article } from '@/lib/content/model';
import { cloudLink } from '@/lib/render/links';
import { requireCorpus } from './corpus';

const articles = path.join(requireCorpus(), 'articles');

// Independent reading: URLs as written in the raw file, and how the China site names an Azure docs page.
const RAW_URL = /https?:\/\/[^\s)"'<>\]]+/gi;
const GLOBAL = /^https?:\/\/(?:docs|learn)\.microsoft\.com(?=[/?#]|$)(\/[^?#]*)?/i;
const CHINA = /^https?:\/\/docs\.azure\.cn(?=[/?#]|$)(\/[^?#]*)?/i;
const dropLocale = (p: string) => p.replace(/^\/[a-z]{2}-[a-z]{2}(?=\/|$)/i, '').replace(/^\/+/, '');
const isAzurePath = (rest: string) => /^azure(\/|$)/i.test(rest) && !/^azure\/devops(\/|$)/i.test(rest);
const norm = (p: string) => decodeURIComponent(p).toLowerCase().replace(/\/+$/, '');

function rawPaths(text: string): { china: Set<string>; azure: Set<string> } {
  const china = new Set<string>();
  const azure = new Set<string>();
  for (const [url] of text.matchAll(RAW_URL)) {
    const c = CHINA.exec(url);
    if (c) {
      china.add(norm(c[1] ?? '/'));
      // Written for the China site in the global shape (`docs.azure.cn/azure/…`): the page mends it.
      const rest = dropLocale(c[1] ?? '');
      if (/^azure(\/|$)/i.test(rest)) china.add(norm(`/${rest.replace(/^azure\/?/i, '')}`));
    }
    const g = GLOBAL.exec(url);
    const rest = g ? dropLocale(g[1] ?? '') : null;
    if (rest !== null && isAzurePath(rest)) azure.add(norm(`/${rest.replace(/^azure\/?/i, '')}`));
  }
  return { china, azure };
}

function renderPage(article: Article, cloud: CloudId): string {
  return renderToString(createElement(ArticleView, { article, cloud, duplicates: [] }));
}

/** Every `<a …>` start tag of the markup with its decoded href and title. */
function anchors(html: string): Array<{ href: string; title: string }> {
  return [...html.matchAll(/<a\b[^>]*>/g)].map(([tag]) => ({
    href: decodeHTML(/\bhref="([^"]*)"/.exec(tag)?.[1] ?? ''),
    title: decodeHTML(/\btitle="([^"]*)"/.exec(tag)?.[1] ?? ''),
  }));
}

describe('links per cloud on the real corpus', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = await Catalog.load(articles);
  });
  afterAll(() => catalog?.close());

  it('no mooncake page links docs.azure.cn/azure/…, rewrites a non-Azure docs path, or leaves an Azure docs path behind unmarked', async () => {
    const metas = catalog.all().filter((m) => m.availableIn.includes('mooncake'));
    const problems: string[] = [];
    let china = 0;
    let marked = 0;
    for (const meta of metas) {
      const article = await catalog.getArticle(meta);
      if (!article) continue;
      const raw = rawPaths(readFileSync(path.join(articles, meta.file), 'utf8'));
      for (const a of anchors(renderPage(article, 'mooncake'))) {
        const c = CHINA.exec(a.href);
        if (c) {
          china++;
          const p = norm(c[1] ?? '/');
          if (/^\/azure(\/|$)/.test(p)) problems.push(`${meta.file}: links ${a.href}`);
          else if (!raw.china.has(p) && !raw.azure.has(p)) problems.push(`${meta.file}: ${a.href} comes from no Azure docs path of the file`);
        }
        const g = GLOBAL.exec(a.href);
        if (g) {
          const rest = dropLocale(g[1] ?? '');
          if (isAzurePath(rest)) problems.push(`${meta.file}: Azure docs link left on the global site: ${a.href}`);
          else if (!/may not exist in Azure operated by 21Vianet/.test(a.title))
            problems.push(`${meta.file}: ${a.href} not marked as maybe missing in mooncake`);
          else marked++;
        }
      }
    }
    console.log(`[cloud-links] mooncake: ${metas.length} pages rendered, ${china} links to docs.azure.cn, ${marked} global docs links kept and marked`);
    expect(metas.length).toBeGreaterThan(1000);
    expect(china).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  it('figures: how the docs links of each cloud\u2019s articles are written for it', () => {
    const rows: string[] = [];
    for (const cloud of CLOUD_IDS) {
      const n = { links: 0, moved: 0, marked: 0 };
      for (const meta of catalog.all().filter((m) => m.availableIn.includes(cloud))) {
        for (const [url] of readFileSync(path.join(articles, meta.file), 'utf8').matchAll(RAW_URL)) {
          if (!GLOBAL.test(url)) continue;
          n.links++;
          const link = cloudLink(url, cloud);
          if (link.cloudNote) n.marked++;
          else if (link.href !== url) n.moved++;
        }
      }
      rows.push(`${cloud}: ${n.links} global docs links, ${n.moved} rewritten, ${n.marked} kept with a note`);
    }
    console.log(`[cloud-links] ${rows.join('; ')}`);
    expect(rows).toHaveLength(CLOUD_IDS.length);
  });

  it('no diagnose-and-solve tile links to an article no file has; every missing one is listed', async () => {
    const knownArticle = (id: string) => catalog.byId(id)[0];
    const listed = new Set(catalog.missingArticleLinks().map((l) => `${l.file}|${l.articleId.toLowerCase()}`));
    const problems: string[] = [];
    const n = { articles: 0, tiles: 0, linked: 0, missing: 0 };
    for (const meta of catalog.all().filter((m) => m.selfHelpType === 'diagnoseandsolve')) {
      const json = (await catalog.getArticle(meta))?.body.json;
      if (json?.kind !== 'diagnoseAndSolve' || !json.data) continue;
      n.articles++;
      const problemsOf = (json.data.commonProblems ?? []).flatMap((p) => [p, ...(p.subProblems ?? [])]);
      for (const cloud of meta.availableIn) {
        const html = renderToStaticMarkup(createElement(DiagnoseAndSolve, { data: json.data, env: { cloud, knownArticle } }));
        for (const { href } of anchors(html)) {
          const id = /^\/articles\/([^?#]+)/.exec(href)?.[1];
          if (id && catalog.byId(decodeURIComponent(id)).length === 0) problems.push(`${meta.file} (${cloud}): tile links ${href}, which no file has`);
        }
      }
      for (const p of problemsOf) {
        const id = p.commonSolutionArticleId?.trim();
        if (!id) continue;
        n.tiles++;
        if (catalog.byId(id).length > 0) n.linked++;
        else {
          n.missing++;
          if (!listed.has(`${meta.file}|${id.toLowerCase()}`)) problems.push(`${meta.file}: missing \`${id}\` not listed on /diagnostics`);
        }
      }
    }
    console.log(
      `[cloud-links] diagnose and solve: ${n.articles} articles, ${n.tiles} tiles with a solution: ${n.linked} link to an article, ${n.missing} shown as text with a note (no file has the id)`,
    );
    expect(n.tiles).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
