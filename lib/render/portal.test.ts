import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CloudId } from '../clouds';
import { cloudMap, defaultCloudMap, parseCloudMap } from './cloudMap';
import { cloudUrl } from './links';
import { bladeFromParts, bladeUrl, portalContextFromSearchParams } from './portal';

const SUB = '00000000-0000-0000-0000-0000000000aa';
const RESOURCE = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/web01`;
const ctx = { resourceId: RESOURCE, subscriptionId: SUB };

describe('portal links per cloud', () => {
  it.each<[CloudId, string]>([
    ['public', 'portal.azure.com'],
    ['fairfax', 'portal.azure.us'],
    ['mooncake', 'portal.azure.cn'],
    ['blackforest', 'portal.microsoftazure.de'],
    ['usnat', 'portal.azure.eaglex.ic.gov'],
    ['ussec', 'portal.azure.microsoft.scloud'],
  ])('%s: every link form points into %s', (cloud, host) => {
    const id = encodeURIComponent(RESOURCE);
    expect(bladeUrl('data-blade:Ext.Blade.id.$resourceId', cloud, ctx)).toEqual({
      url: `https://${host}/#blade/Ext/Blade/id/${id}`,
      extension: 'Ext',
      blade: 'Blade',
      missing: [],
    });
    expect(bladeUrl('button-data-blade:Ext.Blade.resourceId.$resourceId', cloud, ctx)?.url).toBe(`https://${host}/#blade/Ext/Blade/resourceId/${id}`);
    expect(bladeUrl('button-data-context:ext.verifyipflowblade.id.$subscriptionId', cloud, ctx)?.url).toBe(
      `https://${host}/#blade/ext/verifyipflowblade/id/${SUB}`,
    );
    // The direct address wins over the blade spec, `{$domain}` is the cloud's portal, Decoded keeps slashes.
    const uri = 'data-blade:Ext.VmBlade.id.$resourceId;data-blade-uri:{$domain}/#@microsoft.onmicrosoft.com/resource/{$resourceIdDecoded}/bootDiagnostics';
    expect(bladeUrl(uri, cloud, ctx)?.url).toBe(`https://${host}/#@microsoft.onmicrosoft.com/resource${RESOURCE}/bootDiagnostics`);
  });

  it('accepts the braces mdast percent-encodes', () => {
    expect(bladeUrl('data-blade-uri:%7B$domain%7D/#home', 'fairfax')?.url).toBe('https://portal.azure.us/#home');
  });

  it('lists what is missing instead of inventing it', () => {
    expect(bladeUrl('data-blade:Ext.Blade.id.$resourceId', 'public')).toMatchObject({
      url: 'https://portal.azure.com/#blade/Ext/Blade/id/$resourceId',
      missing: ['resourceId'],
    });
    expect(bladeUrl('data-blade:Ext.Blade.sub.$subscriptionId', 'public', { resourceId: RESOURCE })?.missing).toEqual(['subscriptionId']);
    expect(bladeUrl('data-blade:HubsExtension.BrowseAll', 'public')?.missing).toEqual([]);
  });

  it('refuses a direct address outside the portal and specs without a blade', () => {
    expect(bladeUrl('data-blade-uri:https://evil.example/#x', 'public')).toBeNull();
    expect(bladeUrl('data-blade:OnlyExtension', 'public')).toBeNull();
  });

  it('builds blades from parts, Advisor `{resourceId}` placeholders included', () => {
    expect(bladeFromParts('Microsoft_Azure_Compute', 'VirtualMachineSizeBlade', ['id', '{resourceId}'], 'mooncake', ctx).url).toBe(
      `https://portal.azure.cn/#blade/Microsoft_Azure_Compute/VirtualMachineSizeBlade/id/${encodeURIComponent(RESOURCE)}`,
    );
    expect(bladeFromParts('E', 'B', ['name', 'a.b c'], 'public').url).toBe('https://portal.azure.com/#blade/E/B/name/a.b%20c');
  });
});

describe('portalContextFromSearchParams', () => {
  it('takes a resource ID and derives its subscription', () => {
    expect(portalContextFromSearchParams({ resourceId: `${RESOURCE}/` })).toEqual({ resourceId: RESOURCE, subscriptionId: SUB });
    expect(portalContextFromSearchParams({ subscriptionId: SUB })).toEqual({ subscriptionId: SUB });
  });

  it('ignores values that are not resource or subscription IDs', () => {
    expect(portalContextFromSearchParams({ resourceId: 'javascript:alert(1)', subscriptionId: 'nope' })).toEqual({});
  });
});

describe('cloud map', () => {
  it('defaults to lib/clouds.ts: the global site for public, fairfax and blackforest; the China site for mooncake; none for usnat and ussec', () => {
    const map = defaultCloudMap();
    expect(map.mooncake).toEqual({
      portalHost: 'portal.azure.cn',
      docs: { host: 'docs.azure.cn', keepLocale: false, families: [{ from: 'azure/', to: '' }], except: ['azure/devops/'] },
    });
    expect(map.fairfax.docs?.host).toBe('learn.microsoft.com');
    expect(map.usnat.docs).toBeNull();
    expect(cloudUrl('https://docs.microsoft.com/en-us/azure/vpn-gateway/', 'mooncake')).toBe('https://docs.azure.cn/vpn-gateway/');
    expect(cloudUrl('https://learn.microsoft.com/azure/vpn-gateway/', 'mooncake')).toBe('https://docs.azure.cn/vpn-gateway/');
    expect(cloudUrl('https://docs.microsoft.com/azure/vpn-gateway/', 'usnat')).toBe('https://docs.microsoft.com/azure/vpn-gateway/');
  });

  it('applies overrides, validated', () => {
    const ok = parseCloudMap('{"fairfax": {"portalHost": "Portal.Gov.Example"}, "mooncake": {"docs": false}}');
    expect(ok.errors).toEqual([]);
    expect(ok.map.fairfax.portalHost).toBe('portal.gov.example');
    expect(ok.map.fairfax.docs).toEqual(defaultCloudMap().fairfax.docs);
    expect(ok.map.mooncake.docs).toBeNull();
    expect(ok.map.public).toEqual(defaultCloudMap().public);
  });

  it('merges a docs override over the default rule, normalising prefixes', () => {
    const { map, errors } = parseCloudMap(
      '{"mooncake": {"docs": {"except": ["/Azure/DevOps", "azure/lab-services/"]}}, "ussec": {"docs": {"host": "docs.ussec.example"}}}',
    );
    expect(errors).toEqual([]);
    expect(map.mooncake.docs).toMatchObject({
      host: 'docs.azure.cn',
      families: [{ from: 'azure/', to: '' }],
      except: ['azure/devops/', 'azure/lab-services/'],
    });
    expect(map.ussec.docs).toEqual({ host: 'docs.ussec.example', keepLocale: true, families: [{ from: '', to: '' }], except: [] });
  });

  it.each([
    ['not json', /not valid JSON/],
    ['{"moon": {}}', /moon/],
    ['{"fairfax": {"portalHost": "https://portal.azure.us/"}}', /host name/],
    ['{"fairfax": {"portalHost": "x.y", "extra": 1}}', /extra/],
    ['{"usnat": {"docs": {"keepLocale": false}}}', /usnat\.docs.*needs a `host`/],
    ['{"mooncake": {"docs": {"host": "https://docs.azure.cn/"}}}', /host name/],
  ])('reports a bad file %j and keeps the defaults', (text, message) => {
    const bad = parseCloudMap(text);
    expect(bad.errors.join('\n')).toMatch(message);
    expect(bad.map).toEqual(defaultCloudMap());
  });

  it('reads the file named by SELFHELP_CLOUD_MAP', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cloudmap-')), 'map.json');
    writeFileSync(file, JSON.stringify({ usnat: { portalHost: 'portal.usnat.example', docs: { host: 'docs.usnat.example' } } }));
    const map = cloudMap({ SELFHELP_CLOUD_MAP: file });
    expect(map.usnat).toEqual({
      portalHost: 'portal.usnat.example',
      docs: { host: 'docs.usnat.example', keepLocale: true, families: [{ from: '', to: '' }], except: [] },
    });
    expect(cloudMap({}).usnat.portalHost).toBe('portal.azure.eaglex.ic.gov');
  });
});
