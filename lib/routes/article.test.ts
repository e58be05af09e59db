import { describe, expect, it } from 'vitest';
import type { CatalogMeta } from '../content/model';
import { articleHref, hasReaderValues, parseArticleParams, resolveArticleId, viewCloud } from './article';

describe('articleHref', () => {
  it('encodes the id and adds cloud, file and reader values', () => {
    expect(articleHref('a b/c')).toBe('/articles/a%20b%2Fc');
    expect(articleHref('x', 'fairfax', 'dir/f.md')).toBe('/articles/x?cloud=fairfax&file=dir%2Ff.md');
    expect(articleHref('x', 'public', undefined, { tokenValues: { vmname: 'web01' }, context: { resourceId: '/subscriptions/s' } })).toBe(
      '/articles/x?cloud=public&resourceId=%2Fsubscriptions%2Fs&token.vmname=web01',
    );
  });
});

describe('parseArticleParams', () => {
  it('reads cloud, file, tokens and resource from a record or URLSearchParams alike', () => {
    const record = parseArticleParams({ cloud: 'FairFax', file: 'a.md', 'token.vmname': 'web01' });
    const url = parseArticleParams(new URLSearchParams('cloud=FairFax&file=a.md&token.vmname=web01'));
    expect(record).toEqual(url);
    expect(record).toMatchObject({ rawCloud: 'FairFax', cloud: 'fairfax', file: 'a.md', tokenValues: { vmname: 'web01' } });
  });

  it('keeps an unknown cloud as written so the page can say so', () => {
    expect(parseArticleParams({ cloud: 'moon cake' })).toMatchObject({ rawCloud: 'moon cake', cloud: undefined });
  });
});

describe('hasReaderValues', () => {
  it('is true for tokens and resources, whatever their case', () => {
    expect(hasReaderValues(new URLSearchParams('Token.vm=1'))).toBe(true);
    expect(hasReaderValues(new URLSearchParams('resourceid=x'))).toBe(true);
    expect(hasReaderValues(new URLSearchParams('cloud=public&file=a'))).toBe(false);
  });
});

describe('resolveArticleId', () => {
  const meta = { articleId: '本地化--无法连接' } as Pick<CatalogMeta, 'articleId'>;
  const byId = (id: string) => (id === meta.articleId ? [meta as CatalogMeta] : []);

  it('finds an id as written, or still percent-encoded', () => {
    expect(resolveArticleId(byId, '本地化--无法连接').metas).toHaveLength(1);
    expect(resolveArticleId(byId, encodeURIComponent('本地化--无法连接'))).toMatchObject({ id: '本地化--无法连接' });
  });

  it('survives a malformed escape', () => {
    expect(resolveArticleId(byId, '%E0%A4%A').metas).toEqual([]);
  });
});

describe('viewCloud', () => {
  it("prefers the reader's cloud, then public, then the first offered", () => {
    expect(viewCloud('mooncake', ['public'])).toBe('mooncake');
    expect(viewCloud(undefined, ['fairfax', 'public'])).toBe('public');
    expect(viewCloud(undefined, ['usnat'])).toBe('usnat');
    expect(viewCloud(undefined, [])).toBe('public');
  });
});
