/** The query layer against both databases: SQLite in a temp dir and a throwaway PostgreSQL cluster. Never a mock. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { BACKENDS, useBackend } from '@/test/support/backends';
import {
  feedbackByArticle,
  feedbackByOwner,
  isStoreUnavailable,
  latestComments,
  logClick,
  logSearch,
  MIGRATION_NAMES,
  purgeSearchLog,
  Store,
  StoreUnavailableError,
  saveVote,
  searchGaps,
  summarize,
  type VoteInput,
} from '.';

const vote = (over: Partial<VoteInput> = {}): VoteInput => ({
  articleId: 'Art-1',
  helpful: true,
  reason: null,
  comment: null,
  cloud: 'public',
  ownershipId: 'team-a',
  voterId: 'voter-1',
  ...over,
});

describe.each(BACKENDS)('store on %s', (kind) => {
  const backend = useBackend(kind);

  it('runs every migration once, also when opened again', async () => {
    const config = await backend.freshConfig();
    for (let i = 0; i < 2; i++) {
      const store = new Store(config);
      const names = await store.run((db) =>
        db
          .selectFrom('kysely_migration' as never)
          .select('name' as never)
          .execute(),
      );
      expect(names.map((r) => Object.values(r as object)[0])).toEqual(MIGRATION_NAMES);
      await store.close();
    }
  });

  it('keeps one vote per voter and article: a second vote replaces the first and keeps its id', async () => {
    const store = await backend.fresh();
    const first = await store.run((db) => saveVote(db, vote({ reason: 'Easy to follow' })));
    expect(first.replaced).toBe(false);
    const again = await store.run((db) => saveVote(db, vote({ articleId: 'ART-1', helpful: false, reason: 'Out of date', comment: 'old' })));
    expect(again).toEqual({ id: first.id, replaced: true });
    await store.run((db) => saveVote(db, vote({ voterId: 'voter-2', reason: 'Solved my problem' })));
    const summary = await store.run((db) => summarize(db, { articleId: 'art-1' }));
    expect(summary).toEqual({ votes: 2, helpful: 1, notHelpful: 1, reasons: { 'Out of date': 1, 'Solved my problem': 1 } });
  });

  it('summarises by article, team and cloud', async () => {
    const store = await backend.fresh();
    await store.run(async (db) => {
      await saveVote(db, vote({ voterId: 'a', reason: 'Other' }));
      await saveVote(db, vote({ voterId: 'b', helpful: false, reason: 'Other', cloud: 'fairfax' }));
      await saveVote(db, vote({ voterId: 'a', articleId: 'Art-2', ownershipId: 'team-b', helpful: false }));
      await saveVote(db, vote({ voterId: 'a', articleId: 'Art-3', ownershipId: null }));
    });
    expect(await store.run((db) => summarize(db, { ownershipId: 'team-a' }))).toEqual({ votes: 2, helpful: 1, notHelpful: 1, reasons: { Other: 2 } });
    expect(await store.run((db) => summarize(db, { ownershipId: 'team-a', cloud: 'fairfax' }))).toEqual({
      votes: 1,
      helpful: 0,
      notHelpful: 1,
      reasons: { Other: 1 },
    });
    expect(await store.run((db) => summarize(db, { articleId: 'nothing' }))).toEqual({ votes: 0, helpful: 0, notHelpful: 0, reasons: {} });

    const articles = await store.run((db) => feedbackByArticle(db, {}));
    expect(articles.map((a) => [a.key, a.ownershipId, a.votes, a.helpful, a.notHelpful])).toEqual([
      ['Art-1', 'team-a', 2, 1, 1],
      ['Art-2', 'team-b', 1, 0, 1],
      ['Art-3', null, 1, 1, 0],
    ]);
    expect(articles[0]?.reasons).toEqual({ Other: 2 });
    const owners = await store.run((db) => feedbackByOwner(db, {}));
    expect(owners.map((o) => [o.key, o.votes, o.helpful])).toEqual([
      ['team-a', 2, 1],
      ['', 1, 1],
      ['team-b', 1, 0],
    ]);
    expect((await store.run((db) => feedbackByOwner(db, { cloud: 'fairfax' }))).map((o) => o.key)).toEqual(['team-a']);
  });

  it('lists the latest comments first, as written', async () => {
    const store = await backend.fresh();
    await store.run(async (db) => {
      await saveVote(db, vote({ voterId: 'a', comment: 'first <b>one</b>' }));
      await saveVote(db, vote({ voterId: 'b', comment: null }));
      await new Promise((r) => setTimeout(r, 5));
      await saveVote(db, vote({ voterId: 'c', helpful: false, reason: 'Hard to follow', comment: '<script>alert(1)</script>' }));
    });
    const comments = await store.run((db) => latestComments(db, { ownershipId: 'team-a' }));
    expect(comments.map((c) => [c.comment, c.helpful, c.reason])).toEqual([
      ['<script>alert(1)</script>', false, 'Hard to follow'],
      ['first <b>one</b>', true, null],
    ]);
  });

  it('logs searches per day, cloud, topic and normalised query; clicks; gaps; purges after 90 days', async () => {
    const store = await backend.fresh();
    const today = new Date();
    const old = new Date(today.getTime() - 91 * 86_400_000);
    await store.run(async (db) => {
      await logSearch(db, { q: '  Firewall   BLOCKS ', cloud: 'fairfax', total: 3 }, today);
      await logSearch(db, { q: 'firewall blocks', cloud: 'fairfax', total: 4 }, today);
      await logSearch(db, { q: 'quantum teleport', total: 0 }, today);
      await logSearch(db, { q: 'quantum teleport', supportTopicId: '32596879', total: 0 }, today);
      await logSearch(db, { q: 'mail me@example.com', total: 0 }, today);
      await logSearch(db, { q: 'ancient', total: 0 }, old);
      expect(await logSearch(db, { q: '   ', total: 0 }, today)).toBe(false);
    });
    const noResults = await store.run((db) => searchGaps(db, 'no-results', {}));
    expect(noResults.map((r) => [r.query, r.cloud, r.topic, r.searches])).toEqual([
      ['mail <email>', '', '', 1],
      ['quantum teleport', '', '', 1],
      ['quantum teleport', '', '32596879', 1],
    ]);
    const inTopic = await store.run((db) => searchGaps(db, 'no-results', { topics: ['32596879'] }));
    expect(inTopic.map((r) => r.topic)).toEqual(['32596879']);
    expect(await store.run((db) => searchGaps(db, 'no-results', { topics: [] }))).toEqual([]);

    const unclicked = await store.run((db) => searchGaps(db, 'no-clicks', { cloud: 'fairfax' }));
    expect(unclicked.map((r) => [r.query, r.searches, r.results, r.clicks])).toEqual([['firewall blocks', 2, 4, 0]]);
    await store.run((db) => logClick(db, { q: 'FIREWALL blocks', cloud: 'fairfax' }, today));
    expect(await store.run((db) => searchGaps(db, 'no-clicks', {}))).toEqual([]);

    expect(await store.run((db) => purgeSearchLog(db, today))).toBe(1);
    expect(await store.run((db) => db.selectFrom('search_log').select('query').where('query', '=', 'ancient').execute())).toEqual([]);
  });

  it('answers unavailable, with the reason, when the database is down, and recovers', async () => {
    const down = new Store(
      kind === 'sqlite'
        ? { dialect: 'sqlite', file: path.join(__filename, 'not-a-dir', 'x.db') }
        : { dialect: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' },
      { retryAfterMs: 60_000 },
    );
    await expect(down.run((db) => summarize(db, {}))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(down.state).toMatchObject({ state: 'unavailable', dialect: kind, reason: expect.any(String) });
    expect(await down.check()).toMatchObject({ state: 'unavailable' });
    await down.close();
  });

  it('gives up on a query that does not answer within the deadline', async () => {
    const store = await backend.fresh({ timeoutMs: 300, retryAfterMs: 0 });
    await expect(store.run(() => new Promise(() => undefined))).rejects.toThrow(/within 300 ms/);
    expect(store.state.state).toBe('unavailable');
    // The next call tries again and succeeds.
    expect(await store.run((db) => summarize(db, {}))).toMatchObject({ votes: 0 });
    expect(store.state.state).toBe('ok');
  });
});

describe('isStoreUnavailable', () => {
  it('recognises the error by name, so a copy of the class from another bundle counts too', () => {
    class Copy extends Error {
      override name = 'StoreUnavailableError';
    }
    expect(isStoreUnavailable(new Copy('down'))).toBe(true);
    expect(isStoreUnavailable(new StoreUnavailableError('down'))).toBe(true);
    expect(isStoreUnavailable(new Error('other'))).toBe(false);
  });
});

describe('sqlite specifics', () => {
  const backend = useBackend('sqlite');

  it('creates the data dir on first start and uses WAL with synchronous FULL', async () => {
    const config = await backend.freshConfig();
    if (config.dialect !== 'sqlite') throw new Error('expected sqlite');
    expect(existsSync(path.dirname(config.file))).toBe(false);
    const store = new Store(config);
    await store.run((db) => summarize(db, {}));
    const raw = new SqliteDatabase(config.file);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    // synchronous is per connection: ask the store's own (2 = FULL).
    const sync = await store.run((db) => sql<{ synchronous: number }>`pragma synchronous`.execute(db));
    expect(sync.rows).toEqual([{ synchronous: 2 }]);
    await store.close();
  });

  it('is unavailable, not hanging, while another process holds the write lock', async () => {
    const store = await backend.fresh({ retryAfterMs: 0 });
    await store.run((db) => summarize(db, {}));
    if (store.config.dialect !== 'sqlite') throw new Error('expected sqlite');
    const other = new SqliteDatabase(store.config.file);
    other.exec('BEGIN EXCLUSIVE');
    await expect(store.run((db) => saveVote(db, vote()))).rejects.toThrow(/locked|busy/i);
    expect(store.state).toMatchObject({ state: 'unavailable', dialect: 'sqlite' });
    other.exec('ROLLBACK');
    other.close();
    await store.run((db) => saveVote(db, vote()));
    expect(await store.run((db) => summarize(db, {}))).toMatchObject({ votes: 1 });
  });
});
