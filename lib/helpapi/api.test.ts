import { describe, expect, it } from 'vitest';
import { helpSchemaErrors } from '@/test/support/helpSchema';
import type { Article } from '../content/model';
import { readArticle } from '../content/read';
import { skipToken } from './discovery';
import { type HelpCatalog, handleHelpRequest } from './route';

interface Spec {
  id: string;
  type: string;
  topics?: string;
  pes?: string;
  clouds?: string;
  body?: string;
  extra?: string;
}

// Articles written for these tests, in the properties-block format.
function article(s: Spec): Article {
  const text = `<properties
  pageTitle="Title of ${s.id}"
  description="About ${s.id}"
  selfHelpType="${s.type}"
  cloudEnvironments="${s.clouds ?? 'public, fairfax'}"
  supportTopicIds="${s.topics ?? ''}"
  productPesIds="${s.pes ?? ''}"
  articleId="${s.id}" ${s.extra ?? ''}
/>
# Heading of ${s.id}

${s.body ?? 'Intro text.\n\n## **Recommended Steps**\n\n1. Open [the docs](https://docs.microsoft.com/en-us/azure/widgets) page.\n'}`;
  return readArticle(`f/${s.id}.md`, text);
}

const articles = [
  article({ id: 'gen-1', type: 'Generic', topics: '11110001, 11110002', pes: '501' }),
  article({ id: 'diag-1', type: 'Diagnostics', topics: '11110001', pes: '502' }),
  article({ id: 'tsg-1', type: 'TSG_Description', topics: '11110001', pes: '501', clouds: 'fairfax' }),
  article({
    id: 'apollo-1',
    type: 'Apollo',
    topics: '11110003',
    extra: 'resourceRequired="True"',
    body: 'Before.\n\n<video>\n<src>https://videos.example/v1</src>\n<title>Watch this</title>\n</video>\n\nAfter.\n',
  }),
  ...Array.from({ length: 7 }, (_, i) => article({ id: `page-${i}`, type: 'Resource', pes: '900' })),
];

const catalog: HelpCatalog = {
  all: () => articles.map((a) => a.meta),
  byId: (id) => articles.filter((a) => a.meta.articleId.toLowerCase() === id.toLowerCase()).map((a) => a.meta),
  getArticle: async (meta) => articles.find((a) => a.meta === meta) ?? null,
};

const BASE = 'https://help.example';
const V = 'api-version=2024-03-01-preview';
async function get(path: string) {
  const url = new URL(path, BASE);
  const segments = url.pathname.split('/').slice(3);
  return handleHelpRequest(catalog, segments, url);
}
const ids = (body: unknown) => (body as { value: Array<{ name: string }> }).value.map((v) => v.name);
const filter = (f: string) => `/providers/Microsoft.Help/discoverySolutions?${V}&$filter=${encodeURIComponent(f)}`;

describe('discoverySolutions', () => {
  it('returns the articles with a support topic in the public cloud, typed by selfHelpType', async () => {
    const res = await get(filter("ProblemClassificationId eq '11110001'"));
    expect(res.status).toBe(200);
    expect(helpSchemaErrors('DiscoveryResponse', res.body)).toEqual([]);
    expect(ids(res.body)).toEqual(['gen-1', 'diag-1']);
    const solutions = (res.body as { value: Array<{ properties: { solutions: Array<{ solutionType: string; requiredInputs: string[] }> } }> }).value.map(
      (v) => v.properties.solutions[0],
    );
    expect(solutions.map((s) => s?.solutionType)).toEqual(['Solutions', 'Diagnostics']);
    expect(solutions[1]?.requiredInputs).toEqual(['ResourceUri']);
  });

  it('applies cloud=, and joins comparisons with and/or', async () => {
    expect(ids((await get(`${filter("ProblemClassificationId eq '11110001'")}&cloud=fairfax`)).body)).toEqual(['gen-1', 'diag-1', 'tsg-1']);
    expect(ids((await get(`${filter("ServiceId eq '501' and SolutionType eq 'Troubleshooters'")}&cloud=Fairfax`)).body)).toEqual(['tsg-1']);
    expect(ids((await get(filter("ProblemClassificationId eq '11110003' or ServiceId eq '502'"))).body)).toEqual(['diag-1', 'apollo-1']);
    expect(ids((await get(filter("ProblemClassificationId eq '99999999'"))).body)).toEqual([]);
  });

  it('pages with $skiptoken and an absolute nextLink that keeps the query', async () => {
    const first = await get(`${filter("ServiceId eq '900'")}&$top=3`);
    const body = first.body as { value: unknown[]; nextLink?: string };
    expect(ids(body)).toEqual(['page-0', 'page-1', 'page-2']);
    expect(body.nextLink?.startsWith(`${BASE}/providers/Microsoft.Help/discoverySolutions?`)).toBe(true);
    const seen: string[] = [...ids(body)];
    let next = body.nextLink;
    while (next) {
      const page = await get(next);
      expect(helpSchemaErrors('DiscoveryResponse', page.body)).toEqual([]);
      seen.push(...ids(page.body));
      next = (page.body as { nextLink?: string }).nextLink;
    }
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `page-${i}`));
    expect(skipToken.decode(skipToken.encode(42))).toBe(42);
  });

  it.each([
    [`/providers/Microsoft.Help/discoverySolutions?$filter=${encodeURIComponent("ServiceId eq '1'")}`, 'MissingApiVersionParameter'],
    [`/providers/Microsoft.Help/discoverySolutions?api-version=2020-01-01&$filter=${encodeURIComponent("ServiceId eq '1'")}`, 'InvalidApiVersionParameter'],
    [`/providers/Microsoft.Help/discoverySolutions?${V}`, 'InvalidFilter'],
    [filter("ServiceId eq '1"), 'InvalidFilter'],
    [filter("SolutionType eq 'Videos'"), 'InvalidFilter'],
    [`${filter("ServiceId eq '1'")}&cloud=mars`, 'InvalidCloud'],
    [`${filter("ServiceId eq '1'")}&$skiptoken=nonsense`, 'InvalidSkipToken'],
    [`${filter("ServiceId eq '1'")}&$top=0`, 'InvalidTop'],
  ])('answers 400 in Azure’s shape for %s', async (path, code) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(helpSchemaErrors('ErrorResponse', res.body)).toEqual([]);
    expect((res.body as { error: { code: string } }).error.code).toBe(code);
  });
});

describe('selfHelp', () => {
  it('returns the article as sanitized HTML rendered for the cloud, with sections', async () => {
    const res = await get(`/providers/Microsoft.Help/selfHelp/gen-1?${V}&cloud=fairfax`);
    expect(res.status).toBe(200);
    expect(helpSchemaErrors('SolutionResourceSelfHelp', res.body)).toEqual([]);
    const props = (res.body as { properties: { title: string; content: string; sections: Array<{ title: string; content: string }> } }).properties;
    expect(props.title).toBe('Title of gen-1');
    expect(props.content).toContain('<p>Intro text.</p>');
    expect(props.content).toContain('<h2>Recommended Steps</h2>');
    expect(props.sections.map((s) => s.title)).toEqual(['Recommended Steps']);
    // docs.microsoft.com moves to learn.microsoft.com (as on the page, lib/render/cloudMap); it opens in a new tab.
    expect(props.sections[0]?.content).toMatch(/<a href="https:\/\/learn\.microsoft\.com\/en-us\/azure\/widgets"[^>]*>the docs<\/a>/);
  });

  it('keeps Apollo videos as slots with replacement maps', async () => {
    const res = await get(`/providers/Microsoft.Help/selfHelp/APOLLO-1?${V}`);
    const props = (res.body as { properties: { content: string; replacementMaps: { videos: Array<{ src: string; title: string; replacementKey: string }> } } })
      .properties;
    expect(props.replacementMaps.videos).toEqual([{ src: 'https://videos.example/v1', title: 'Watch this', replacementKey: 'apollo-slot:0' }]);
    expect(props.content).toContain('title="apollo-slot:0"');
    expect(props.content).not.toContain('<video');
  });

  it.each([
    [`/providers/Microsoft.Help/selfHelp/nope?${V}`, 404, 'NotFound'],
    [`/providers/Microsoft.Help/selfHelp/tsg-1?${V}`, 404, 'NotFound'],
    ['/providers/Microsoft.Help/selfHelp/gen-1', 400, 'MissingApiVersionParameter'],
    ['/providers/Microsoft.Help/selfHelp/gen-1?api-version=2023-06-01', 400, 'InvalidApiVersionParameter'],
    [`/providers/Microsoft.Help/diagnostics/x?${V}`, 404, 'NotFound'],
  ])('answers %s with %i %s', async (path, status, code) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(helpSchemaErrors('ErrorResponse', res.body)).toEqual([]);
    expect((res.body as { error: { code: string } }).error.code).toBe(code);
  });
});

describe('the response schema', () => {
  it('rejects shapes Azure clients would not read', () => {
    const solution = { solutionId: 'a', solutionType: 'Solutions', description: '', requiredInputs: [] };
    const resource = {
      id: '/providers/Microsoft.Help/discoverySolutions/a',
      name: 'a',
      type: 'Microsoft.Help/discoverySolutions',
      properties: { solutions: [solution] },
    };
    expect(helpSchemaErrors('DiscoveryResponse', { value: [resource] })).toEqual([]);
    expect(helpSchemaErrors('DiscoveryResponse', { value: [{ ...resource, type: 'Microsoft.Help/solutions' }] })).not.toEqual([]);
    expect(
      helpSchemaErrors('DiscoveryResponse', { value: [{ ...resource, properties: { solutions: [{ ...solution, solutionType: 'Videos' }] } }] }),
    ).not.toEqual([]);
    expect(helpSchemaErrors('DiscoveryResponse', { value: [], nextLink: '/relative' })).not.toEqual([]);
    expect(helpSchemaErrors('ErrorResponse', { error: { message: 'no code' } })).not.toEqual([]);
    expect(
      helpSchemaErrors('SolutionResourceSelfHelp', {
        id: '/providers/Microsoft.Help/selfHelp/a',
        name: 'a',
        type: 'Microsoft.Help/selfHelp',
        properties: { solutionId: 'a', title: 't', content: '' },
      }),
    ).not.toEqual([]);
  });
});
