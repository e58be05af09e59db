import { describe, expect, it } from 'vitest';
import { nodeRole, orderHint, resourceTypes, sharesStem, stem, stemWords } from './names';

describe('node roles from file names', () => {
  it.each([
    ['f/solution-replace-fuse.md', 'solution'],
    ['f/check-solution-applies-4.md', 'solution'],
    ['f/123456-s-tsg-0b9e2f7a-5c1d-4e8f-9a3b-2c4d6e8f0a1b.md', 'solution'],
    ['f/escalation.md', 'solution'],
    ['f/fuse-blown-customer-message.md', 'solution'],
    ['f/content-check-power-3.md', 'check'],
    ['f/123456-d-tsg-0b9e2f7a-5c1d-4e8f-9a3b-2c4d6e8f0a1b.md', 'check'],
    ['f/is-the-widget-resolved.md', 'check'],
  ])('%s is a %s', (file, role) => {
    expect(nodeRole(file)).toBe(role);
  });
});

describe('order hints', () => {
  it('reads a trailing step number of up to three digits', () => {
    expect(orderHint('f/content-issue-category-3.md', 'x')).toEqual([3]);
    expect(orderHint('f/content-some-question--12.md', 'x')).toEqual([12]);
    expect(orderHint('f/tsg-net-use-1396.md', 'x')).toBeNull();
  });

  it('reads step codes and "Step N" at the start of a title', () => {
    expect(orderHint('f/a.md', 'DTS0DC1 Gather information')).toEqual([0, 1]);
    expect(orderHint('f/a.md', 'TCS5: Quota error')).toEqual([5]);
    expect(orderHint('f/a.md', 'Step 2 - read logs')).toEqual([2]);
    expect(orderHint('f/a.md', '404 Not found')).toBeNull();
    expect(orderHint('f/123456-d-tsg-0b9e2f7a-5c1d-4e8f-9a3b-2c4d6e8f0a1b.md', 'Check the fuse')).toBeNull();
  });
});

describe('name stems', () => {
  it('trims kind words, numbers, GUID parts and service words from both ends', () => {
    expect(stem('microsoft.widgets-switch-to-pay-by-invoice-tsg', 'Microsoft.Widgets')).toBe('switchtopaybyinvoice');
    expect(stem('azure-widgets-switchtopaybyinvoice', 'microsoft.widgets')).toBe('switchtopaybyinvoice');
    expect(stem('tsg-summary-site-to-site', null)).toBe('sitetosite');
    expect(stemWords('microsoft.Widgets_ConnectivityNetworkIssues_TSG', 'microsoft.widgets')).toEqual(['connectivity', 'network']);
    expect(stem('123456-d-tsg-0b9e2f7a-5c1d-4e8f-9a3b-2c4d6e8f0a1b', null)).toBe('');
  });

  it('shares a stem when one contains the other, six letters at least', () => {
    expect(sharesStem('sitetositevpn', 'sitetosite')).toBe(true);
    expect(sharesStem('cannotconnectport', 'unabletoreachaport')).toBe(false);
    expect(sharesStem('vpn', 'vpngateway')).toBe(false);
  });

  it('compares resource types by their last segment', () => {
    expect([...resourceTypes('Microsoft.Widgets/Gadgets, microsoft.widgets/sprockets')]).toEqual(['gadgets', 'sprockets']);
    expect(resourceTypes(null).size).toBe(0);
  });
});
