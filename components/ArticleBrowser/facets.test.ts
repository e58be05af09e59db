import { describe, expect, it } from 'vitest';
import type { Facets } from '@/lib/catalog/indexes';
import { browseHref, facetGroups, MAX_FACET_VALUES } from './facets';

const facets: Facets = {
  cloud: [{ value: 'public', count: 3 }, { value: 'fairfax', count: 2 }],
  supportTopicId: [{ value: '32596879', count: 2 }],
  productPesId: [],
  service: [{ value: 'Microsoft.KeyVault', count: 2 }],
  type: [{ value: 'generic', count: 3 }],
};

describe('facetGroups', () => {
  it('links each value with the other filters kept and paging reset', () => {
    const groups = facetGroups(facets, { cloud: 'fairfax', q: 'firewall', limit: 50, offset: 50 });
    const topic = groups.find((g) => g.name === 'supportTopicId')?.values[0];
    expect(topic?.href).toBe('/?cloud=fairfax&supportTopicId=32596879&q=firewall');
    const fairfax = groups.find((g) => g.name === 'cloud')?.values.find((v) => v.value === 'fairfax');
    expect(fairfax).toMatchObject({ label: 'Azure Government', selected: true, href: '/?q=firewall' });
  });

  it('keeps a selected value that matches nothing, so it can be cleared, and matches services case-insensitively', () => {
    const groups = facetGroups(facets, { supportTopicId: ['999'], service: ['microsoft.keyvault'], limit: 50, offset: 0 });
    expect(groups.find((g) => g.name === 'supportTopicId')?.values[0]).toMatchObject({ value: '999', count: 0, selected: true });
    expect(groups.find((g) => g.name === 'service')?.values[0]?.selected).toBe(true);
  });

  it('lists at most MAX_FACET_VALUES values and says how many more can be typed in', () => {
    const many: Facets = { ...facets, supportTopicId: Array.from({ length: MAX_FACET_VALUES + 5 }, (_, i) => ({ value: String(30000000 + i), count: 1 })) };
    const topic = facetGroups(many, { cloud: 'fairfax', q: 'vpn', limit: 50, offset: 0 }).find((g) => g.name === 'supportTopicId');
    expect(topic?.values).toHaveLength(MAX_FACET_VALUES);
    expect(topic?.more).toBe(5);
    expect(topic?.kept).toEqual([
      ['cloud', 'fairfax'],
      ['q', 'vpn'],
    ]);
  });

  it('builds plain home links', () => {
    expect(browseHref({})).toBe('/');
    expect(browseHref({ cloud: 'mooncake', offset: 20, limit: 10 })).toBe('/?cloud=mooncake&limit=10&offset=20');
  });
});
