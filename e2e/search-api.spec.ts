/**
 * The JSON API's search on the fixture server (e2e/fixtures/content/search, our own articles): ranked answers
 * with scores and highlights once the index is ready, pasted ids, repeated facet values, labelled facets, sort,
 * and 400s naming the parameter.
 */
import { type APIRequestContext, expect, test } from '@playwright/test';
import { FIXTURE_PORT } from '../playwright.config';

test.use({ baseURL: `http://localhost:${FIXTURE_PORT}` });

type Part = { text: string; hit: boolean };
type Article = {
  articleId: string;
  displayTitle: string;
  score?: number;
  reason?: string;
  highlights?: { title: Part[]; excerpt: { heading: string | null; parts: Part[] } | null };
};
type FacetValue = { value: string; count: number; selected?: boolean; label?: string; labelSource?: string };
type Answer = {
  total: number;
  sort: string;
  index: string;
  search?: { allTerms: boolean; hints: Array<{ kind: string; value: string; label?: string }> };
  articles: Article[];
  facets: Record<string, { values: FacetValue[]; more: number }>;
};

async function get(request: APIRequestContext, query: string): Promise<Answer> {
  const res = await request.get(`/api/articles?${query}`);
  expect(res.status(), query).toBe(200);
  return (await res.json()) as Answer;
}

test.beforeAll(async ({ request }) => {
  // The ranked index builds in the background after start-up; until then `q` is answered by the scan.
  await expect.poll(async () => (await get(request, 'q=firewall')).index, { timeout: 60_000 }).toBe('ready');
});

test('q answers the ranking with scores and highlighted, markup-free excerpts', async ({ request }) => {
  const answer = await get(request, 'q=quartzvault%20firewall');
  expect(answer.sort).toBe('relevance');
  expect(answer.search).toMatchObject({ allTerms: true, hints: [{ kind: 'service', value: 'microsoft.quartzvault' }] });
  const [top] = answer.articles;
  expect(top?.articleId).toBe('e2e-quartz-vault-firewall');
  expect(top?.score).toBeGreaterThan(0);
  expect(top?.highlights?.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['firewall']);
  expect(top?.highlights?.excerpt?.parts.some((p) => p.hit && p.text === 'firewall')).toBe(true);

  const disk = (await get(request, 'q=disk%20firewalls')).articles[0];
  expect(disk?.articleId).toBe('e2e-disk-firewall');
  expect(disk?.highlights?.excerpt?.heading).toBe('Firewall rules');
  expect(disk?.highlights?.excerpt?.parts.map((p) => p.text).join('')).not.toMatch(/<|alert/);
});

test('typos and swapped letters still find the article; no match for all words says so', async ({ request }) => {
  expect((await get(request, 'q=quartz%20firewlal')).articles[0]?.articleId).toBe('e2e-quartz-vault-firewall');
  const partial = await get(request, 'q=firewall%20zeppelin');
  expect(partial.search?.allTerms).toBe(false);
  expect(partial.total).toBeGreaterThan(0);
});

test('a pasted articleId comes first; a pasted topic id returns its articles with a labelled hint', async ({ request }) => {
  const byId = await get(request, 'q=E2E-DISK-FIREWALL');
  expect(byId.articles[0]).toMatchObject({ articleId: 'e2e-disk-firewall', reason: 'articleId' });
  const byTopic = await get(request, 'q=41000001');
  expect(byTopic.articles.map((a) => a.articleId)).toEqual(['e2e-quartz-vault-secrets', 'e2e-quartz-vault-firewall']);
  expect(byTopic.search?.hints).toEqual([{ kind: 'supportTopicId', value: '41000001', label: 'Quartz Vault networking' }]);
});

test('repeated facet values OR within a facet; facets list selected values with counts and labels', async ({ request }) => {
  const answer = await get(request, 'supportTopicId=41000001&supportTopicId=41000002&productPesId=51002');
  expect(answer.articles.map((a) => a.articleId)).toEqual(['e2e-disk-firewall']);
  const topics = answer.facets.supportTopicId?.values ?? [];
  expect(topics.find((v) => v.value === '41000001')).toMatchObject({
    count: 0,
    selected: true,
    label: 'Quartz Vault networking',
    labelSource: 'topic-description',
  });
  expect(topics.find((v) => v.value === '41000002')).toMatchObject({ count: 1, selected: true, labelSource: 'derived' });
  const both = await get(request, 'supportTopicId=41000001&supportTopicId=41000002');
  expect(both.total).toBe(3);
});

test('sort: the portal order in a topic, title on request; bad values are 400s naming the parameter', async ({ request }) => {
  const inTopic = await get(request, 'supportTopicId=41000001');
  expect(inTopic.sort).toBe('displayOrder');
  expect(inTopic.articles.map((a) => a.articleId)).toEqual(['e2e-quartz-vault-secrets', 'e2e-quartz-vault-firewall']);
  const byTitle = await get(request, 'supportTopicId=41000001&sort=title');
  expect(byTitle.articles.map((a) => a.displayTitle)).toEqual(['Quartz Vault behind a firewall', 'Rotate Quartz Vault secrets']);
  for (const [query, param] of [
    ['sort=newest', 'sort'],
    ['type=generic&type=wizard', 'type'],
    ['supportTopicId=1,2', 'supportTopicId'],
  ]) {
    const res = await request.get(`/api/articles?${query}`);
    expect(res.status(), query).toBe(400);
    expect((await res.json()).param, query).toBe(param);
  }
});
