/**
 * Real articles the project has never seen, in Chromium: a seeded sample spread over every selfHelpType opens at
 * phone width without sideways scroll, and the cloud badges of an article pass axe's contrast rule in the light and
 * dark themes for each of the six clouds (selected and not), and every troubleshooter description has a guide page.
 * CORPUS_PAGES (100) and CORPUS_SEED (7) vary the sample.
 */
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Browser } from '@playwright/test';
import { expect, type Page, test } from '../e2e/support/test';
import { CLOUD_IDS, type CloudId } from '../lib/clouds';
import { prng } from '../test/corpus/mutate';

interface Listed {
  articleId: string;
  selfHelpType: string;
  availableIn: CloudId[];
}

const SAMPLE = Number(process.env.CORPUS_PAGES ?? 100);
const SEED = Number(process.env.CORPUS_SEED ?? 7);
const PHONE = { width: 390, height: 844 };

async function everyArticle(request: APIRequestContext): Promise<Listed[]> {
  const all: Listed[] = [];
  for (let offset = 0; ; offset += 500) {
    const body = (await (await request.get(`/api/articles?sort=title&limit=500&offset=${offset}`)).json()) as { total: number; articles: Listed[] };
    all.push(...body.articles);
    if (offset + 500 >= body.total) return all;
  }
}

/** Up to `size` articles, an equal share from each type first (rare types whole), the rest at random. */
function sample(articles: Listed[], size: number, seed: number): Listed[] {
  const next = prng(seed); // seeded, so a failing sample can be opened again
  const shuffled = articles
    .map((a) => ({ a, k: next() }))
    .sort((x, y) => x.k - y.k)
    .map((x) => x.a);
  const byType = new Map<string, Listed[]>();
  for (const a of shuffled) byType.set(a.selfHelpType, [...(byType.get(a.selfHelpType) ?? []), a]);
  const share = Math.max(1, Math.floor(size / (2 * byType.size)));
  const chosen = new Set([...byType.values()].flatMap((list) => list.slice(0, share)));
  for (const a of shuffled) {
    if (chosen.size >= size) break;
    chosen.add(a);
  }
  return [...chosen];
}

async function themed(browser: Browser, theme: 'light' | 'dark', baseURL: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addCookies([{ name: 'selfhelp-theme', value: theme, url: baseURL }]);
  return context.newPage();
}

const pathOf = (a: Listed, cloud?: CloudId) => `/articles/${encodeURIComponent(a.articleId)}${cloud ? `?cloud=${cloud}` : ''}`;

test('sampled real articles of every type open at 390 px without sideways scroll', async ({ browser, request, baseURL }) => {
  test.setTimeout(900_000);
  const articles = await everyArticle(request);
  expect(articles.length).toBeGreaterThan(1000);
  const chosen = sample(articles, SAMPLE, SEED);
  const types = new Set(articles.map((a) => a.selfHelpType));
  expect(new Set(chosen.map((a) => a.selfHelpType))).toEqual(types);
  const page = await themed(browser, 'light', baseURL ?? '');
  const problems: string[] = [];
  for (const a of chosen) {
    const response = await page.goto(pathOf(a));
    if (response?.status() !== 200) {
      problems.push(`${a.articleId}: HTTP ${response?.status()}`);
      continue;
    }
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (over > 0) problems.push(`${a.articleId} (${a.selfHelpType}) scrolls sideways by ${over} px`);
  }
  console.log(`opened ${chosen.length} of ${articles.length} articles (${types.size} types) at ${PHONE.width} px; ${problems.length} problems`);
  expect(problems).toEqual([]);
  await page.context().close();
});

test('cloud badges pass the contrast rule in light and dark, for each cloud selected and not', async ({ browser, request, baseURL }) => {
  test.setTimeout(300_000);
  const articles = await everyArticle(request);
  const problems: string[] = [];
  let checked = 0;
  for (const theme of ['light', 'dark'] as const) {
    const page = await themed(browser, theme, baseURL ?? '');
    for (const cloud of CLOUD_IDS) {
      // The article offered in the most clouds among those offering this one: every badge on one page.
      const offering = articles.filter((a) => a.availableIn.includes(cloud)).sort((x, y) => y.availableIn.length - x.availableIn.length);
      const article = offering[0];
      if (!article) continue;
      await page.goto(pathOf(article, cloud));
      const badges = page.getByRole('list', { name: 'Available in' });
      await expect(badges).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).include('[aria-label="Available in"]').withRules(['color-contrast']).analyze();
      for (const v of violations) problems.push(`${theme} ${cloud} ${article.articleId}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      checked++;
    }
    await page.context().close();
  }
  console.log(`cloud badges checked on ${checked} pages (clouds offered in the corpus × light, dark)`);
  expect(checked).toBeGreaterThanOrEqual(2 * 4);
  expect(problems).toEqual([]);
});

test('every troubleshooter description of the corpus has a guide page that answers 200 over HTTP', async ({ request }) => {
  test.setTimeout(300_000);
  const body = (await (await request.get('/api/articles?type=tsg_description&limit=500')).json()) as { total: number; articles: Listed[] };
  expect(body.total).toBeGreaterThan(10);
  expect(body.articles).toHaveLength(body.total);
  const problems: string[] = [];
  for (const a of body.articles) {
    const response = await request.get(`/troubleshooters/${encodeURIComponent(a.articleId)}`);
    if (response.status() !== 200) problems.push(`${a.articleId}: HTTP ${response.status()}`);
    else if (!(await response.text()).includes('Copy case notes')) problems.push(`${a.articleId}: no guided walk on the page`);
  }
  console.log(`${body.total} guide pages answered`);
  expect(problems).toEqual([]);
});
