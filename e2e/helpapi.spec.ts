/**
 * The Microsoft.Help-compatible API over HTTP, on the fixture content: answers held against the response schema
 * written from the published API description, topic filters against the JSON API's own listing, paging through
 * nextLink, scoped and differently cased paths, and Azure-shaped errors.
 */
import { type APIRequestContext, expect, test } from '@playwright/test';
import { FIXTURE_PORT } from '../playwright.config';
import { helpSchemaErrors } from '../test/support/helpSchema';

test.use({ baseURL: `http://localhost:${FIXTURE_PORT}` });

const V = 'api-version=2024-03-01-preview';
const discover = (filter: string, extra = '') => `/providers/Microsoft.Help/discoverySolutions?${V}&$filter=${encodeURIComponent(filter)}${extra}`;
type Discovery = { value: Array<{ name: string; properties: { solutions: Array<{ solutionId: string; solutionType: string }> } }>; nextLink?: string };

async function json(request: APIRequestContext, url: string, status = 200) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(status);
  return res.json() as Promise<unknown>;
}

async function listed(request: APIRequestContext, query: string): Promise<string[]> {
  const body = (await json(request, `/api/articles?${query}&limit=500`)) as { articles: Array<{ articleId: string }> };
  return body.articles.map((a) => a.articleId).sort();
}

test('ProblemClassificationId returns exactly the articles with that topic in the public cloud', async ({ request }) => {
  const body = (await json(request, discover("ProblemClassificationId eq '44440001'"))) as Discovery;
  expect(helpSchemaErrors('DiscoveryResponse', body)).toEqual([]);
  const expected = await listed(request, 'supportTopicId=44440001&cloud=public');
  expect(expected.length).toBeGreaterThan(1);
  expect(body.value.map((v) => v.properties.solutions[0]?.solutionId).sort()).toEqual(expected);
  expect(body.value.find((v) => v.name === 'widget-restart-guide')?.properties.solutions[0]?.solutionType).toBe('Troubleshooters');
});

test('scope is ignored, path casing does not matter, and cloud= applies that cloud', async ({ request }) => {
  const scoped = `/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Contoso.Widgets/gateways/gw1/providers/Microsoft.Help/discoverySolutions?${V}&$filter=${encodeURIComponent("ServiceId eq '7001'")}`;
  const direct = (await json(request, discover("ServiceId eq '7001'"))) as Discovery;
  expect(await json(request, scoped)).toEqual(direct);
  expect(await json(request, `/PROVIDERS/microsoft.help/discoverySolutions?${V}&$filter=${encodeURIComponent("ServiceId eq '7001'")}`)).toEqual(direct);
  const mooncake = (await json(request, discover("ServiceId eq '7001'", '&cloud=mooncake'))) as Discovery;
  expect(mooncake.value.map((v) => v.name).sort()).toEqual(await listed(request, 'productPesId=7001&cloud=mooncake'));
  expect(mooncake.value.length).toBeGreaterThan(1);
});

test('pages through nextLink until every match has been seen once', async ({ request }) => {
  const filter = "SolutionType eq 'Troubleshooters' or ProblemClassificationId eq '44440001'";
  const seen: string[] = [];
  let url: string | undefined = discover(filter, '&$top=4');
  while (url) {
    const page = (await json(request, url)) as Discovery;
    expect(helpSchemaErrors('DiscoveryResponse', page)).toEqual([]);
    expect(page.value.length).toBeLessThanOrEqual(4);
    seen.push(...page.value.map((v) => v.name));
    url = page.nextLink;
  }
  const all = (await json(request, discover(filter, '&$top=100'))) as Discovery;
  expect(all.nextLink).toBeUndefined();
  expect(seen).toEqual(all.value.map((v) => v.name));
  expect(seen.length).toBeGreaterThan(8);
});

test('selfHelp returns the article as the page renders it for the cloud', async ({ request, page }) => {
  const body = (await json(request, `/providers/Microsoft.Help/selfHelp/widget-read-log?${V}&cloud=fairfax`)) as {
    properties: { content: string; title: string };
  };
  expect(helpSchemaErrors('SolutionResourceSelfHelp', body)).toEqual([]);
  expect(body.properties.title).toBe('Read the gateway event log');
  const href = /href="([^"]+)"/.exec(body.properties.content)?.[1];
  expect(href).toMatch(/^https:\/\/portal\.azure\.us\//);
  await page.goto('/articles/widget-read-log?cloud=fairfax');
  await expect(page.getByRole('link', { name: 'widget portal' })).toHaveAttribute('href', href ?? '');
  // A free-text id travels percent-encoded.
  const free = await request.get(`/providers/Microsoft.Help/selfHelp/${encodeURIComponent('Widget help: sign-in (classic) & more')}?${V}`);
  expect(free.status()).toBe(200);
});

test.describe('errors in Azure’s shape', () => {
  for (const [name, url, status, code] of [
    ['a malformed $filter', discover("ProblemClassificationId eq '44440001"), 400, 'InvalidFilter'],
    ['an unknown property', discover("Topic eq '44440001'"), 400, 'InvalidFilter'],
    ['no api-version', `/providers/Microsoft.Help/discoverySolutions?$filter=${encodeURIComponent("ServiceId eq '1'")}`, 400, 'MissingApiVersionParameter'],
    ['an unknown api-version', `/providers/Microsoft.Help/selfHelp/widget-read-log?api-version=2019-01-01`, 400, 'InvalidApiVersionParameter'],
    ['an unknown solutionId', `/providers/Microsoft.Help/selfHelp/no-such-solution?${V}`, 404, 'NotFound'],
    ['an unknown operation', `/providers/Microsoft.Help/troubleshooters/x?${V}`, 404, 'NotFound'],
  ] as const) {
    test(name, async ({ request }) => {
      const body = await json(request, url, status);
      expect(helpSchemaErrors('ErrorResponse', body)).toEqual([]);
      expect((body as { error: { code: string } }).error.code).toBe(code);
    });
  }
});
