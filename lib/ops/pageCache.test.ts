import { describe, expect, it } from 'vitest';
import { cachedPage, contentChanged, pageCacheStats } from './pageCache';

const html = (s: string) => async () => ({ html: s, status: 200 });

describe('cachedPage', () => {
  it('renders once, then answers from the cache', async () => {
    let renders = 0;
    const render = async () => ({ html: `<p>${++renders}</p>`, status: 200 });
    expect((await cachedPage('k1', render)).hit).toBe(false);
    const second = await cachedPage('k1', render);
    expect(second).toMatchObject({ hit: true, page: { html: '<p>1</p>' } });
    expect(renders).toBe(1);
  });

  it('renders concurrent misses of one key once', async () => {
    let renders = 0;
    const slow = () => new Promise<{ html: string; status: number }>((r) => setTimeout(() => r({ html: `<p>${++renders}</p>`, status: 200 }), 20));
    const [a, b] = await Promise.all([cachedPage('k2', slow), cachedPage('k2', slow)]);
    expect(renders).toBe(1);
    expect(a.page?.html).toBe(b.page?.html);
  });

  it('keeps only 200 pages, and nothing when the render is not HTML', async () => {
    await cachedPage('k3', async () => ({ html: 'missing', status: 404 }));
    expect((await cachedPage('k3', html('x'))).hit).toBe(false);
    expect((await cachedPage('k4', async () => null)).page).toBeNull();
  });

  it('renders anew when asked to refresh, and keeps the new copy', async () => {
    await cachedPage('k6', html('first'));
    expect(await cachedPage('k6', html('second'), true)).toMatchObject({ hit: false, page: { html: 'second' } });
    expect(await cachedPage('k6', html('third'))).toMatchObject({ hit: true, page: { html: 'second' } });
  });

  it('retires every page when the content changes', async () => {
    await cachedPage('k5', html('old'));
    const before = pageCacheStats().generation;
    contentChanged();
    expect(pageCacheStats().generation).toBe(before + 1);
    expect(await cachedPage('k5', html('new'))).toMatchObject({ hit: false, page: { html: 'new' } });
  });
});
