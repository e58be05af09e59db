/** `/insights` tables from a real catalog and a real store (both databases): coverage, lint, feedback, searches, exports. */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '@/lib/catalog/catalog';
import { parseInsightsFilters } from '@/lib/insights/filters';
import { toCsv } from '@/lib/insights/table';
import { buildTable, type InsightsContext, TABLE_NAMES } from '@/lib/insights/tables';
import { logSearch, Store, saveVote } from '@/lib/store';
import { writeContent } from '@/test/support/articles';
import { BACKENDS, useBackend } from '@/test/support/backends';

const ALL_LIVE = 'public, fairfax, mooncake, usnat, ussec';
let root = '';
let catalog: Catalog;
beforeAll(async () => {
  root = writeContent([
    { file: 'a1.md', articleId: 'a1', topics: '10000001', clouds: ALL_LIVE, ownershipId: 'team-a', displayOrder: '1' },
    { file: 'a2.md', articleId: 'a2', topics: '10000001', clouds: 'public', ownershipId: 'team-b', displayOrder: '1' },
    { file: 'a3.md', articleId: 'a3', topics: '10000002', clouds: 'public', ownershipId: 'team-a' },
    { file: 'a4.md', articleId: 'a4', topics: '10000003', clouds: 'blackforest', ownershipId: 'team-a' },
    { file: 'dup/a1.md', articleId: 'A1', topics: '10000001', clouds: ALL_LIVE, ownershipId: 'team-a' },
    {
      file: 'a6.md',
      articleId: 'a6',
      topics: '10000001',
      clouds: ALL_LIVE,
      ownershipId: 'team-b',
      body: '```json\n{"commonSolutionArticleId": "gone-tile"}\n```\n\n```json\n{"commonSolutionArticleId": "a3"}\n```\n',
    },
    { file: 'a7.md', articleId: 'a7', topics: '1234567', clouds: ALL_LIVE, ownershipId: 'team-b' },
  ]);
  catalog = await Catalog.load(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const rowsOf = async (ctx: InsightsContext, name: string) => (await buildTable(name, ctx))?.rows ?? [];

describe('coverage and lint tables (catalog only)', () => {
  const ctx = (query: string): InsightsContext => ({
    catalog,
    store: new Store({ dialect: 'sqlite', file: `${__filename}/no/db` }),
    filters: parseInsightsFilters(new URLSearchParams(query)).filters,
  });

  it('finds topics missing from a live cloud, articles in no live cloud, order collisions, duplicates, broken links', async () => {
    expect(await rowsOf(ctx(''), 'topic-gaps')).toEqual([
      { supportTopicId: '10000002', articles: 1, clouds: 'public', missing: 'fairfax, mooncake, usnat, ussec', owners: 'team-a' },
    ]);
    expect(await rowsOf(ctx('cloud=public'), 'topic-gaps')).toEqual([]);
    expect((await rowsOf(ctx(''), 'no-live-cloud')).map((r) => [r.articleId, r.availableIn])).toEqual([['a4', 'blackforest']]);
    expect((await rowsOf(ctx(''), 'display-order')).map((r) => [r.supportTopicId, r.displayOrder, r.articles])).toEqual([['10000001', 1, 'a1, a2']]);
    expect(await rowsOf(ctx('cloud=fairfax'), 'display-order')).toEqual([]);
    expect((await rowsOf(ctx(''), 'duplicate-ids')).map((r) => [r.count, r.files])).toEqual([[2, 'a1.md, dup/a1.md']]);
    expect((await rowsOf(ctx(''), 'broken-links')).map((r) => [r.articleId, r.kind, r.target])).toEqual([['a6', 'commonSolutionArticleId', 'gone-tile']]);
    expect(await rowsOf(ctx('ownershipId=TEAM-A'), 'broken-links')).toEqual([]);
  });

  it('counts metadata lint findings per owner', async () => {
    const lint = await rowsOf(ctx(''), 'lint');
    expect(lint).toContainEqual({ ownershipId: 'team-b', ruleId: 'support-topic-id-shape', severity: 'warning', count: 1, articles: 1 });
    expect(lint).toContainEqual({ ownershipId: 'team-a', ruleId: 'cloud-retired', severity: 'info', count: 1, articles: 1 });
    expect(lint.filter((r) => r.ruleId === 'duplicate-article-id')).toEqual([
      { ownershipId: 'team-a', ruleId: 'duplicate-article-id', severity: 'error', count: 2, articles: 2 },
    ]);
    expect((await rowsOf(ctx('ownershipId=team-b'), 'lint')).every((r) => r.ownershipId === 'team-b')).toBe(true);
  });

  it('reports database tables as unavailable instead of failing the page', async () => {
    const table = await buildTable('comments', ctx(''));
    expect(table?.rows).toEqual([]);
    expect(table?.unavailable).toMatch(/unavailable/);
    expect(await buildTable('nope', ctx(''))).toBeUndefined();
    expect(await buildTable('constructor', ctx(''))).toBeUndefined();
  });
});

describe.each(BACKENDS)('feedback and search tables on %s', (kind) => {
  const backend = useBackend(kind);
  let store: Store;
  beforeAll(async () => {
    store = await backend.fresh();
    await store.run(async (db) => {
      await saveVote(db, { articleId: 'a1', helpful: true, reason: 'Easy to follow', comment: null, cloud: 'public', ownershipId: 'team-a', voterId: 'v1' });
      await saveVote(db, {
        articleId: 'a1',
        helpful: false,
        reason: 'Out of date',
        comment: '<script>alert(1)</script>',
        cloud: 'fairfax',
        ownershipId: 'team-a',
        voterId: 'v2',
      });
      await saveVote(db, { articleId: 'a2', helpful: false, reason: null, comment: '=HYPERLINK("x")', cloud: 'public', ownershipId: 'team-b', voterId: 'v1' });
      await logSearch(db, { q: 'nothing here', cloud: 'public', supportTopicId: '10000002', total: 0 });
      await logSearch(db, { q: 'elsewhere', total: 0 });
    });
  });
  const ctx = (query: string): InsightsContext => ({ catalog, store, filters: parseInsightsFilters(new URLSearchParams(query)).filters });

  it('shows votes per article and owner, with helpful % and reasons, filtered by owner and cloud', async () => {
    expect(await rowsOf(ctx(''), 'feedback-articles')).toEqual([
      {
        articleId: 'a1',
        title: 'Article a1',
        ownershipId: 'team-a',
        votes: 2,
        helpful: 1,
        notHelpful: 1,
        helpfulPercent: 50,
        reasons: 'Easy to follow ×1, Out of date ×1',
        lastVoteAt: expect.any(String),
      },
      {
        articleId: 'a2',
        title: 'Article a2',
        ownershipId: 'team-b',
        votes: 1,
        helpful: 0,
        notHelpful: 1,
        helpfulPercent: 0,
        reasons: '',
        lastVoteAt: expect.any(String),
      },
    ]);
    expect((await rowsOf(ctx('ownershipId=Team-A&cloud=fairfax'), 'feedback-owners')).map((r) => [r.ownershipId, r.votes, r.helpfulPercent])).toEqual([
      ['team-a', 1, 0],
    ]);
    expect((await rowsOf(ctx('ownershipId=team-b'), 'comments')).map((r) => r.comment)).toEqual(['=HYPERLINK("x")']);
  });

  it('exports CSV with comments kept as text and formulas defused', async () => {
    const table = await buildTable('comments', ctx(''));
    if (!table) throw new Error('no table');
    const csv = toCsv(table);
    expect(csv.split('\r\n')[0]).toBe('When,Article,Owner,Helpful,Reason,Cloud,Comment');
    expect(csv).toContain('<script>alert(1)</script>');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("lists searches that found nothing, narrowed to the team's topics", async () => {
    expect((await rowsOf(ctx(''), 'searches-no-results')).map((r) => [r.query, r.cloud, r.topic])).toEqual([
      ['elsewhere', 'any', 'any'],
      ['nothing here', 'public', '10000002'],
    ]);
    expect((await rowsOf(ctx('ownershipId=team-a'), 'searches-no-results')).map((r) => r.query)).toEqual(['nothing here']);
    expect(await rowsOf(ctx('ownershipId=team-b'), 'searches-no-results')).toEqual([]);
    expect(TABLE_NAMES).toContain('searches-no-clicks');
  });
});
