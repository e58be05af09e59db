import { describe, expect, it } from 'vitest';
import type { Facets } from '@/lib/catalog/indexes';
import { BROWSE_LIMIT, browseHref, facetGroups, PANE_VALUES } from './facets';

const facets: Facets = {
  cloud: [
    { value: 'public', count: 3 },
    { value: 'fairfax', count: 2 },
  ],
  supportTopicId: [
    { value: '32596879', count: 2, label: 'Key Vault firewall', labelSource: 'topic-description' },
    { value: '32600001', count: 1, label: 'Microsoft.Storage', labelSource: 'derived' },
  ],
  productPesId: [],
  service: [{ value: 'Microsoft.KeyVault', count: 2 }],
  type: [{ value: 'generic', count: 3 }],
};
const at = (groups: ReturnType<typeof facetGroups>, name: string) => groups.find((g) => g.name === name);

describe('facetGroups', () => {
  it('offers no cloud facet: the cloud is chosen in the header', () => {
    expect(at(facetGroups(facets, { limit: BROWSE_LIMIT, offset: 0 }), 'cloud')).toBeUndefined();
  });

  it('adds a value to the facet (OR within) with the other filters kept and paging reset', () => {
    const groups = facetGroups(facets, { cloud: 'fairfax', q: 'firewall', supportTopicId: ['32600001'], limit: BROWSE_LIMIT, offset: 50 });
    const topic = at(groups, 'supportTopicId')?.values.find((v) => v.value === '32596879');
    expect(topic?.href).toBe('/?cloud=fairfax&supportTopicId=32600001&supportTopicId=32596879&q=firewall');
    const selected = at(groups, 'supportTopicId')?.values.find((v) => v.value === '32600001');
    expect(selected).toMatchObject({ selected: true, href: '/?cloud=fairfax&q=firewall' });
  });

  it('labels topics and says where the name came from', () => {
    const values = at(facetGroups(facets, { limit: BROWSE_LIMIT, offset: 0 }), 'supportTopicId')?.values ?? [];
    expect(values[0]).toMatchObject({ label: 'Key Vault firewall', detail: '32596879 · named by its topic description' });
    expect(values[1]).toMatchObject({ label: 'Microsoft.Storage', detail: '32600001 · name derived from its articles' });
    expect(at(facetGroups(facets, { limit: BROWSE_LIMIT, offset: 0 }), 'type')?.values[0]).toMatchObject({ label: 'Generic' });
  });

  it('keeps a selected value that matches nothing, so it can be cleared, and matches services case-insensitively', () => {
    const groups = facetGroups(facets, { supportTopicId: ['999'], service: ['microsoft.keyvault'], limit: BROWSE_LIMIT, offset: 0 });
    expect(at(groups, 'supportTopicId')?.values[0]).toMatchObject({ value: '999', count: 0, selected: true });
    expect(at(groups, 'service')?.values[0]?.selected).toBe(true);
  });

  it('lists the most common values, every selected one, and says how many more can be typed in', () => {
    const many: Facets = { ...facets, supportTopicId: Array.from({ length: PANE_VALUES + 5 }, (_, i) => ({ value: String(30000000 + i), count: 100 - i })) };
    const last = String(30000000 + PANE_VALUES + 4);
    const topic = at(facetGroups(many, { cloud: 'fairfax', q: 'vpn', supportTopicId: [last], limit: BROWSE_LIMIT, offset: 0 }), 'supportTopicId');
    expect(topic?.values).toHaveLength(PANE_VALUES + 1);
    expect(topic?.values.at(-1)).toMatchObject({ value: last, selected: true });
    expect(topic?.more).toBe(4);
    expect(topic?.kept).toEqual([
      ['cloud', 'fairfax'],
      ['supportTopicId', last],
      ['q', 'vpn'],
    ]);
  });
});

describe('browseHref', () => {
  it('leaves the browse page size and the first page out', () => {
    expect(browseHref({})).toBe('/');
    expect(browseHref({ cloud: 'mooncake', limit: BROWSE_LIMIT, offset: 0 })).toBe('/?cloud=mooncake');
    expect(browseHref({ cloud: 'mooncake', offset: 20, limit: 10 })).toBe('/?cloud=mooncake&limit=10&offset=20');
  });
});
