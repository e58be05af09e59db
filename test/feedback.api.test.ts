/**
 * The feedback API's handlers (the route files only call them) against both databases, with a real catalog
 * of articles written for the test. Every rejected request must leave the tables as they were.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Catalog } from '@/lib/catalog/catalog';
import { handleClick, handleState, handleSummary } from '@/lib/feedback/queries';
import { RateLimiter } from '@/lib/feedback/rateLimit';
import { type FeedbackDeps, handleFormVote, handleVote } from '@/lib/feedback/vote';
import { Store, searchGaps, summarize } from '@/lib/store';
import { recordSearch } from '@/lib/store/server';
import { writeContent } from '@/test/support/articles';
import { BACKENDS, useBackend } from '@/test/support/backends';

let root = '';
let catalog: Catalog;
beforeAll(async () => {
  root = writeContent([
    { file: 'a/alpha.md', articleId: 'Alpha-1', ownershipId: 'team-a', clouds: 'public, fairfax' },
    { file: 'a/beta.md', articleId: 'beta-2', ownershipId: 'team-a' },
  ]);
  catalog = await Catalog.load(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let ip = 0;
/** A request from its own client address unless `client` is given. */
function post(path: string, body: string, init: { client?: string; cookie?: string; type?: string } = {}): Request {
  const headers: Record<string, string> = { 'content-type': init.type ?? 'application/json', 'x-forwarded-for': init.client ?? `10.0.0.${++ip}` };
  if (init.cookie) headers.cookie = init.cookie;
  return new Request(`http://localhost${path}`, { method: 'POST', body, headers });
}
const vote = (body: unknown, init?: Parameters<typeof post>[2]) => post('/api/feedback', JSON.stringify(body), init);

describe.each(BACKENDS)('feedback API on %s', (kind) => {
  const backend = useBackend(kind);
  let deps: FeedbackDeps;
  const total = async () => (await deps.store.run((db) => summarize(db, {}))).votes;
  beforeAll(async () => {
    deps = { store: await backend.fresh(), catalog: async () => catalog, limiter: new RateLimiter() };
  });

  it("stores a vote with the article's owner and cloud, 201 with its id and a voter cookie", async () => {
    const res = await handleVote(vote({ articleId: 'alpha-1', helpful: true, reason: 'Solved my problem', cloud: 'Fairfax' }), deps);
    expect(res.status).toBe(201);
    const { id, replaced } = await res.json();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced).toBe(false);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^selfhelp_voter=[0-9a-f-]{36}; Path=\/;.*HttpOnly/);
    const row = await deps.store.run((db) => db.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    expect(row).toMatchObject({ article_id: 'Alpha-1', ownership_id: 'team-a', cloud: 'fairfax', helpful: 1, reason: 'Solved my problem' });

    // The same browser votes again: replaced, same id, still one vote.
    const again = await handleVote(vote({ articleId: 'Alpha-1', helpful: false, comment: 'Changed my mind' }, { cookie: cookie.split(';')[0] }), deps);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual({ id, replaced: true });
    const summary = await handleSummary(new Request('http://localhost/api/feedback/summary?articleId=ALPHA-1'), deps);
    expect(await summary.json()).toEqual({ votes: 1, helpful: 0, notHelpful: 1, reasons: {} });
  });

  it('rejects bad input with the right status, naming the field, and stores nothing', async () => {
    const before = await total();
    const cases: [Request, number, string | undefined][] = [
      [post('/api/feedback', '{"articleId":'), 400, 'body'],
      [vote({ articleId: 'beta-2' }), 400, 'helpful'],
      [vote({ articleId: 'beta-2', helpful: 'yes' }), 400, 'helpful'],
      [vote({ helpful: true }), 400, 'articleId'],
      [vote({ articleId: 'beta-2', helpful: true, reason: "Steps didn't work" }), 400, 'reason'],
      [vote({ articleId: 'beta-2', helpful: false, comment: 'x'.repeat(1000) }), 400, 'comment'],
      [vote({ articleId: 'beta-2', helpful: false, cloud: 'moon cake' }), 400, 'cloud'],
      [vote({ articleId: 'beta-2', helpful: false, rating: 5 }), 400, 'rating'],
      [vote({ articleId: 'no-such-article', helpful: true }), 404, 'articleId'],
      [vote({ articleId: 'beta-2', helpful: false, comment: 'x'.repeat(9000) }), 413, undefined],
    ];
    for (const [request, status, field] of cases) {
      const res = await handleVote(request, deps);
      expect(res.status, `${status} ${field}`).toBe(status);
      const body = await res.json();
      expect(body.error).toEqual(expect.any(String));
      expect(body.field).toBe(field);
    }
    // 413 also when the body is streamed without a Content-Length.
    const stream = new ReadableStream({
      start: (c) => {
        c.enqueue(new TextEncoder().encode(' '.repeat(9000)));
        c.close();
      },
    });
    const init: RequestInit & { duplex: 'half' } = { method: 'POST', body: stream, duplex: 'half' };
    const streamed = new Request('http://localhost/api/feedback', init);
    expect((await handleVote(streamed, deps)).status).toBe(413);
    expect(await total()).toBe(before);
  });

  it('answers 429 past 30 votes a minute from one client, storing none of the extra', async () => {
    const before = await total();
    for (let i = 0; i < 30; i++) {
      const res = await handleVote(vote({ articleId: 'beta-2', helpful: true }, { client: '192.0.2.7' }), deps);
      expect(res.status).toBe(201);
    }
    const limited = await handleVote(vote({ articleId: 'beta-2', helpful: false }, { client: '192.0.2.7' }), deps);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await total()).toBe(before + 30);
    expect((await deps.store.run((db) => summarize(db, { articleId: 'beta-2' }))).notHelpful).toBe(0);
    // Another client is not affected.
    expect((await handleVote(vote({ articleId: 'beta-2', helpful: true }, { client: '192.0.2.8' }), deps)).status).toBe(201);
  });

  it('takes the no-JavaScript form: 303 back to the article with the next step, then thanks', async () => {
    const form = (fields: Record<string, string>, cookie?: string) =>
      post('/api/feedback/form', new URLSearchParams(fields).toString(), { type: 'application/x-www-form-urlencoded', cookie, client: '198.51.100.1' });
    const first = await handleFormVote(form({ articleId: 'beta-2', cloud: 'public', helpful: 'no' }), deps);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/articles/beta-2?cloud=public&feedback=no#feedback');
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0];
    const second = await handleFormVote(
      form({ articleId: 'beta-2', cloud: 'public', helpful: 'no', reason: 'Out of date', comment: 'Screens changed' }, cookie),
      deps,
    );
    expect(second.headers.get('location')).toBe('/articles/beta-2?cloud=public&feedback=thanks#feedback');
    const comments = await deps.store.run((db) => db.selectFrom('feedback').select(['comment', 'reason']).where('comment', '=', 'Screens changed').execute());
    expect(comments).toEqual([{ comment: 'Screens changed', reason: 'Out of date' }]);
    const empty = await handleFormVote(form({ articleId: 'beta-2', cloud: 'public', helpful: 'no', step: 'details' }, cookie), deps);
    expect(empty.headers.get('location')).toBe('/articles/beta-2?cloud=public&feedback=thanks#feedback');
    const bad = await handleFormVote(form({ articleId: 'beta-2', helpful: 'yes', reason: 'Out of date' }), deps);
    expect(bad.headers.get('location')).toBe('/articles/beta-2?feedback=invalid#feedback');
    expect((await handleFormVote(form({ articleId: 'nope', helpful: 'yes' }), deps)).status).toBe(404);
  });

  it('summarises per team and rejects summary queries it cannot answer', async () => {
    const get = (q: string) => handleSummary(new Request(`http://localhost/api/feedback/summary?${q}`), deps);
    const team = await (await get('ownershipId=team-a')).json();
    expect(team).toMatchObject({ votes: expect.any(Number), helpful: expect.any(Number), notHelpful: expect.any(Number) });
    expect(team.votes).toBe(await total());
    expect(await (await get('ownershipId=nobody')).json()).toEqual({ votes: 0, helpful: 0, notHelpful: 0, reasons: {} });
    expect((await get('')).status).toBe(400);
    expect((await (await get('articleId=alpha-1&ownershipId=team-a')).json()).field).toBe('ownershipId');
    expect((await (await get('articleId=alpha-1&cloud=mars')).json()).field).toBe('cloud');
    expect((await get('articleId=missing')).status).toBe(404);
  });

  it('logs searches without delaying the caller, and result clicks from the beacon', async () => {
    recordSearch({ q: 'Rotate KEYS', cloud: 'public', total: 2 }, deps.store);
    // Nothing is written before the caller goes on; the row arrives after.
    expect(await deps.store.run((db) => searchGaps(db, 'no-clicks', {}))).toEqual([]);
    await vi.waitFor(async () => expect(await deps.store.run((db) => searchGaps(db, 'no-clicks', {}))).toHaveLength(1), { timeout: 5000 });
    const beacon = (body: unknown) => handleClick(post('/api/search-log/click', JSON.stringify(body), { type: 'text/plain' }), deps);
    expect((await beacon({ q: 'rotate keys', cloud: 'public' })).status).toBe(400);
    expect((await beacon({ q: 'rotate keys', cloud: 'public', articleId: 'nope' })).status).toBe(404);
    const unclicked = await deps.store.run((db) => searchGaps(db, 'no-clicks', {}));
    expect(unclicked.map((r) => r.query)).toEqual(['rotate keys']);
    expect((await beacon({ q: 'rotate keys', cloud: 'public', articleId: 'alpha-1' })).status).toBe(204);
    expect(await deps.store.run((db) => searchGaps(db, 'no-clicks', {}))).toEqual([]);
  });

  it('says feedback is unavailable (503, state false) when the database is down', async () => {
    const down =
      kind === 'sqlite'
        ? new Store({ dialect: 'sqlite', file: `${__filename}/x/y.db` })
        : new Store({ dialect: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' });
    const downDeps = { ...deps, store: down };
    const res = await handleVote(vote({ articleId: 'alpha-1', helpful: true }), downDeps);
    expect(res.status).toBe(503);
    expect((await res.json()).error).toMatch(/unavailable/);
    expect(await (await handleState(downDeps)).json()).toMatchObject({ available: false, reason: expect.any(String) });
    expect((await handleSummary(new Request('http://localhost/api/feedback/summary?articleId=alpha-1'), downDeps)).status).toBe(503);
    expect(await (await handleState(deps)).json()).toEqual({ available: true });
    await down.close();
  });
});
