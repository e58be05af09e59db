import { describe, expect, it } from 'vitest';
import { metrics } from './metrics';
import { cachedPage, contentChanged } from './pageCache';

/** The value of an unlabelled series in the registry's text exposition. */
async function series(name: string): Promise<number> {
  const text = await metrics.registry.metrics();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`${name} is not exposed`);
  return Number(line.slice(name.length + 1));
}

describe('the metrics of the rendered-page cache', () => {
  it('say at each scrape how many pages and bytes the cache holds, and its budget', async () => {
    contentChanged();
    expect(await series('selfhelp_render_cache_pages')).toBe(0);
    expect(await series('selfhelp_render_cache_bytes')).toBe(0);
    await cachedPage('metrics-a', async () => ({ html: '<p>a</p>', status: 200 }));
    await cachedPage('metrics-b', async () => ({ html: '<p>bb</p>', status: 200 }));
    expect(await series('selfhelp_render_cache_pages')).toBe(2);
    // UTF-16 code units ×2, as the cache counts them.
    expect(await series('selfhelp_render_cache_bytes')).toBe(2 * ('<p>a</p>'.length + '<p>bb</p>'.length));
    expect(await series('selfhelp_render_cache_max_bytes')).toBe(64 * 2 ** 20);
    contentChanged();
    expect(await series('selfhelp_render_cache_pages')).toBe(0);
  });
});
