import { describe, expect, it } from 'vitest';
import type { CloudId } from '../clouds';
import { type ArticleLookup, tileTarget } from './tiles';

const CATALOG: Record<string, readonly CloudId[]> = {
  'widget-slow': ['public', 'fairfax', 'mooncake'],
  '1c1e4d2a-0000-4000-8000-00000000000b': ['public'],
};
// Case-insensitive, as the catalog looks ids up.
const known: ArticleLookup = (id) => {
  const hit = Object.entries(CATALOG).find(([k]) => k.toLowerCase() === id.toLowerCase());
  return hit ? { availableIn: hit[1] } : undefined;
};

describe('tileTarget', () => {
  it('links an article the catalog has, whatever the case of the id', () => {
    expect(tileTarget('Widget-Slow', 'mooncake', {}, known)).toEqual({ kind: 'article', articleId: 'Widget-Slow' });
    expect(tileTarget(' 1C1E4D2A-0000-4000-8000-00000000000B ', 'public', {}, known)).toEqual({
      kind: 'article',
      articleId: '1C1E4D2A-0000-4000-8000-00000000000B',
    });
  });

  it('says when the article is not offered in the reader cloud', () => {
    expect(tileTarget('1c1e4d2a-0000-4000-8000-00000000000b', 'fairfax', {}, known)).toEqual({
      kind: 'article',
      articleId: '1c1e4d2a-0000-4000-8000-00000000000b',
      note: 'Its solution article is not offered in Azure Government',
    });
  });

  it('makes a missing article text with a note', () => {
    expect(tileTarget('widget-gone', 'public', {}, known)).toEqual({
      kind: 'missing',
      articleId: 'widget-gone',
      note: 'Its solution article is not published here yet',
    });
  });

  it('follows a portal blade or URL written in place of an id, per cloud', () => {
    expect(tileTarget('data-blade:Microsoft_Azure_Widgets.WidgetHealthBlade', 'fairfax', {}, known)).toMatchObject({
      kind: 'link',
      resolved: { href: 'https://portal.azure.us/#blade/Microsoft_Azure_Widgets/WidgetHealthBlade' },
    });
    expect(tileTarget('https://docs.microsoft.com/en-us/azure/storage/', 'mooncake', {}, known)).toMatchObject({
      kind: 'link',
      resolved: { href: 'https://docs.azure.cn/storage/' },
    });
  });

  it('is text without a solution, and links every id when no catalog is given', () => {
    expect(tileTarget('', 'public', {}, known)).toEqual({ kind: 'none' });
    expect(tileTarget(undefined, 'public')).toEqual({ kind: 'none' });
    expect(tileTarget('widget-gone', 'public')).toEqual({ kind: 'article', articleId: 'widget-gone' });
  });
});
