/**
 * The JSON API over the site fixture (e2e/fixtures/site): same filters as the pages, whole typed articles, health,
 * and 400s that name the parameter. Expected sets are computed from the listing itself, not hard-coded counts.
 */
import { expect, test } from './support/test';

type Summary = {
  articleId: string;
  file: string;
  title: string;
  selfHelpType: string;
  availableIn: string[];
  supportTopicIds: string[];
  displayOrder: number | null;
};

async function list(request: import('@playwright/test').APIRequestContext, query: string) {
  const res = await request.get(`/api/articles?${query}`);
  expect(res.status(), query).toBe(200);
  return (await res.json()) as { total: number; offset: number; limit: number; articles: Summary[] };
}

test('health reports the number of articles', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe('ok');
  const all = await list(request, 'limit=500');
  expect(body.articles).toBe(all.total);
  expect(all.total).toBeGreaterThanOrEqual(30);
});

test('cloud and topic filters keep exactly the matching articles, with the documented fields', async ({ request }) => {
  const all = (await list(request, 'limit=500')).articles;
  const expected = all
    .filter((a) => a.availableIn.includes('fairfax') && a.supportTopicIds.includes('32596879'))
    .map((a) => a.articleId)
    .sort();
  expect(expected.length).toBeGreaterThan(1);
  const got = await list(request, 'cloud=fairfax&supportTopicId=32596879');
  expect(got.articles.map((a) => a.articleId).sort()).toEqual(expected);
  expect(got.total).toBe(expected.length);
  for (const key of ['articleId', 'file', 'title', 'description', 'selfHelpType', 'availableIn', 'supportTopicIds', 'productPesIds', 'displayOrder']) {
    expect(got.articles[0]).toHaveProperty(key);
  }
  // Cloud names are case-insensitive; mooncake-only articles are not in fairfax.
  const mooncake = await list(request, 'cloud=MoonCake');
  expect(mooncake.articles.every((a) => a.availableIn.includes('mooncake'))).toBe(true);
  expect(mooncake.articles.some((a) => !a.availableIn.includes('fairfax'))).toBe(true);
});

test('type, text search, limit and offset', async ({ request }) => {
  const forms = await list(request, 'type=problemscopingquestions');
  expect(forms.total).toBeGreaterThan(0);
  expect(forms.articles.every((a) => a.selfHelpType === 'problemscopingquestions')).toBe(true);
  const found = await list(request, 'q=firewall');
  expect(found.articles.some((a) => /firewall/i.test(a.title))).toBe(true);
  const page1 = await list(request, 'limit=5&offset=0');
  const page2 = await list(request, 'limit=5&offset=5');
  expect(page1.articles).toHaveLength(5);
  expect(page2.offset).toBe(5);
  expect(page1.articles.map((a) => a.articleId)).not.toContain(page2.articles[0]?.articleId);
});

test('an article is returned whole: meta, sections, steps, documents, diagnostics', async ({ request }) => {
  const res = await request.get('/api/articles/CF45633F-F33B-425D-9D46-A6649FF1DC8E');
  expect(res.status()).toBe(200);
  const article = await res.json();
  expect(article.meta.articleId).toBe('cf45633f-f33b-425d-9d46-a6649ff1dc8e');
  expect(article.body.steps.length).toBeGreaterThan(0);
  expect(article.body.documents[0]).toMatchObject({ url: expect.stringMatching(/^https:/) });
  expect(article.body.sections.map((s: { role: string | null }) => s.role)).toEqual(expect.arrayContaining(['steps', 'documents']));
  expect(Array.isArray(article.diagnostics)).toBe(true);
});

test('unknown ids are 404 JSON; bad parameters are 400 naming the parameter', async ({ request }) => {
  const missing = await request.get('/api/articles/no-such-article');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toContain('no-such-article');

  for (const [query, param] of [
    ['cloud=moon', 'cloud'],
    ['type=wizard', 'type'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['offset=-1', 'offset'],
  ]) {
    const res = await request.get(`/api/articles?${query}`);
    expect(res.status(), query).toBe(400);
    const body = await res.json();
    expect(body.param, query).toBe(param);
    expect(typeof body.error).toBe('string');
  }
  // A well-formed but unknown topic is not an error: it matches nothing.
  expect((await list(request, 'supportTopicId=99999999')).total).toBe(0);
});
