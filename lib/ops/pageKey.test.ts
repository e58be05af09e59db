import { describe, expect, it } from 'vitest';
import { pageCacheKey, type RequestFacts } from './pageKey';

function facts(url: string, over: Partial<RequestFacts> = {}, headers: Record<string, string> = {}): RequestFacts {
  const u = new URL(url, 'http://x');
  return { method: 'GET', pathname: u.pathname, search: u.searchParams, header: (n) => headers[n] ?? null, theme: undefined, ...over };
}

describe('pageCacheKey', () => {
  it('keys the browse page and article pages by path, sorted query and theme', () => {
    expect(pageCacheKey(facts('/articles/a?cloud=fairfax'))).toBe('system /articles/a?cloud=fairfax');
    expect(pageCacheKey(facts('/?type=generic&cloud=fairfax'))).toBe(pageCacheKey(facts('/?cloud=fairfax&type=generic')));
    expect(pageCacheKey(facts('/', { theme: 'dark' }))).toBe('dark /');
  });

  it('keeps repeated values apart and in a stable order', () => {
    expect(pageCacheKey(facts('/?supportTopicId=2&supportTopicId=1'))).toBe(pageCacheKey(facts('/?supportTopicId=1&supportTopicId=2')));
  });

  it('never answers one reader’s own view: tokens, resource, subscription', () => {
    expect(pageCacheKey(facts('/articles/a?token.vmname=web01'))).toBeNull();
    expect(pageCacheKey(facts('/articles/a?resourceId=/subscriptions/x'))).toBeNull();
    expect(pageCacheKey(facts('/articles/a?SubscriptionId=x'))).toBeNull();
  });

  it('leaves other pages, other methods and client navigations to Next', () => {
    expect(pageCacheKey(facts('/preview'))).toBeNull();
    expect(pageCacheKey(facts('/diagnostics'))).toBeNull();
    expect(pageCacheKey(facts('/articles/a/b'))).toBeNull();
    expect(pageCacheKey(facts('/', { method: 'POST' }))).toBeNull();
    expect(pageCacheKey(facts('/', {}, { rsc: '1' }))).toBeNull();
    expect(pageCacheKey(facts('/', {}, { 'next-router-prefetch': '1' }))).toBeNull();
  });

  it('tells a client navigation by the browser’s fetch destination, as Next hides its own RSC markers from the proxy', () => {
    expect(pageCacheKey(facts('/?q=vm', {}, { 'sec-fetch-dest': 'empty' }))).toBeNull();
    expect(pageCacheKey(facts('/?q=vm', {}, { 'sec-fetch-dest': 'document' }))).toBe('system /?q=vm');
    expect(pageCacheKey(facts('/articles/a', {}, { 'sec-fetch-dest': 'iframe' }))).toBe('system /articles/a');
    // Tools that send no fetch metadata (curl, load generators, the bench) ask for documents.
    expect(pageCacheKey(facts('/articles/a'))).toBe('system /articles/a');
  });
});
